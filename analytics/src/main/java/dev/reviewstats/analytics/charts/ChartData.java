package dev.reviewstats.analytics.charts;

import dev.reviewstats.analytics.AgentScore;
import dev.reviewstats.analytics.Bucket;
import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Rate;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.SeverityCounts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/** The numbers behind each chart, computed from the analytics so that charts and tables always agree. */
public final class ChartData {
    private ChartData() {
    }

    /**
     * Weeks for histories of up to sixteen weeks, months beyond.
     *
     * @param reviews the reviews
     * @return weeks or months
     */
    public static Leaderboard.Breakdown period(List<Review> reviews) {
        List<LocalDate> dates = reviews.stream().map(Review::date).filter(Objects::nonNull).sorted().toList();
        if (dates.isEmpty()) {
            return Leaderboard.Breakdown.WEEK;
        }
        return ChronoUnit.WEEKS.between(dates.get(0), dates.get(dates.size() - 1)) <= 16 ? Leaderboard.Breakdown.WEEK
                : Leaderboard.Breakdown.MONTH;
    }

    /**
     * The false-positive rate per agent and period.
     *
     * @param reviews the reviews
     * @param o filter and grouping
     * @param p weeks or months
     * @return the points
     */
    public static List<TrendPoint> falsePositiveTrend(List<Review> reviews, Leaderboard.Options o, Leaderboard.Breakdown p) {
        return trend(reviews, o, p, AgentScore::falsePositiveRate);
    }

    /**
     * The downgrade rate per agent and period.
     *
     * @param reviews the reviews
     * @param o filter and grouping
     * @param p weeks or months
     * @return the points
     */
    public static List<TrendPoint> downgradeTrend(List<Review> reviews, Leaderboard.Options o, Leaderboard.Breakdown p) {
        return trend(reviews, o, p, AgentScore::downgradeRate);
    }

    /**
     * Periods in which an agent's rate rests on fewer findings than this are not drawn: a point from
     * two findings looks as sure as one from thirty. The leaderboard and tables still count them.
     */
    public static final int MIN_TREND_BASE = 5;

    /**
     * One agent's trend cut at periods with no point (no review, or a base under
     * {@link #MIN_TREND_BASE}), so that a line never bridges a gap.
     *
     * @param points the trend
     * @param agent the agent
     * @param p the period
     * @return the agent's segments
     */
    public static List<List<TrendPoint>> segments(List<TrendPoint> points, String agent, Leaderboard.Breakdown p) {
        List<TrendPoint> mine = points.stream().filter(t -> t.agent().equals(agent))
                .sorted(java.util.Comparator.comparing(TrendPoint::start)).toList();
        List<List<TrendPoint>> out = new ArrayList<>();
        List<TrendPoint> run = new ArrayList<>();
        for (TrendPoint t : mine) {
            if (!run.isEmpty() && !next(run.get(run.size() - 1).start(), p).equals(t.start())) {
                out.add(List.copyOf(run));
                run.clear();
            }
            run.add(t);
        }
        if (!run.isEmpty()) {
            out.add(List.copyOf(run));
        }
        return out;
    }

    /** The first day of the period after the one starting on {@code start}. */
    static LocalDate next(LocalDate start, Leaderboard.Breakdown p) {
        return p == Leaderboard.Breakdown.MONTH ? start.plusMonths(1) : start.plusWeeks(1);
    }

    private static List<TrendPoint> trend(List<Review> reviews, Leaderboard.Options o, Leaderboard.Breakdown p,
            Function<AgentScore, Rate> rate) {
        Leaderboard.Options all = new Leaderboard.Options(o.grouping(), o.filter(), 0, o.sort());
        List<TrendPoint> out = new ArrayList<>();
        for (Map.Entry<Bucket, Leaderboard> e : Leaderboard.buckets(reviews, all, p).entrySet()) {
            java.util.Optional<LocalDate> start = e.getKey().startIfPeriod();
            if (start.isEmpty()) {
                continue;
            }
            for (AgentScore s : e.getValue().all()) {
                if (rate.apply(s).isKnown() && rate.apply(s).denominator() >= MIN_TREND_BASE) {
                    out.add(new TrendPoint(s.agent(), e.getKey().label(), start.get(), rate.apply(s)));
                }
            }
        }
        return out;
    }

