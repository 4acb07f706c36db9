package dev.reviewstats.model;

/** The form a report was kept in. */
public enum SourceForm {
    /** Markdown, as the review tool writes it. */
    MARKDOWN,
    /** The review tool's HTML page, or HTML from any Markdown renderer. */
    HTML,
    /** Plain text flattened from the HTML page by a browser or a text extractor. */
    FLATTENED_TEXT
}
