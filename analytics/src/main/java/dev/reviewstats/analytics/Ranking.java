package dev.reviewstats.analytics;

import java.util.Comparator;
import java.util.List;

/** The order of a leaderboard: ranked agents by the sort metric, the rest apart by name. */
final class Ranking {
    private Ranking() {
    }

    /** The agents with enough raised findings, best first by the metric, then by name; unknown values last. */
    static List<AgentScore> ranked(List<AgentScore> scores, Metric sort) {
        Comparator<AgentScore> byMetric = Comparator.comparingDouble(s -> {
            double v = sort.of(s);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : sort.higherIsBetter() ? -v : v;
        });
        return scores.stream().filter(AgentScore::ranked).sorted(byMetric.thenComparing(AgentScore::agent)).toList();
    }

    /** The agents below the minimum, by name: rates over a handful of findings say little. */
    static List<AgentScore> unranked(List<AgentScore> scores) {
        return scores.stream().filter(s -> !s.ranked()).sorted(Comparator.comparing(AgentScore::agent)).toList();
    }
}
