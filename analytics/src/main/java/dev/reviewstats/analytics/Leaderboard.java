package dev.reviewstats.analytics;

import dev.reviewstats.model.Review;
import dev.reviewstats.model.SeverityCounts;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * The agent leaderboard over a set of reviews: agents that raised at least {@code minRaised} findings
 * are ranked by the sort metric; the others are listed apart, because rates over a handful of
 * findings say little.
 *
 * @param options how it was computed
 * @param reviews how many reviews were counted (after filtering)
 * @param ranked the ranked agents, best first
 * @param unranked agents below the minimum, by name
 * @param disagreements summary-table values that disagree with the derived ones
 */
public record Leaderboard(Options options, int reviews, List<AgentScore> ranked, List<AgentScore> unranked,
        List<Disagreement> disagreements) {

    /**
     * @param grouping family or model rows
     * @param filter which reviews count
     * @param minRaised the fewest raised findings for an agent to be ranked
     * @param sort the ranking metric
     */
    public record Options(Grouping grouping, ReviewFilter filter, int minRaised, Metric sort) {
        public static final Options DEFAULT = new Options(Grouping.FAMILY, ReviewFilter.ALL, 10, Metric.UNIQUE);

        public Options {
            Objects.requireNonNull(grouping, "grouping");
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(sort, "sort");
            if (minRaised < 0) {
                throw new IllegalArgumentException("minRaised must not be negative");
            }
        }
    }

    public Leaderboard {
        ranked = List.copyOf(ranked);
        unranked = List.copyOf(unranked);
        disagreements = List.copyOf(disagreements);
    }

    /** All agents, ranked ones first. */
    public List<AgentScore> all() {
        List<AgentScore> out = new ArrayList<>(ranked);
        out.addAll(unranked);
        return out;
    }

    public static Leaderboard compute(List<Review> reviews, Options options) {
        List<Review> counted = reviews.stream().filter(options.filter()).toList();
        List<AgentReview> rows = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (Review r : counted) {
            for (AgentReview a : AgentReview.of(r, options.grouping())) {
                rows.add(a);
                disagreements.addAll(a.disagreements());
            }
        }
        Table table = ReviewTables.agentReviewTable(rows);
        List<AgentScore> scores = new ArrayList<>();
        for (Table t : table.splitOn("agent").asTableList()) {
            scores.add(score(t, options.minRaised()));
        }
        Comparator<AgentScore> byMetric = Comparator.comparingDouble(s -> {
            double v = options.sort().of(s);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : options.sort().higherIsBetter() ? -v : v;
        });
        List<AgentScore> ranked = scores.stream().filter(AgentScore::ranked)
                .sorted(byMetric.thenComparing(AgentScore::agent)).toList();
        List<AgentScore> unranked = scores.stream().filter(s -> !s.ranked())
                .sorted(Comparator.comparing(AgentScore::agent)).toList();
        return new Leaderboard(options, counted.size(), ranked, unranked, disagreements);
    }

    /** Sums and rates over one agent's rows, counting only rows where each value is known. */
    private static AgentScore score(Table t, int minRaised) {
        String agent = t.stringColumn("agent").get(0);
        int raised = sum(t, "raised", null);
        SeverityCounts kept = new SeverityCounts(sum(t, "keptCritical", null), sum(t, "keptImportant", null),
                sum(t, "keptSuggestion", null));
        int fp = sum(t, "falsePositives", null);
        int fpBase = sum(t, "raised", "falsePositives");
        int down = sum(t, "downgrades", null);
        int downBase = sum(t, "raised", "downgrades");
        int keptForRate = 0;
        int raisedForRate = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            if (!t.intColumn("raised").isMissing(i)) {
                int r = t.intColumn("raised").getInt(i);
                keptForRate += Math.min(r, t.intColumn("kept").getInt(i));
                raisedForRate += r;
            }
        }
        return new AgentScore(agent, t.rowCount(), raised,
                (int) t.booleanColumn("raisedFromAppendix").asList().stream().filter(Boolean.TRUE::equals).count(),
                kept, sum(t, "unique", null), sum(t, "consensus", null),
                fp, Rate.of(Math.min(fp, fpBase), fpBase), down, sum(t, "upgrades", null),
                Rate.of(Math.min(down, downBase), downBase), sum(t, "dropped", null),
                Rate.of(keptForRate, raisedForRate), Rate.of(sum(t, "fixed", null), sum(t, "resolved", null)),
                median(t.longColumn("durationSeconds")), median(t.intColumn("toolCalls")),
                sum(t, "disagreements", null), raised >= minRaised);
    }

    /** The sum of a column over rows where it, and {@code alsoKnown} if given, are not missing. */
    private static int sum(Table t, String column, String alsoKnown) {
        IntColumn c = t.intColumn(column);
        Selection known = c.isNotMissing();
        if (alsoKnown != null) {
            known = known.and(t.intColumn(alsoKnown).isNotMissing());
        }
        return (int) c.where(known).sum();
    }

    private static Double median(IntColumn c) {
        IntColumn known = c.removeMissing();
        return known.isEmpty() ? null : known.median();
    }

    private static Double median(LongColumn c) {
        LongColumn known = c.removeMissing();
        return known.isEmpty() ? null : known.median();
    }

    /** How to split reviews into buckets for a breakdown. */
    public enum Breakdown {
        /** Round 1 against later rounds of the same PR. */
        ROUND,
        /** ISO weeks. */
        WEEK,
        /** Calendar months. */
        MONTH
    }

    /** One leaderboard per bucket, buckets in order; reviews without the needed value go to "unknown". */
    public static Map<String, Leaderboard> breakdown(List<Review> reviews, Options options, Breakdown by) {
        Map<String, List<Review>> buckets = by == Breakdown.ROUND ? new LinkedHashMap<>() : new TreeMap<>();
        if (by == Breakdown.ROUND) {
            buckets.put("round 1", new ArrayList<>());
            buckets.put("later rounds", new ArrayList<>());
        }
        for (Review r : reviews.stream().filter(options.filter()).toList()) {
            buckets.computeIfAbsent(bucket(r, by), k -> new ArrayList<>()).add(r);
        }
        Map<String, Leaderboard> out = new LinkedHashMap<>();
        buckets.forEach((k, v) -> out.put(k, compute(v, options)));
        return out;
    }

    /** The first day of a week or month bucket, from its label; empty for "unknown" or round buckets. */
    public static java.util.Optional<java.time.LocalDate> bucketStart(String label, Breakdown by) {
        try {
            return switch (by) {
                case WEEK -> {
                    String[] yw = label.split("-W");
                    yield java.util.Optional.of(java.time.LocalDate.of(Integer.parseInt(yw[0]), 1, 4)
                            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(yw[1]))
                            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
                }
                case MONTH -> {
                    String[] ym = label.split("-");
                    yield java.util.Optional.of(java.time.LocalDate.of(Integer.parseInt(ym[0]), Integer.parseInt(ym[1]), 1));
                }
                case ROUND -> java.util.Optional.empty();
            };
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    static String bucket(Review r, Breakdown by) {
        return switch (by) {
            case ROUND -> r.round() == null ? "unknown" : r.round().isFirst() ? "round 1" : "later rounds";
            case WEEK -> r.date() == null ? "unknown" : String.format("%d-W%02d",
                    r.date().get(IsoFields.WEEK_BASED_YEAR), r.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> r.date() == null ? "unknown" : String.format("%d-%02d", r.date().getYear(), r.date().getMonthValue());
        };
    }
}
