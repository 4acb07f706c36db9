package dev.reviewstats.model;

/** The form a report was kept in. */
public enum SourceForm {
    MARKDOWN,
    HTML,
    FLATTENED_TEXT
}
