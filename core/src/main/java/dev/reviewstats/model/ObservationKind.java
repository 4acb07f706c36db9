package dev.reviewstats.model;

/** Whether a design observation is a concern or a strength. */
public enum ObservationKind {
    CONCERN,
    STRENGTH,
    /** The report lists the observation without saying which. */
    UNSPECIFIED
}
