package dev.reviewstats.analytics;

import java.util.Objects;

/**
 * A value derived from a review's sections that the review's own summary table states differently.
 *
 * @param reviewId the review
 * @param agent the agent's grouping key
 * @param metric what disagrees
 * @param derived the value derived from findings, severity changes and appendix
 * @param reported the value the summary table states
 */
public record Disagreement(String reviewId, String agent, SummaryCheck metric, String derived, String reported) {
    /**
     * Checks the components.
     *
     * @param reviewId the review
     * @param agent the agent's grouping key
     * @param metric what disagrees
     * @param derived the value derived from findings, severity changes and appendix
     * @param reported the value the summary table states
     */
    public Disagreement {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(derived, "derived");
        Objects.requireNonNull(reported, "reported");
    }

    /**
     * Whether the summary table contradicts the report, as {@link SummaryCheck#contradiction()} says.
     *
     * @return whether it is a contradiction
     */
    public boolean contradiction() {
        return metric.contradiction();
    }

    @Override
    public String toString() {
        return reviewId + " " + agent + " " + metric.label() + ": derived " + derived + ", summary table says " + reported;
    }
}
