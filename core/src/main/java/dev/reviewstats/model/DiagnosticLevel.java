package dev.reviewstats.model;

/** How much a diagnostic matters to a reader of the model. */
public enum DiagnosticLevel {
    /** Something was read by a documented rule the reader may want to know about. */
    INFO,
    /** A value could not be read and was left empty, or was read by a fallback. */
    WARNING,
    /** A part of the document could not be read at all. */
    ERROR
}
