/**
 * The flattened-text front end: plain text copied out of the review page by a browser or crawler,
 * read line by line into the shared outline, with glued table cells recovered; internal, not API.
 */
package dev.reviewstats.internal.flattened;
