package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;

/** How agents are pooled into leaderboard rows. */
public enum Grouping {
    /** One row per family (Claude, Codex, Gemini): model versions pooled. */
    FAMILY,
    /** One row per family and model version: Opus 4.6 and Opus 4.7 are different rows. */
    MODEL;

    public String key(Agent agent) {
        return this == FAMILY ? agent.family() : agent.displayName();
    }
}
