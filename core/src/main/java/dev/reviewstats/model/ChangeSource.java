package dev.reviewstats.model;

/** Where a severity change was read from. */
public enum ChangeSource {
    /** The Reconciliation paragraph or list of the retro. */
    RECONCILIATION,
    /** A calibration note inside a consolidated finding's body. */
    FINDING_NOTE
}
