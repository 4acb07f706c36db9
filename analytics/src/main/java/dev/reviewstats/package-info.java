/** The front door: {@link dev.reviewstats.ReviewStats} parses, loads and scores reviews with options built by name. */
package dev.reviewstats;
