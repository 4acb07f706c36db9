package dev.reviewstats.model;

import java.util.Locale;

/**
 * What consolidation concluded about one of an agent's own findings, in the gold labels' terms
 * ({@code ../shared/gold/GUIDE.md}; docs/metrics.md). Only {@link #FALSE_POSITIVE} says the agent was
 * wrong; the other ways of not keeping a finding are {@link #countsAsDropped() dropped}.
 */
public enum JudgementOutcome {
    /** Kept as a finding, at a lower severity than the agent gave. */
    DOWNGRADED,
    /** Kept as a finding, at a higher severity than the agent gave. */
    UPGRADED,
    /** Rejected because the claim was wrong: misread code, not a real defect, a premise that does not hold. */
    FALSE_POSITIVE,
    /** Not kept: outside the change under review, or pre-existing. */
    OUT_OF_SCOPE,
    /** Not kept: already declined, addressed or asked for in an earlier round. */
    DECLINED_EARLIER,
    /** Not kept as a finding but moved to the design observations or acknowledged limitations. */
    MOVED_TO_DESIGN_OBSERVATION,
    /** Not kept: the agent withdrew it itself. */
    WITHDRAWN_BY_AGENT,
    /** Folded into another consolidated finding, which credits the agent. */
    MERGED,
    /**
     * Kept as the consolidated finding the statement names ("→ S2"), without saying whether that
     * re-graded it: the agent's own review tells, where the appendix has it.
     */
    KEPT,
    /** Not kept, for a reason the report does not give or that fits none of the above. */
    OTHER;

    /**
     * Whether the finding survives as (part of) a consolidated finding.
     *
     * @return whether the finding was kept, at any severity
     */
    public boolean kept() {
        return this == DOWNGRADED || this == UPGRADED || this == MERGED || this == KEPT;
    }

    /**
     * Whether the guide's {@code dropped} counts it: not kept, for a reason other than being wrong.
     *
     * @return whether the outcome counts as dropped (not kept, not wrong)
     */
    public boolean countsAsDropped() {
        return !kept() && this != FALSE_POSITIVE;
    }

    /**
     * The lower-case name the JSON and the tables use: {@code false_positive}.
     *
     * @return the name in the JSON form
     */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
