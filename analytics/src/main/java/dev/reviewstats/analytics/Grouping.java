package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Review;

/** How agents are pooled into leaderboard rows. */
public enum Grouping {
    /** One row per family (Claude, Codex, Gemini): model versions pooled. */
    FAMILY,
    /** One row per family and model version: Opus 4.6 and Opus 4.7 are different rows. */
    MODEL;

    /**
     * The row an agent is pooled into.
     *
     * @param agent the agent
     * @return the row's key
     */
    public String key(Agent agent) {
        return this == FAMILY ? agent.family() : agent.displayName();
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
        return key(named);
    }
}
