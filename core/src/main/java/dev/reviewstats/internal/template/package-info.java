/** The report template's vocabulary (families, labels, row names) that every front end and extractor shares; internal, not API. */
package dev.reviewstats.internal.template;
