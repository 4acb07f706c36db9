package dev.reviewstats.model;

/** The verdict's decision, normalised over the wordings the template has used. */
public enum Outcome {
    /** Merge (or approve) as it is. */
    MERGE,
    /** Merge once optional fixes or suggestions are considered. */
    MERGE_WITH_SUGGESTIONS,
    /** Merge once the named fixes are made. */
    MERGE_WITH_FIXES,
    /** Go back for rework; request changes. */
    REWORK,
    /** A verdict was given but its wording is not one we know; the raw text is kept. */
    OTHER
}
