package dev.reviewstats.model;

import java.util.Locale;

/**
 * What became of one finding of an agent's own review, in the gold labels' terms
 * ({@code ../shared/gold/GUIDE.md}; docs/metrics.md). Every finding of every appendix review gets one.
 */
public enum Fate {
    /** Kept as a consolidated finding at the agent's own severity. */
    KEPT,
    /** Kept as a consolidated finding, at a lower severity than the agent gave. */
    DOWNGRADED,
    /** Kept as a consolidated finding, at a higher severity than the agent gave. */
    UPGRADED,
    /** Folded into a consolidated finding that also holds another finding of the same agent, and credits it. */
    MERGED,
    /** Rejected because the claim was wrong: misread code, not a real defect, a premise that does not hold. */
    FALSE_POSITIVE,
    /** Not kept: outside the change under review, or pre-existing. */
    OUT_OF_SCOPE,
    /** Not kept: already declined, addressed or asked for in an earlier round. */
    DECLINED_EARLIER,
    /** Not kept as a finding but moved to the design observations or the acknowledged limitations. */
    MOVED,
    /** Not kept: the agent withdrew it itself. */
    WITHDRAWN,
    /** Not kept, for a reason the report states that fits none of the above. */
    DROPPED,
    /** Not kept, and the report says nothing of it: no consolidated finding holds it, and every statement was read. */
    VANISHED,
    /**
     * Not linked: neither a statement nor a consolidated finding could be tied to it, in a report where
     * something was not read (or where a statement forbids it to have vanished). What became of it is
     * unknown, so the agent's dropped count for the review is unknown too.
     */
    UNLINKED,
    /** A later pass of the same agent repeating a finding of an earlier pass: one finding, counted once. */
    REPEATED;

    /**
     * Whether the finding survives as (part of) a consolidated finding.
     *
     * @return whether it was kept at any severity
     */
    public boolean kept() {
        return this == KEPT || this == DOWNGRADED || this == UPGRADED || this == MERGED;
    }

    /**
     * Whether the guide's {@code dropped} counts it: not kept, for a reason other than being wrong.
     *
     * @return whether the fate counts as dropped
     */
    public boolean countsAsDropped() {
        return this == OUT_OF_SCOPE || this == DECLINED_EARLIER || this == MOVED || this == WITHDRAWN || this == DROPPED
                || this == VANISHED;
    }

    /**
     * The fate a stated judgement gives.
     *
     * @param outcome what the consolidation concluded
     * @return the matching fate
     */
    public static Fate of(JudgementOutcome outcome) {
        return switch (outcome) {
            case DOWNGRADED -> DOWNGRADED;
            case UPGRADED -> UPGRADED;
            case FALSE_POSITIVE -> FALSE_POSITIVE;
            case OUT_OF_SCOPE -> OUT_OF_SCOPE;
            case DECLINED_EARLIER -> DECLINED_EARLIER;
            case MOVED_TO_DESIGN_OBSERVATION -> MOVED;
            case WITHDRAWN_BY_AGENT -> WITHDRAWN;
            case MERGED -> MERGED;
            case KEPT -> KEPT;
            case OTHER -> DROPPED;
        };
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
