package dev.reviewstats.model;

/** What consolidation did to one of an agent's original findings. */
public enum ChangeKind {
    /** Kept, at a lower severity. */
    DOWNGRADED,
    /** Kept, at a higher severity. */
    UPGRADED,
    /** Rejected as a false positive or otherwise not kept as a finding. */
    REJECTED,
    /** Moved out of the findings into another section (design observation, acknowledged limitation). */
    MOVED
}
