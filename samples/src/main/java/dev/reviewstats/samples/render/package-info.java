/** Renders a review model into each form the parsers read (the review tool's Markdown, its HTML page, flattened text): fixture generators for the samples, tests and benchmarks, not part of the library. */
package dev.reviewstats.samples.render;
