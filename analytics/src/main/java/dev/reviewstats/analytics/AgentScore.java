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
 * @param raised findings in the agent's own reviews, over the reviews that account for them (the appendix
 *     itemises them and the consolidation states what became of each); {@code null} when no review does
 * @param reviewsWithAppendix how many reviews account for the agent's findings: raised and every rate over it count these
 * @param credited consolidated findings whose attribution includes the agent, by severity
 * @param unique credited findings to the agent alone
 * @param consensus credited findings shared with another agent
 * @param falsePositives of those raised, findings consolidation rejected as wrong; {@code null} when raised is unknown
 * @param falsePositiveRate false positives ÷ raised
 * @param downgraded of those raised, findings consolidation kept at a lower severity; {@code null} when raised is unknown
 * @param upgraded of those raised, findings consolidation kept at a higher severity; {@code null} when unknown
 * @param downgradeRate downgraded ÷ raised
 * @param dropped of those raised, findings not kept for a reason other than being wrong (out of scope, declined
 *     earlier, moved, withdrawn); {@code null} when raised is unknown
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
        Integer raised,
        int reviewsWithAppendix,
        SeverityCounts credited,
        int unique,
        int consensus,
        Integer falsePositives,
        Rate falsePositiveRate,
        Integer downgraded,
        Integer upgraded,
        Rate downgradeRate,
        Integer dropped,
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
     * @param raised findings in the agent's own reviews, over the reviews that account for them (the appendix
     *     itemises them and the consolidation states what became of each); {@code null} when no review does
     * @param reviewsWithAppendix how many reviews account for the agent's findings: raised and every rate over it count these
     * @param credited consolidated findings whose attribution includes the agent, by severity
     * @param unique credited findings to the agent alone
     * @param consensus credited findings shared with another agent
     * @param falsePositives of those raised, findings consolidation rejected as wrong; {@code null} when raised is unknown
     * @param falsePositiveRate false positives ÷ raised
     * @param downgraded of those raised, findings consolidation kept at a lower severity; {@code null} when raised is unknown
     * @param upgraded of those raised, findings consolidation kept at a higher severity; {@code null} when unknown
     * @param downgradeRate downgraded ÷ raised
     * @param dropped of those raised, findings not kept for a reason other than being wrong (out of scope, declined
     *     earlier, moved, withdrawn); {@code null} when raised is unknown
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
