/** Renders a review model into each form the parsers read: the review tool's Markdown, its HTML page, and flattened text. */
package dev.reviewstats.render;
