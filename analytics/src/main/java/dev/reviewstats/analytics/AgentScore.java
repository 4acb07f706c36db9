package dev.reviewstats.analytics;

import dev.reviewstats.model.SeverityCounts;
import java.util.Objects;

/**
 * One leaderboard row: an agent's figures over the reviews counted. Definitions in docs/metrics.md.
 *
 * @param agent the grouping key (family, or family and model)
 * @param reviews reviews the agent took part in
 * @param raised findings raised (from the agent's own review where the appendix has it, else derived)
 * @param reviewsWithAppendix of those reviews, how many had the agent's own review in the appendix
 * @param kept consolidated findings credited to the agent, by severity
 * @param unique kept findings credited to the agent alone
 * @param consensus kept findings shared with another agent
 * @param falsePositives findings rejected in consolidation (or the summary table's count where no reconciliation exists)
 * @param falsePositiveRate false positives ÷ raised
 * @param downgrades findings consolidation lowered
 * @param upgrades findings consolidation raised
 * @param downgradeRate downgrades ÷ raised
 * @param dropped findings not kept (rejected or moved out of the findings)
 * @param keepRate kept ÷ raised
 * @param fixRate findings the author fixed ÷ findings with a resolution
 * @param medianDurationSeconds median run time, or {@code null} when no review states it
 * @param medianToolCalls median tool calls, or {@code null}
 * @param disagreements how many summary-table values disagree with the derived ones
 * @param ranked whether the agent raised enough findings to be ranked
 */
public record AgentScore(
        String agent,
        int reviews,
        int raised,
        int reviewsWithAppendix,
        SeverityCounts kept,
        int unique,
        int consensus,
        int falsePositives,
        Rate falsePositiveRate,
        int downgrades,
        int upgrades,
        Rate downgradeRate,
        int dropped,
        Rate keepRate,
        Rate fixRate,
        Double medianDurationSeconds,
        Double medianToolCalls,
        int disagreements,
        boolean ranked) {
    public AgentScore {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(falsePositiveRate, "falsePositiveRate");
        Objects.requireNonNull(downgradeRate, "downgradeRate");
        Objects.requireNonNull(keepRate, "keepRate");
        Objects.requireNonNull(fixRate, "fixRate");
    }
}
