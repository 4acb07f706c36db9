package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Review;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One rate of two groups side by side: model versions of a family, periods, repositories, or two
 * folders of reports. Each side's rate carries its Wilson interval; the difference its Newcombe
 * interval and a p-value ({@link ProportionTest}); and, where no difference is detected, about how
 * many more reviews each side would need to detect the observed one at 80% power.
 *
 * @param left what the left side is ("Claude Opus 4.6", "2026-03")
 * @param right what the right side is
 * @param agent the agent row compared (for model comparisons, the family)
 * @param metric the rate
 * @param leftRate the left side's rate
 * @param leftReviews reviews on the left side that count for the rate
 * @param rightRate the right side's rate
 * @param rightReviews reviews on the right side that count for the rate
 * @param test the difference (right − left), its interval and p-value; {@code null} when a side has no rate
 * @param moreReviewsEach more reviews each side needs to detect the observed difference, or {@code null}
 *     when the difference is significant already, or there is none, or a side is unknown
 * @param holmP the p-value adjusted by Holm's method for every test run together with this one
 *     ({@link #adjustTogether}), or {@code null} when this test was run alone
 */
public record Comparison(String left, String right, String agent, Metric metric, Rate leftRate, int leftReviews, Rate rightRate,
        int rightReviews, ProportionTest.Result test, Integer moreReviewsEach, Double holmP) {
    /** More reviews than this is no realistic sample: the verdict says the difference is too small to matter. */
    public static final int FAR = 1_000;

    /**
     * Checks the components.
     *
     * @param left what the left side is ("Claude Opus 4.6", "2026-03")
     * @param right what the right side is
     * @param agent the agent row compared (for model comparisons, the family)
     * @param metric the rate
     * @param leftRate the left side's rate
     * @param leftReviews reviews on the left side that count for the rate
     * @param rightRate the right side's rate
     * @param rightReviews reviews on the right side that count for the rate
     * @param test the difference (right − left), its interval and p-value; {@code null} when a side has no rate
     * @param moreReviewsEach more reviews each side needs to detect the observed difference, or {@code null} when the difference is significant already, or there is none, or a side is unknown
     * @param holmP the p-value adjusted for the tests run together, or {@code null}
     */
    public Comparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(leftRate, "leftRate");
        Objects.requireNonNull(rightRate, "rightRate");
    }

    /**
     * Whether the difference is real at the 5% level: by the Holm-adjusted p-value when tests ran
     * together, else by the test's own.
     *
     * @return whether the difference is significant
     */
    public boolean significant() {
        return test != null && (holmP != null ? holmP < ProportionTest.LEVEL : test.significant());
    }

    /**
     * Whether the right side's rate is the better one (higher for a rate where higher is better).
     *
     * @return whether the right side is better; {@code false} when there is no test
     */
    public boolean better() {
        return test != null && metric.higherIsBetter() == test.difference() > 0;
    }

    /**
     * The verdict in words a lead understands.
     *
     * @return the verdict
     */
    public String verdict() {
        if (test == null) {
            return "not comparable: " + (leftRate.isKnown() ? right : left) + " has no " + metric.label();
        }
        if (test.significant() && holmP != null && holmP >= ProportionTest.LEVEL) {
            return String.format(Locale.ROOT, "no real difference once the tests run together are accounted for (p %.3f, Holm-adjusted %.3f)",
                    test.pValue(), holmP);
        }
        if (test.significant()) {
            return String.format(Locale.ROOT, "%s's %s is %s (%s than %s): a real difference", right, metric.label(),
                    test.difference() > 0 ? "higher" : "lower", better() ? "better" : "worse", left);
        }
        if (moreReviewsEach == null) {
            return "no difference";
        }
        if (moreReviewsEach > FAR) {
            return String.format(Locale.ROOT, "no detectable difference: too small to detect with a realistic sample (over %,d more reviews each side)", FAR);
        }
        return String.format(Locale.ROOT, "no detectable difference yet; about %d more review%s each side needed", moreReviewsEach,
                moreReviewsEach == 1 ? "" : "s");
    }

    /**
     * Compares two agent rows (of one leaderboard or of two) on each rate.
     *
     * @param leftLabel what the left side is
     * @param left the left side's row
     * @param rightLabel what the right side is
     * @param right the right side's row
     * @param agent the agent compared
     * @param metrics the rates to compare
     * @return one comparison per rate
     */
    public static List<Comparison> of(String leftLabel, AgentScore left, String rightLabel, AgentScore right, String agent,
            List<Metric> metrics) {
        List<Comparison> out = new ArrayList<>();
        for (Metric m : metrics) {
            Rate l = m.rate(left);
            Rate r = m.rate(right);
            ProportionTest.Result test = l.isKnown() && r.isKnown() ? ProportionTest.compare(l, r) : null;
            Integer more = null;
            if (test != null && !test.significant() && test.perSideNeeded() != null) {
                more = Math.max(moreReviews(test.perSideNeeded(), l, left.reviews()), moreReviews(test.perSideNeeded(), r, right.reviews()));
            }
            out.add(new Comparison(leftLabel, rightLabel, agent, m, l, left.reviews(), r, right.reviews(), test, more, null));
        }
        return out;
    }

    /**
     * Two groups of reviews side by side: every agent row (as {@code grouping} names agents) that both
     * sides have, on each rate. An agent on one side only is not compared.
     *
     * @param left the left side's reviews
     * @param right the right side's reviews
     * @param leftLabel what the left side is
     * @param rightLabel what the right side is
     * @param grouping how agents are named
     * @param metrics the rates to compare
     * @return one comparison per agent on both sides and rate, unadjusted
     */
    public static List<Comparison> sides(List<Review> left, List<Review> right, String leftLabel, String rightLabel, Grouping grouping,
            List<Metric> metrics) {
        Leaderboard.Options o = new Leaderboard.Options(grouping, ReviewFilter.ALL, 0, Metric.UNIQUE);
        Leaderboard a = Leaderboard.compute(left, o);
        Map<String, AgentScore> b = new LinkedHashMap<>();
        Leaderboard.compute(right, o).all().forEach(s -> b.put(s.agent(), s));
        List<Comparison> out = new ArrayList<>();
        for (AgentScore s : a.all()) {
            AgentScore other = b.get(s.agent());
            if (other != null) {
                out.addAll(of(leftLabel, s, rightLabel, other, s.agent(), metrics));
            }
        }
        return out;
    }

    /**
     * Before and since a date (the last retro): the reviews dated before it against those dated on
     * or after it. A review with no date is on neither side; {@link #undated} counts them so that the
     * caller can say so.
     *
     * @param reviews the reviews
     * @param since the first day of the "since" side
     * @param grouping how agents are named
     * @param metrics the rates to compare
     * @return one comparison per agent on both sides and rate, unadjusted
     */
    public static List<Comparison> sinceDate(List<Review> reviews, java.time.LocalDate since, Grouping grouping, List<Metric> metrics) {
        return sides(reviews.stream().filter(r -> r.date() != null && r.date().isBefore(since)).toList(),
                reviews.stream().filter(r -> r.date() != null && !r.date().isBefore(since)).toList(),
                "before " + since, "since " + since, grouping, metrics);
    }

    /**
     * The reviews with no date, which a split by date leaves on neither side.
     *
     * @param reviews the reviews
     * @return how many have no date
     */
    public static long undated(List<Review> reviews) {
        return reviews.stream().filter(r -> r.date() == null).count();
    }

    /**
     * The comparisons with their p-values adjusted together by Holm's method: several tests run at once
     * (every family's model change, every rate) find a "real difference" by chance more often than
     * one. A single test keeps its p-value as it is.
     *
     * @param rows comparisons run together
     * @return the same comparisons, each with its adjusted p-value when more than one had a test
     */
    public static List<Comparison> adjustTogether(List<Comparison> rows) {
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).test() != null) {
                tested.add(i);
            }
        }
        if (tested.size() < 2) {
            return rows;
        }
        double[] p = tested.stream().mapToDouble(i -> rows.get(i).test().pValue()).toArray();
        double[] adjusted = ProportionTest.holm(p);
        List<Comparison> out = new ArrayList<>(rows);
        for (int k = 0; k < tested.size(); k++) {
            Comparison c = rows.get(tested.get(k));
            out.set(tested.get(k), new Comparison(c.left, c.right, c.agent, c.metric, c.leftRate, c.leftReviews, c.rightRate,
                    c.rightReviews, c.test, c.moreReviewsEach, adjusted[k]));
        }
        return out;
    }

    /** Reviews beyond {@code reviews} that bring the rate's base to {@code needed}, at this side's findings per review. */
    private static int moreReviews(int needed, Rate rate, int reviews) {
        if (rate.denominator() >= needed) {
            return 0;
        }
        double perReview = (double) rate.denominator() / Math.max(1, reviews);
        return (int) Math.ceil((needed - rate.denominator()) / Math.max(perReview, 1e-9));
    }

    /**
     * How many reviews a model version needs to count as the family's model rather than a one-off run
     * (a fallback while the usual model was down): the charts mark, and compare pairs, only those.
     */
    public static final int LASTING_REVIEWS = 3;

    /**
     * A model version of a family and the reviews it ran in, in the order the family first used it.
     *
     * @param family the family
     * @param name the display name ("Claude Opus 4.7")
     * @param reviews how many reviews it ran in
     * @param firstSeen the date of its first review
     */
    public record ModelVersion(String family, String name, int reviews, java.time.LocalDate firstSeen) {
        /**
         * Whether the family ran it often enough to count as its model (see {@link #LASTING_REVIEWS}).
         *
         * @return whether it lasted
         */
        public boolean lasting() {
            return reviews >= LASTING_REVIEWS;
        }
    }

    /**
     * The family of each model version the reviews ran, as the reviews type it ("Qwen3 Coder Next" is
     * Qwen): what a model change is filed under, never the first word of the model's name.
     *
     * @param reviews the reviews
     * @return the family by model version name
     */
    public static Map<String, String> familiesByModel(List<Review> reviews) {
        Map<String, String> out = new java.util.HashMap<>();
        modelVersions(reviews).forEach(v -> out.putIfAbsent(v.name(), v.family()));
        return out;
    }

    /**
     * Every family's model versions over dated reviews, in the order each first appears.
     *
     * @param reviews the reviews
     * @return the versions, families in order of first appearance
     */
    public static List<ModelVersion> modelVersions(List<Review> reviews) {
        Map<String, String> family = new LinkedHashMap<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        Map<String, java.time.LocalDate> first = new LinkedHashMap<>();
        reviews.stream().filter(r -> r.date() != null).sorted(Comparator.comparing(Review::date).thenComparing(Review::id)).forEach(r ->
                r.reviewers().stream().filter(Agent::hasModel).map(Agent::displayName).distinct().forEach(name -> {
                    Agent a = r.reviewers().stream().filter(x -> x.displayName().equals(name)).findFirst().orElseThrow();
                    family.putIfAbsent(name, a.family());
                    first.putIfAbsent(name, r.date());
                    uses.merge(name, 1, Integer::sum);
                }));
        List<ModelVersion> out = new ArrayList<>();
        List<String> families = family.values().stream().distinct().toList();
        for (String f : families) {
            family.forEach((name, fam) -> {
                if (fam.equals(f)) {
                    out.add(new ModelVersion(f, name, uses.get(name), first.get(name)));
                }
            });
        }
        return out;
    }

    /**
     * Each family's lasting model versions in the order they first appear, paired with the next one:
     * the comparisons a lead asks for first ("did the move from Opus 4.6 to 4.7 change anything?"). A
     * version run in fewer than {@link #LASTING_REVIEWS} reviews is no model change (see {@link #oneOffs}).
     *
     * @return pairs of display names ("Claude Opus 4.6", "Claude Opus 4.7")
     * @param reviews the reviews
     */
    public static List<List<String>> consecutiveModels(List<Review> reviews) {
        Map<String, List<String>> byFamily = new LinkedHashMap<>();
        modelVersions(reviews).stream().filter(ModelVersion::lasting)
                .forEach(v -> byFamily.computeIfAbsent(v.family(), k -> new ArrayList<>()).add(v.name()));
        List<List<String>> out = new ArrayList<>();
        byFamily.values().forEach(models -> {
            for (int i = 0; i + 1 < models.size(); i++) {
                out.add(List.of(models.get(i), models.get(i + 1)));
            }
        });
        return out;
    }

    /**
     * The model versions run in fewer than {@link #LASTING_REVIEWS} reviews: one-off runs, listed apart
     * from the model changes.
     *
     * @param reviews the reviews
     * @return the versions, in order of first appearance
     */
    public static List<ModelVersion> oneOffs(List<Review> reviews) {
        return modelVersions(reviews).stream().filter(v -> !v.lasting()).toList();
    }
}
