/** The report template's vocabulary (families, labels, row and section names, regions) and the readers of the numbers it writes, shared by every front end and extractor; internal, not API. */
package dev.reviewstats.internal.template;
