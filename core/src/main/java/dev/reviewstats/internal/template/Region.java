package dev.reviewstats.internal.template;

/** What part of a report a section belongs to, decided by its title and the sections around it. */
public enum Region {
    TITLE,
    METADATA,
    /** A wrapper heading ("Consolidated Review", a numbered part) whose children classify themselves. */
    WRAPPER,
    EXECUTIVE_SUMMARY,
    /** A findings container whose severity groups are sub-headings or bold paragraphs. */
    FINDINGS,
    CRITICAL,
    IMPORTANT,
    SUGGESTIONS,
    DESIGN_OBSERVATIONS,
    CONCERNS,
    STRENGTHS,
    TESTING,
    DOCUMENTATION,
    COMMIT_STRUCTURE,
    LIMITATIONS,
    UNRESOLVED_FEEDBACK,
    COVERAGE,
    RETRO,
    RETRO_TABLE,
    RECONCILIATION,
    PROCESS_NOTES,
    RESOLUTION,
    APPENDIX,
    VERDICT,
    UNKNOWN;

    public boolean isFindings() {
        return this == FINDINGS || this == CRITICAL || this == IMPORTANT || this == SUGGESTIONS;
    }
}
