package dev.reviewstats.model;

/** The sections of a deep review whose presence a reader may need to know about. */
public enum SectionKind {
    /** The metadata table. */
    METADATA,
    /** The executive summary. */
    EXECUTIVE_SUMMARY,
    /** The critical findings. */
    CRITICAL_ISSUES,
    /** The important findings. */
    IMPORTANT_ISSUES,
    /** The suggestions. */
    SUGGESTIONS,
    /** Design observations. */
    DESIGN_OBSERVATIONS,
    /** The testing assessment. */
    TESTING_ASSESSMENT,
    /** The documentation assessment. */
    DOCUMENTATION_ASSESSMENT,
    /** The commit structure. */
    COMMIT_STRUCTURE,
    /** Acknowledged limitations. */
    ACKNOWLEDGED_LIMITATIONS,
    /** Unresolved feedback. */
    UNRESOLVED_FEEDBACK,
    /** The agent performance retro. */
    AGENT_RETRO,
    /** The retro's summary table. */
    RETRO_SUMMARY_TABLE,
    /** The reconciliation of agent findings. */
    RECONCILIATION,
    /** Review process notes. */
    REVIEW_PROCESS_NOTES,
    /** The resolution, added after the author acted. */
    RESOLUTION,
    /** The appendix of original reviews. */
    APPENDIX
}
