package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;
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
import tech.tablesaw.columns.numbers.IntColumnType;
import tech.tablesaw.columns.numbers.LongColumnType;

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
 * @param unread how many of the counted reviews had something unread, by code, and how many disagree
 *     with themselves
 */
public record Leaderboard(Options options, int reviews, List<AgentScore> ranked, List<AgentScore> unranked,
        List<Disagreement> disagreements, Unread unread) {

    /**
     * @param grouping family or model rows
     * @param filter which reviews count
     * @param minRaised the fewest raised findings for an agent to be ranked
     * @param sort the ranking metric
     */
    public record Options(Grouping grouping, ReviewFilter filter, int minRaised, Metric sort) {
        /** One row per family, every review, ranked by unique findings at 10 raised. */
        public static final Options DEFAULT = new Options(Grouping.FAMILY, ReviewFilter.ALL, 10, Metric.UNIQUE);

        /**
         * Checks the components.
         *
         * @param grouping family or model rows
         * @param filter which reviews count
         * @param minRaised the fewest raised findings for an agent to be ranked
         * @param sort the ranking metric
         */
        public Options {
            Objects.requireNonNull(grouping, "grouping");
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(sort, "sort");
            if (minRaised < 0) {
                throw new IllegalArgumentException("minRaised must not be negative");
            }
        }

        /**
         * A builder starting from {@link #DEFAULT}.
         *
         * @return a builder
         */
        public static Builder builder() {
            return new Builder(DEFAULT);
        }

        /**
         * A builder starting from these options.
         *
         * @return a builder
         */
        public Builder toBuilder() {
            return new Builder(this);
        }

        /** Builds {@link Options} by name rather than by position. Not thread-safe; build once, share the options. */
        public static final class Builder {
            private Grouping grouping;
            private ReviewFilter filter;
            private int minRaised;
            private Metric sort;

            private Builder(Options from) {
                grouping = from.grouping();
                filter = from.filter();
                minRaised = from.minRaised();
                sort = from.sort();
            }

            /**
             * One row per family (the default) or per model.
             *
             * @param grouping family or model
             * @return this builder
             */
            public Builder by(Grouping grouping) {
                this.grouping = Objects.requireNonNull(grouping, "grouping");
                return this;
            }

            /**
             * Which reviews count (default: all).
             *
             * @param filter the filter
             * @return this builder
             */
            public Builder filter(ReviewFilter filter) {
                this.filter = Objects.requireNonNull(filter, "filter");
                return this;
            }

            /**
             * The fewest raised findings for an agent to be ranked (default 10).
             *
             * @param minRaised 0 or more
             * @return this builder
             */
            public Builder minRaised(int minRaised) {
                this.minRaised = minRaised;
                return this;
            }

            /**
             * The ranking metric (default unique findings).
             *
             * @param sort the metric
             * @return this builder
             */
            public Builder sortBy(Metric sort) {
                this.sort = Objects.requireNonNull(sort, "sort");
                return this;
            }

            /**
             * The options; throws {@link IllegalArgumentException} for a negative minimum.
             *
             * @return the options
             */
            public Options build() {
                return new Options(grouping, filter, minRaised, sort);
            }
        }
    }

    /**
     * Copies the lists.
     *
     * @param options the options it was computed with
     * @param reviews reviews counted
     * @param ranked agents with enough raised findings, best first
     * @param unranked the others, by name
     * @param disagreements summary-table values that disagree with the sections
     * @param unread how many counted reviews had something unread, by code, and how many disagree with themselves
     */
    public Leaderboard {
        ranked = List.copyOf(ranked);
        unranked = List.copyOf(unranked);
        disagreements = List.copyOf(disagreements);
        Objects.requireNonNull(unread, "unread");
    }

    /**
     * All agents, ranked ones first.
     *
     * @return ranked rows, then unranked ones
     */
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
        private final java.util.Set<dev.reviewstats.model.DiagnosticCode> unread;
        /** How many places the review contradicts itself, as {@link Lint} counts them. */
        private final int inconsistencies;

        private ReviewRows(Grouping grouping, ReviewFilter filter, ReviewKey review, List<AgentReview> agents,
                java.util.Set<dev.reviewstats.model.DiagnosticCode> unread, int inconsistencies) {
            this.grouping = grouping;
            this.filter = filter;
            this.review = review;
            this.agents = List.copyOf(agents);
            this.unread = java.util.Set.copyOf(unread);
            this.inconsistencies = inconsistencies;
        }

        /**
         * Whether the filter kept the review.
         *
         * @return whether the review counts
         */
        public boolean counted() {
            return review != null;
        }

        /**
         * The review's date, or {@code null} when it was not counted or states none.
         *
         * @return the date, or {@code null}
         */
        public java.time.LocalDate date() {
            return review == null ? null : review.date();
        }

        /**
         * The repository the review names, {@code ""} when none, or {@code null} when it was not counted.
         *
         * @return the repository, {@code ""}, or {@code null}
         */
        public String repository() {
            return review == null ? null : review.repository();
        }

        /**
         * The review's id, or {@code null} when it was not counted.
         *
         * @return the id, or {@code null}
         */
        public String id() {
            return review == null ? null : review.id();
        }
    }

    /**
     * Reduces a review to its rows, for {@link #fromRows}; meant for
     * {@code ReviewLoader.reduce(paths, Leaderboard.rows(options), progress)}, which then keeps no review bodies.
     *
     * @param options the options
     * @return a function from a review to its rows
     */
    public static Function<Review, ReviewRows> rows(Options options) {
        return r -> options.filter().test(r)
                ? new ReviewRows(options.grouping(), options.filter(), ReviewKey.of(r), AgentReview.of(r, options.grouping()),
                        Unread.codesOf(r), Lint.inconsistencies(r))
                : new ReviewRows(options.grouping(), options.filter(), null, List.of(), java.util.Set.of(), 0);
    }

    /**
     * The leaderboard over reviews held in memory.
     *
     * @param reviews the reviews
     * @param options the options
     * @return the leaderboard
     */
    public static Leaderboard compute(List<Review> reviews, Options options) {
        return fromRows(reviews.stream().map(rows(options)).toList(), options);
    }

    /**
     * What became of each agent's raised findings, by kind ({@code I→S}, {@code S→I}, {@code false
     * positive}, {@code dropped}, {@code merged}), over the same reviews and entries the leaderboard's
     * raised and rates count: its false positives, dropped and downgraded are these counts.
     *
     * @param reviews the reviews
     * @param options filter and grouping
     * @return counts by agent and kind
     */
    public static Map<String, Map<String, Integer>> fates(List<Review> reviews, Options options) {
        Map<String, Map<String, Integer>> out = new java.util.TreeMap<>();
        for (Review r : reviews.stream().filter(options.filter()).toList()) {
            for (AgentReview a : AgentReview.of(r, options.grouping())) {
                if (!a.accountsForRaised()) {
                    continue;
                }
                for (dev.reviewstats.model.LedgerEntry e : r.ledger()) {
                    if (!options.grouping().keyIn(r, e.agent()).equals(a.agent())) {
                        continue;
                    }
                    String kind = switch (e.fate()) {
                        case DOWNGRADED, UPGRADED -> e.severity() == null || e.finalSeverity() == null ? null
                                : e.severity().letter() + "→" + e.finalSeverity().letter();
                        case FALSE_POSITIVE -> "false positive";
                        case MERGED -> "merged";
                        default -> e.fate().countsAsDropped() ? "dropped" : null;
                    };
                    if (kind != null) {
                        out.computeIfAbsent(a.agent(), k -> new java.util.TreeMap<>()).merge(kind, 1, Integer::sum);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The leaderboard over reviews already reduced by {@link #rows(Options)} with the same grouping and filter.
     *
     * @param reviews rows of each review, made by {@link #rows}
     * @param options the options the rows were made with
     * @return the leaderboard
     */
    public static Leaderboard fromRows(Collection<ReviewRows> reviews, Options options) {
        List<AgentReview> rows = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        List<java.util.Set<dev.reviewstats.model.DiagnosticCode>> unread = new ArrayList<>();
        int disagreeing = 0;
        int inconsistencies = 0;
        int counted = 0;
        for (ReviewRows r : reviews) {
            if (r.grouping != options.grouping() || !r.filter.equals(options.filter())) {
                throw new IllegalArgumentException("rows were made with another grouping or filter than " + options);
            }
            if (r.counted()) {
                counted++;
                unread.add(r.unread);
                // The reviews lint calls inconsistent, and how many inconsistencies: one count everywhere.
                disagreeing += r.inconsistencies > 0 ? 1 : 0;
                inconsistencies += r.inconsistencies;
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
        return new Leaderboard(options, counted, ranked, unranked, disagreements, Unread.of(unread, disagreeing, inconsistencies));
    }

    /**
     * Sums and rates over one agent's rows, counting only rows where each value is known. One pass
     * over the rows fills a primitive array per measure, with Tablesaw's missing-value marker where a
     * value is unknown; a rate's base holds a row's value only where the rate's count is known too.
     * Tablesaw columns over those arrays then give sums and medians that skip missing values. Neither
     * boxing per value nor a row selection is made: this runs once per run, cold, and a selection per
     * sum cost a sixth of a cached run over 10,000 reviews. A {@code Table} is not built, because
     * loading that class scans the class path (a third of a second per run).
     */
    private static AgentScore score(String agent, List<AgentReview> rows, int minRaised) {
        Measures m = new Measures(rows.size());
        int accounted = 0;
        int disagreementCount = 0;
        for (int i = 0; i < rows.size(); i++) {
            AgentReview a = rows.get(i);
            m.put(i, a);
            accounted += a.accountsForRaised() ? 1 : 0;
            disagreementCount += a.disagreements().size();
        }
        // Raised, its fates and every rate over it count one population: the reviews that account for
        // the agent's findings. One figure, one value: a printed count is its rate's count.
        Integer raisedTotal = accounted == 0 ? null : m.sum(m.raised);
        Integer fpCount = accounted == 0 ? null : m.sum(m.falsePositives);
        Integer downCount = accounted == 0 ? null : m.sum(m.downgrades);
        Integer droppedCount = accounted == 0 ? null : m.sum(m.dropped);
        Integer upCount = m.known(m.upgrades) ? m.sum(m.upgrades) : null;
        SeverityCounts credited = new SeverityCounts(m.sum(m.creditedCritical), m.sum(m.creditedImportant), m.sum(m.creditedSuggestion));
        AgentReview first = rows.get(0);
        int base = raisedTotal == null ? 0 : raisedTotal;
        return new AgentScore(agent, Agent.of(first.family(), first.model()), rows.size(), raisedTotal, accounted,
                credited, m.sum(m.unique), m.sum(m.consensus),
                fpCount, rate(fpCount == null ? 0 : fpCount, base), downCount, upCount, rate(downCount == null ? 0 : downCount, base),
                droppedCount, rate(raisedTotal == null ? 0 : base - fpCount - droppedCount, base),
                Rate.of(m.sum(m.fixed), m.sum(m.resolved)),
                median(LongColumn.create("durationSeconds", m.durationSeconds)), median(IntColumn.create("toolCalls", m.toolCalls)),
                disagreementCount, minRaised <= 0 || raisedTotal != null && base >= minRaised);
    }

    /** One agent's measures, a primitive array each, {@link #MISSING_INT} where unknown. */
    private static final class Measures {
        /** Raised and its fates, only in the reviews that account for them (else missing). */
        final int[] raised;
        final int[] falsePositives;
        final int[] downgrades;
        final int[] dropped;
        final int[] upgrades;
        final int[] creditedCritical;
        final int[] creditedImportant;
        final int[] creditedSuggestion;
        final int[] unique;
        final int[] consensus;
        final int[] fixed;
        final int[] resolved;
        final long[] durationSeconds;
        final int[] toolCalls;

        Measures(int n) {
            raised = new int[n];
            falsePositives = new int[n];
            downgrades = new int[n];
            dropped = new int[n];
            upgrades = new int[n];
            creditedCritical = new int[n];
            creditedImportant = new int[n];
            creditedSuggestion = new int[n];
            unique = new int[n];
            consensus = new int[n];
            fixed = new int[n];
            resolved = new int[n];
            durationSeconds = new long[n];
            toolCalls = new int[n];
        }

        void put(int i, AgentReview a) {
            boolean accounted = a.accountsForRaised();
            raised[i] = accounted ? a.raised() : MISSING_INT;
            falsePositives[i] = accounted ? a.falsePositives() : MISSING_INT;
            downgrades[i] = accounted ? a.downgraded() : MISSING_INT;
            dropped[i] = accounted ? a.dropped() : MISSING_INT;
            upgrades[i] = accounted ? orMissing(a.upgraded()) : MISSING_INT;
            creditedCritical[i] = a.credited(Severity.CRITICAL);
            creditedImportant[i] = a.credited(Severity.IMPORTANT);
            creditedSuggestion[i] = a.credited(Severity.SUGGESTION);
            unique[i] = a.unique();
            consensus[i] = a.consensus();
            fixed[i] = a.fixed();
            resolved[i] = a.resolved();
            durationSeconds[i] = a.durationSeconds() == null ? MISSING_LONG : a.durationSeconds();
            toolCalls[i] = orMissing(a.toolCalls());
        }

        /** Whether any row knows the value. */
        boolean known(int[] values) {
            for (int v : values) {
                if (v != MISSING_INT) {
                    return true;
                }
            }
            return false;
        }

        /** The sum over rows where the value is known. */
        int sum(int[] values) {
            return (int) IntColumn.create("", values).sum();
        }

        private static int orMissing(Integer v) {
            return v == null ? MISSING_INT : v;
        }
    }

    /**
     * A rate whose count can exceed its base only where a review contradicts itself (a retro row
     * claiming more false positives than the agent's own list holds); the rate is then capped at the
     * base, and {@code review-stats lint} lists each such review (L107).
     */
    private static Rate rate(int count, int base) {
        return Rate.of(Math.min(count, base), base);
    }

    /** Tablesaw's markers of a missing value in integer and long columns. */
    private static final int MISSING_INT = IntColumnType.missingValueIndicator();
    private static final long MISSING_LONG = LongColumnType.missingValueIndicator();

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
        MONTH,
        /** Repositories, as each review names its own ("unknown" for a review that names none). */
        REPO
    }

    /**
     * One leaderboard per bucket, buckets in order; reviews without the needed value go to "unknown".
     *
     * @param reviews the reviews
     * @param options the options
     * @param by the breakdown
     * @return a leaderboard per period, round or repository, in order
     */
    public static Map<String, Leaderboard> breakdown(List<Review> reviews, Options options, Breakdown by) {
        return breakdownFromRows(reviews.stream().map(rows(options)).toList(), options, by);
    }

    /**
     * {@link #breakdown} over reviews already reduced by {@link #rows(Options)}.
     *
     * @param reviews rows of each review
     * @param options the options the rows were made with
     * @param by the breakdown
     * @return a leaderboard per period, round or repository, in order
     */
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

    /**
     * The first day of a week or month bucket, from its label; empty for "unknown" or round buckets.
     *
     * @param label a period label
     * @param by the breakdown it belongs to
     * @return the period's first day, or empty for rounds and repositories
     */
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
                case ROUND, REPO -> java.util.Optional.empty();
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
            case REPO -> r.repository().isEmpty() ? "unknown" : r.repository();
        };
    }
}
