package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Review;

/** How agents are pooled into leaderboard rows. */
public enum Grouping {
    /** One row per family (Claude, Codex, Gemini): model versions pooled. */
    FAMILY,
    /** One row per family and model version: Opus 4.6 and Opus 4.7 are different rows. */
    MODEL,
    /** One row per model and effort setting: {@code Claude Opus 5 (effort: xhigh)} apart from the same model at high. */
    MODEL_EFFORT;

    /**
     * The row an agent is pooled into.
     *
     * @param agent the agent
     * @return the row's key
     */
    public String key(Agent agent) {
        return switch (this) {
            case FAMILY -> agent.family();
            case MODEL -> agent.displayName();
            case MODEL_EFFORT -> agent.toString();
        };
    }

    /**
     * The key of an agent named inside a review: a name without a model (a pill, {@code [Gemini]})
     * means the review's reviewer of that family.
     *
     * @param review the review naming it
     * @param named the agent as named
     * @return the row's key
     */
    public String keyIn(Review review, Agent named) {
        if (!named.hasModel()) {
            for (Agent r : review.reviewers()) {
                if (r.family().equalsIgnoreCase(named.family())) {
                    return key(r);
                }
            }
        }
        if (this == MODEL_EFFORT && named.effort().isEmpty()) {
            // Findings name the model, the Reviewers row its effort: the reviewer's key, when it ran at one.
            for (Agent r : review.reviewers()) {
                if (r.equals(named)) {
                    return key(r);
                }
            }
        }
        return key(named);
    }
}
