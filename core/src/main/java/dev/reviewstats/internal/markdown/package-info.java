/** The Markdown front end: flexmark's syntax tree turned into the shared outline; internal, not API. */
package dev.reviewstats.internal.markdown;
