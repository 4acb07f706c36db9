/** The sample history generator and an example of embedding review-stats as a library. */
package dev.reviewstats.samples;
