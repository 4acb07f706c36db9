/** Section extractors: read the shared outline, whatever front end made it, into the review model; internal, not API. */
package dev.reviewstats.internal.extract;
