package dev.reviewstats.analytics;

import java.util.Objects;

/**
 * What a review's summary table states that the rest of the report can be checked against: the
 * figure's name in messages, the lint code a disagreement on it is reported under, and what in the
 * report gives the figure it is checked against. Each fact about a check lives in its constant, so a
 * new check is one constant.
 *
 * @param label the figure's name in messages, lower case
 * @param code the lint code
 * @param source what in the report gives the figure the table is checked against
 */
public record SummaryCheck(String label, String code, String source) {
    /** The Findings row, where it counts the findings consolidation credits to the agent. */
    public static final SummaryCheck FINDINGS = new SummaryCheck("findings", "L101", "the findings credited to it");
    /** The Findings row, where the template counts what the agent raised. */
    public static final SummaryCheck FINDINGS_RAISED = new SummaryCheck("findings raised", "L101",
            "its own review in the appendix (this template's Findings counts what the agent raised)");
    /** The Totals row. */
    public static final SummaryCheck TOTALS = new SummaryCheck("totals", "L102", "the findings credited to it");
    /**
     * The Unique insights row: the consolidator's judgement of what was insightful, not a count of
     * single-agent findings, so a difference is worth showing but no contradiction.
     */
    public static final SummaryCheck UNIQUE_INSIGHTS = new SummaryCheck("unique insights", "L103", "the findings credited to it");
    /** The Downgraded row. */
    public static final SummaryCheck DOWNGRADES = new SummaryCheck("downgrades", "L104", "the consolidation's judgements");
    /** The False positives row. */
    public static final SummaryCheck FALSE_POSITIVES = new SummaryCheck("false positives", "L105",
            "the judgements (a qualified count such as '1 (severity)' is no wrong claim)");
    /** The Dropped row. */
    public static final SummaryCheck DROPPED = new SummaryCheck("dropped", "L106", "the reconciliation and the appendix");

    /**
     * Checks the components.
     *
     * @param label the figure's name in messages, lower case
     * @param code the lint code
     * @param source what in the report gives the figure the table is checked against
     */
    public SummaryCheck {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Whether a difference contradicts the report, rather than only being worth showing: every check
     * but {@link #UNIQUE_INSIGHTS}.
     *
     * @return whether it is a contradiction
     */
    public boolean contradiction() {
        return !equals(UNIQUE_INSIGHTS);
    }
}