    /**
     * Where each family moved to a model version that lasted, in date order: a version gets a marker
     * at its first review when the family ran it in at least
     * {@link dev.reviewstats.analytics.Comparison#LASTING_REVIEWS} reviews in range and it is not the
     * family's first lasting version; the same rule {@code compare} pairs versions by.
     *
     * @param reviews the reviews
     * @param o filter and grouping
     * @return the changes
     */
    public static List<ModelChange> modelChanges(List<Review> reviews, Leaderboard.Options o) {
        List<Review> inRange = reviews.stream().filter(o.filter()).toList();
        List<ModelChange> out = new ArrayList<>();
        java.util.Set<String> firstLasting = new java.util.HashSet<>();
        for (dev.reviewstats.analytics.Comparison.ModelVersion v : dev.reviewstats.analytics.Comparison.modelVersions(inRange)) {
            if (v.lasting() && !firstLasting.add(v.family())) {
                String model = v.name().regionMatches(true, 0, v.family() + " ", 0, v.family().length() + 1)
                        ? v.name().substring(v.family().length() + 1) : v.name();
                out.add(new ModelChange(v.family(), model, v.firstSeen()));
            }
        }
        out.sort(java.util.Comparator.comparing(ModelChange::firstSeen).thenComparing(ModelChange::family));
        return out;
    }

    /**
     * Kept findings by severity per agent, in leaderboard order.
     *
     * @param board the leaderboard
     * @return kept findings by agent
     */
    public static Map<String, SeverityCounts> keptBySeverity(Leaderboard board) {
        Map<String, SeverityCounts> out = new LinkedHashMap<>();
        board.all().forEach(s -> out.put(s.agent(), s.credited()));
        return out;
    }

    /**
     * Per agent, what became of its raised findings: {@code C→I}, {@code I→S}, upgrades, false positives,
     * drops, merges; the leaderboard's own counts ({@link Leaderboard#fates}), so a chart never shows
     * another figure for the same thing.
     *
     * @param reviews the reviews
     * @param o filter and grouping
     * @return transition counts by agent
     */
    public static Map<String, Map<String, Integer>> severityTransitions(List<Review> reviews, Leaderboard.Options o) {
        return Leaderboard.fates(reviews, o);
    }

    /** The fewest reviews a round's mean rests on to be drawn: a mean of one to four reviews is noise. */
    public static final int MIN_ROUND_REVIEWS = 5;

    /**
     * One agent's mean kept findings per review in one round, and how many reviews it rests on.
     *
     * @param mean kept findings credited to the agent per review
     * @param reviews the reviews of that round the mean is over
     */
    public record RoundMean(double mean, int reviews) {
        /**
         * Whether enough reviews stand behind the mean to draw it (see {@link #MIN_ROUND_REVIEWS}).
         *
         * @return whether it is drawn
         */
        public boolean drawn() {
            return reviews >= MIN_ROUND_REVIEWS;
        }
    }

    /**
     * For PRs reviewed over several rounds: per agent, the mean number of kept findings credited to it
     * per review in round 1, 2, 3, …, with the number of reviews behind each mean.
     *
     * @param reviews the reviews
     * @param o filter and grouping
     * @return mean kept findings by agent and round
     */
    public static Map<String, Map<Integer, RoundMean>> findingsPerRound(List<Review> reviews, Leaderboard.Options o) {
        List<Review> counted = reviews.stream().filter(o.filter()).filter(r -> r.pullRequest() != null && r.round() != null).toList();
        Map<String, Integer> maxRound = new TreeMap<>();
        for (Review r : counted) {
            maxRound.merge(prKey(r), r.round().number(), Math::max);
        }
        Map<String, Map<Integer, int[]>> sums = new TreeMap<>();
        for (Review r : counted) {
            if (maxRound.get(prKey(r)) < 2) {
                continue;
            }
            Map<String, Integer> kept = new LinkedHashMap<>();
            for (Agent a : r.reviewers()) {
                kept.put(o.grouping().key(a), 0);
            }
            for (Finding f : r.findings()) {
                if (f.withdrawn()) {
                    continue;
                }
                f.agents().stream().map(a -> o.grouping().keyIn(r, a)).distinct().forEach(k -> kept.merge(k, 1, Integer::sum));
            }
            kept.forEach((agent, n) -> {
                int[] acc = sums.computeIfAbsent(agent, k -> new TreeMap<>()).computeIfAbsent(r.round().number(), k -> new int[2]);
                acc[0] += n;
                acc[1]++;
            });
        }
        Map<String, Map<Integer, RoundMean>> out = new TreeMap<>();
        sums.forEach((agent, rounds) -> rounds.forEach((round, acc) ->
                out.computeIfAbsent(agent, k -> new TreeMap<>()).put(round, new RoundMean((double) acc[0] / acc[1], acc[1]))));
        return out;
    }

    private static String prKey(Review r) {
        return r.repository() + "#" + r.pullRequest().number();
    }

    static List<String> agentsOf(List<TrendPoint> points) {
        return points.stream().map(TrendPoint::agent).distinct().sorted().toList();
    }

    static boolean anyKept(Map<String, SeverityCounts> kept) {
        return kept.values().stream().anyMatch(c -> c.total() > 0);
    }
}
