package dev.reviewstats.analytics;

import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.SeverityCounts;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
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

    /**
     * What the leaderboard keeps of one review: its agents' rows for one grouping, or nothing when the
     * filter leaves the review out. It holds no text of the review, so a leaderboard over years of
     * reports needs memory for its rows only. Made by {@link #rows(Options)}.
     */
    public static final class ReviewRows {
        private final Grouping grouping;
        private final ReviewFilter filter;
        private final ReviewKey review;
        private final List<AgentReview> agents;

        private ReviewRows(Grouping grouping, ReviewFilter filter, ReviewKey review, List<AgentReview> agents) {
            this.grouping = grouping;
            this.filter = filter;
            this.review = review;
            this.agents = List.copyOf(agents);
        }

        /** Whether the filter kept the review. */
        public boolean counted() {
            return review != null;
        }
    }

    /**
     * Reduces a review to its rows, for {@link #fromRows}; meant for
     * {@code ReviewLoader.reduce(paths, Leaderboard.rows(options), progress)}, which then keeps no review bodies.
     */
    public static Function<Review, ReviewRows> rows(Options options) {
        return r -> options.filter().test(r)
                ? new ReviewRows(options.grouping(), options.filter(), ReviewKey.of(r), AgentReview.of(r, options.grouping()))
                : new ReviewRows(options.grouping(), options.filter(), null, List.of());
    }

    public static Leaderboard compute(List<Review> reviews, Options options) {
        return fromRows(reviews.stream().map(rows(options)).toList(), options);
    }

    /** The leaderboard over reviews already reduced by {@link #rows(Options)} with the same grouping and filter. */
    public static Leaderboard fromRows(Collection<ReviewRows> reviews, Options options) {
        List<AgentReview> rows = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        int counted = 0;
        for (ReviewRows r : reviews) {
            if (r.grouping != options.grouping() || !r.filter.equals(options.filter())) {
                throw new IllegalArgumentException("rows were made with another grouping or filter than " + options);
            }
            if (r.counted()) {
                counted++;
            }
            for (AgentReview a : r.agents) {
                rows.add(a);
                disagreements.addAll(a.disagreements());
            }
        }
        Map<String, List<AgentReview>> byAgent = new TreeMap<>();
        rows.forEach(a -> byAgent.computeIfAbsent(a.agent(), k -> new ArrayList<>()).add(a));
        List<AgentScore> scores = new ArrayList<>();
        byAgent.forEach((agent, its) -> scores.add(score(agent, its, options.minRaised())));
        Comparator<AgentScore> byMetric = Comparator.comparingDouble(s -> {
            double v = options.sort().of(s);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : options.sort().higherIsBetter() ? -v : v;
        });
        List<AgentScore> ranked = scores.stream().filter(AgentScore::ranked)
                .sorted(byMetric.thenComparing(AgentScore::agent)).toList();
        List<AgentScore> unranked = scores.stream().filter(s -> !s.ranked())
                .sorted(Comparator.comparing(AgentScore::agent)).toList();
        return new Leaderboard(options, counted, ranked, unranked, disagreements);
    }

    /**
     * Sums and rates over one agent's rows, counting only rows where each value is known. The rows
     * go into Tablesaw columns, whose sums and medians skip missing values; a {@code Table} is not
     * built, because loading that class scans the class path (a third of a second per run).
     */
    private static AgentScore score(String agent, List<AgentReview> rows, int minRaised) {
        IntColumn raised = ints("raised", rows, AgentReview::raised);
        IntColumn fp = ints("falsePositives", rows, AgentReview::falsePositives);
        IntColumn down = ints("downgrades", rows, AgentReview::downgrades);
        SeverityCounts kept = new SeverityCounts(sum(ints("keptCritical", rows, a -> a.kept(Severity.CRITICAL)), null),
                sum(ints("keptImportant", rows, a -> a.kept(Severity.IMPORTANT)), null),
                sum(ints("keptSuggestion", rows, a -> a.kept(Severity.SUGGESTION)), null));
        int raisedTotal = sum(raised, null);
        int fpCount = sum(fp, null);
        int fpBase = sum(raised, fp);
        int downCount = sum(down, null);
        int downBase = sum(raised, down);
        int keptForRate = 0;
        int raisedForRate = 0;
        for (AgentReview a : rows) {
            if (a.raised() != null) {
                keptForRate += Math.min(a.raised(), a.kept().total());
                raisedForRate += a.raised();
            }
        }
        return new AgentScore(agent, rows.size(), raisedTotal, (int) rows.stream().filter(AgentReview::raisedFromAppendix).count(),
                kept, sum(ints("unique", rows, AgentReview::unique), null), sum(ints("consensus", rows, AgentReview::consensus), null),
                fpCount, Rate.of(Math.min(fpCount, fpBase), fpBase), downCount,
                sum(ints("upgrades", rows, AgentReview::upgrades), null), Rate.of(Math.min(downCount, downBase), downBase),
                sum(ints("dropped", rows, AgentReview::dropped), null), Rate.of(keptForRate, raisedForRate),
                Rate.of(sum(ints("fixed", rows, AgentReview::fixed), null), sum(ints("resolved", rows, AgentReview::resolved), null)),
                median(longs("durationSeconds", rows, AgentReview::durationSeconds)), median(ints("toolCalls", rows, AgentReview::toolCalls)),
                rows.stream().mapToInt(a -> a.disagreements().size()).sum(), raisedTotal >= minRaised);
    }

    private static IntColumn ints(String name, List<AgentReview> rows, Function<AgentReview, Integer> value) {
        IntColumn c = IntColumn.create(name, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Integer v = value.apply(rows.get(i));
            if (v == null) {
                c.setMissing(i);
            } else {
                c.set(i, v);
            }
        }
        return c;
    }

    private static LongColumn longs(String name, List<AgentReview> rows, Function<AgentReview, Long> value) {
        LongColumn c = LongColumn.create(name, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Long v = value.apply(rows.get(i));
            if (v == null) {
                c.setMissing(i);
            } else {
                c.set(i, v);
            }
        }
        return c;
    }

    /** The sum of a column over rows where it, and {@code alsoKnown} if given, are not missing. */
    private static int sum(IntColumn c, IntColumn alsoKnown) {
        Selection known = c.isNotMissing();
        if (alsoKnown != null) {
            known = known.and(alsoKnown.isNotMissing());
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
        return breakdownFromRows(reviews.stream().map(rows(options)).toList(), options, by);
    }

    /** {@link #breakdown} over reviews already reduced by {@link #rows(Options)}. */
    public static Map<String, Leaderboard> breakdownFromRows(Collection<ReviewRows> reviews, Options options, Breakdown by) {
        Map<String, List<ReviewRows>> buckets = by == Breakdown.ROUND ? new LinkedHashMap<>() : new TreeMap<>();
        if (by == Breakdown.ROUND) {
            buckets.put("round 1", new ArrayList<>());
            buckets.put("later rounds", new ArrayList<>());
        }
        for (ReviewRows r : reviews) {
            if (r.counted()) {
                buckets.computeIfAbsent(bucket(r.review, by), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Leaderboard> out = new LinkedHashMap<>();
        buckets.forEach((k, v) -> out.put(k, fromRows(v, options)));
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

    static String bucket(ReviewKey r, Breakdown by) {
        return switch (by) {
            case ROUND -> r.round() == null ? "unknown" : r.round().isFirst() ? "round 1" : "later rounds";
            case WEEK -> r.date() == null ? "unknown" : String.format("%d-W%02d",
                    r.date().get(IsoFields.WEEK_BASED_YEAR), r.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> r.date() == null ? "unknown" : String.format("%d-%02d", r.date().getYear(), r.date().getMonthValue());
        };
    }
}
