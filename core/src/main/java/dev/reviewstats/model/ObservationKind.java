package dev.reviewstats.model;

/** Whether a design observation is a concern or a strength. */
public enum ObservationKind {
    /** Something the design gets wrong or leaves open. */
    CONCERN,
    /** Something the design does well. */
    STRENGTH,
    /** The report lists the observation without saying which. */
    UNSPECIFIED
}
