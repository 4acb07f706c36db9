package dev.reviewstats.analytics;

import dev.reviewstats.model.Review;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

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
        byAgent.forEach((agent, its) -> scores.add(AgentScoring.score(agent, its, options.minRaised())));
        List<AgentScore> ranked = Ranking.ranked(scores, options.sort());
        List<AgentScore> unranked = Ranking.unranked(scores);
        return new Leaderboard(options, counted, ranked, unranked, disagreements, Unread.of(unread, disagreeing, inconsistencies));
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
        Map<String, Leaderboard> out = new LinkedHashMap<>();
        bucketsFromRows(reviews, options, by).forEach((k, v) -> out.put(k.label(), v));
        return out;
    }

    /**
     * One leaderboard per bucket, as {@link #breakdown}, keyed by the bucket itself: its label and,
     * for weeks and months, the period's first day, so that nothing reads a date back from a label.
     *
     * @param reviews the reviews
     * @param options the options
     * @param by the breakdown
     * @return a leaderboard per bucket, in order
     */
    public static Map<Bucket, Leaderboard> buckets(List<Review> reviews, Options options, Breakdown by) {
        return bucketsFromRows(reviews.stream().map(rows(options)).toList(), options, by);
    }

    private static Map<Bucket, Leaderboard> bucketsFromRows(Collection<ReviewRows> reviews, Options options, Breakdown by) {
        Map<Bucket, List<ReviewRows>> buckets = by == Breakdown.ROUND ? new LinkedHashMap<>()
                : new TreeMap<>(Comparator.comparing(Bucket::label));
        if (by == Breakdown.ROUND) {
            buckets.put(Bucket.FIRST_ROUND, new ArrayList<>());
            buckets.put(Bucket.LATER_ROUNDS, new ArrayList<>());
        }
        for (ReviewRows r : reviews) {
            if (r.counted()) {
                buckets.computeIfAbsent(Bucket.of(r.review, by), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Bucket, Leaderboard> out = new LinkedHashMap<>();
        buckets.forEach((k, v) -> out.put(k, fromRows(v, options)));
        return out;
    }
}
