package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.SeverityCounts;
import java.util.Objects;

/**
 * One leaderboard row: an agent's figures over the reviews counted. Definitions in docs/metrics.md.
 *
 * @param agent the grouping key (family, or family and model), as the leaderboard prints it
 * @param identity the agent the row pools, typed: under {@link Grouping#FAMILY} its model is empty
 * @param reviews reviews the agent took part in
 * @param raised findings in the agent's own reviews, over the reviews whose appendix itemises them
 * @param reviewsWithAppendix of those reviews, how many had the agent's own review in the appendix
 * @param credited consolidated findings whose attribution includes the agent, by severity
 * @param unique credited findings to the agent alone
 * @param consensus credited findings shared with another agent
 * @param falsePositives findings consolidation rejected as wrong (or the summary table's count where no reconciliation exists)
 * @param falsePositiveRate false positives ÷ raised
 * @param downgraded findings consolidation kept at a lower severity
 * @param upgraded findings consolidation kept at a higher severity
 * @param downgradeRate downgraded ÷ raised
 * @param dropped findings not kept for a reason other than being wrong (out of scope, declined earlier, moved, withdrawn)
 * @param keepRate own findings kept (raised − false positives − dropped) ÷ raised
 * @param fixRate findings the author fixed ÷ findings with a resolution
 * @param medianDurationSeconds median run time, or {@code null} when no review states it
 * @param medianToolCalls median tool calls, or {@code null}
 * @param disagreements how many summary-table values disagree with the derived ones
 * @param ranked whether the agent raised enough findings to be ranked
 */
public record AgentScore(
        String agent,
        Agent identity,
        int reviews,
        int raised,
        int reviewsWithAppendix,
        SeverityCounts credited,
        int unique,
        int consensus,
        int falsePositives,
        Rate falsePositiveRate,
        int downgraded,
        int upgraded,
        Rate downgradeRate,
        int dropped,
        Rate keepRate,
        Rate fixRate,
        Double medianDurationSeconds,
        Double medianToolCalls,
        int disagreements,
        boolean ranked) {
    /**
     * Checks the components.
     *
     * @param agent the grouping key (family, or family and model), as the leaderboard prints it
     * @param identity the agent the row pools, typed: under {@link Grouping#FAMILY} its model is empty
     * @param reviews reviews the agent took part in
     * @param raised findings in the agent's own reviews, over the reviews whose appendix itemises them
     * @param reviewsWithAppendix of those reviews, how many had the agent's own review in the appendix
     * @param credited consolidated findings whose attribution includes the agent, by severity
     * @param unique credited findings to the agent alone
     * @param consensus credited findings shared with another agent
     * @param falsePositives findings consolidation rejected as wrong (or the summary table's count where no reconciliation exists)
     * @param falsePositiveRate false positives ÷ raised
     * @param downgraded findings consolidation kept at a lower severity
     * @param upgraded findings consolidation kept at a higher severity
     * @param downgradeRate downgraded ÷ raised
     * @param dropped findings not kept for a reason other than being wrong (out of scope, declined earlier, moved, withdrawn)
     * @param keepRate own findings kept (raised − false positives − dropped) ÷ raised
     * @param fixRate findings the author fixed ÷ findings with a resolution
     * @param medianDurationSeconds median run time, or {@code null} when no review states it
     * @param medianToolCalls median tool calls, or {@code null}
     * @param disagreements how many summary-table values disagree with the derived ones
     * @param ranked whether the agent raised enough findings to be ranked
     */
    public AgentScore {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(credited, "credited");
        Objects.requireNonNull(falsePositiveRate, "falsePositiveRate");
        Objects.requireNonNull(downgradeRate, "downgradeRate");
        Objects.requireNonNull(keepRate, "keepRate");
        Objects.requireNonNull(fixRate, "fixRate");
    }
}
