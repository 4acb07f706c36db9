package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.SeverityChange;
import dev.reviewstats.model.SeverityCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Per-agent counts over a set of reviews: the reviews an agent took part in, the consolidated
 * findings credited to it by severity, how many it raised alone, and its downgrades.
 *
 * @param key the grouping key (a family, or family and model)
 * @param reviews reviews the agent took part in
 * @param credited kept findings credited to the agent, by severity
 * @param unique kept findings credited to the agent alone
 * @param raised findings in the agent's own original reviews, where the appendix has them
 * @param downgrades severity changes that lowered one of the agent's findings
 */
public record AgentTally(String key, int reviews, SeverityCounts credited, int unique, int raised, int downgrades) {

    /** Tallies by agent family. */
    public static List<AgentTally> byFamily(List<Review> reviews) {
        return tally(reviews, Agent::family);
    }

    /** Tallies by family and model version. */
    public static List<AgentTally> byModel(List<Review> reviews) {
        return tally(reviews, Agent::displayName);
    }

    static List<AgentTally> tally(List<Review> reviews, Function<Agent, String> key) {
        Map<String, int[]> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, SeverityCounts> credited = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Review r : reviews) {
            for (Agent a : r.reviewers()) {
                counts.computeIfAbsent(key.apply(a), k -> new int[4])[0]++;
                credited.putIfAbsent(key.apply(a), SeverityCounts.ZERO);
            }
            for (Finding f : r.findings()) {
                if (f.withdrawn()) {
                    continue;
                }
                for (Agent a : f.agents()) {
                    String k = key.apply(a);
                    credited.merge(k, SeverityCounts.ZERO.plus(f.severity(), 1),
                            (x, y) -> x.plus(f.severity(), 1));
                    int[] c = counts.computeIfAbsent(k, z -> new int[4]);
                    if (f.isUnique()) {
                        c[1]++;
                    }
                }
            }
            r.originalReviews().forEach(o -> counts.computeIfAbsent(key.apply(o.agent()), z -> new int[4])[2]
                    += o.findings().size());
            for (SeverityChange c : r.severityChanges()) {
                if (c.isDowngrade()) {
                    counts.computeIfAbsent(key.apply(c.agent()), z -> new int[4])[3]++;
                }
            }
        }
        List<AgentTally> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new AgentTally(k, c[0], credited.getOrDefault(k, SeverityCounts.ZERO),
                c[1], c[2], c[3])));
        return out;
    }

    public int kept() {
        return credited.total();
    }

    public int kept(Severity s) {
        return credited.get(s);
    }
}
