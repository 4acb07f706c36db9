package dev.reviewstats.analytics;

import dev.reviewstats.model.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Two agents (or two models, or one model at two efforts) compared on the reviews where both ran:
 * per review, whose rate was higher. Comparing the same reviews takes out what differs between
 * reviews (a hard PR, a large diff), which an unpaired comparison of pooled rates cannot. The test
 * is the exact sign test: the number of reviews where one side was higher, against a fair coin,
 * two-sided, reviews with equal rates set aside; for a yes/no outcome per review it is the exact
 * McNemar test.
 *
 * @param left one agent, as the grouping names it
 * @param right the other
 * @param metric the rate
 * @param paired reviews where both ran and both have the rate
 * @param rightHigher of those, reviews where the right side's rate was higher
 * @param leftHigher reviews where the left side's rate was higher
 * @param ties reviews where the rates were equal
 * @param pValue the sign test's two-sided p-value ({@code 1} when every review is a tie)
 * @param holmP the p-value adjusted by Holm's method for the tests run together, or {@code null}
 */
public record PairedComparison(String left, String right, Metric metric, int paired, int rightHigher, int leftHigher, int ties,
        double pValue, Double holmP) {
    /** The test's name, as the output states it. */
    public static final String TEST = "exact sign test (two-sided binomial, p = 1/2, ties set aside)";

    /**
     * Checks the components.
     *
     * @param left see the record
     * @param right see the record
     * @param metric see the record
     * @param paired see the record
     * @param rightHigher see the record
     * @param leftHigher see the record
     * @param ties see the record
     * @param pValue see the record
     * @param holmP see the record
     */
    public PairedComparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(metric, "metric");
        if (rightHigher + leftHigher + ties != paired) {
            throw new IllegalArgumentException("paired reviews must add up: " + rightHigher + " + " + leftHigher + " + " + ties + " != " + paired);
        }
    }

    /**
     * Whether the difference is real at the 5% level (by the Holm-adjusted p-value when tests ran together).
     *
     * @return whether it is significant
     */
    public boolean significant() {
        return (holmP != null ? holmP : pValue) < ProportionTest.LEVEL;
    }

    /**
     * The verdict in words.
     *
     * @return the verdict
     */
    public String verdict() {
        if (paired == 0) {
            return "not comparable: no review where both ran has this rate for both";
        }
        if (!significant()) {
            return String.format(Locale.ROOT, "no detectable difference on the %d review%s both ran", paired, paired == 1 ? "" : "s");
        }
        boolean rightHigherMore = rightHigher > leftHigher;
        boolean better = metric.higherIsBetter() == rightHigherMore;
        return String.format(Locale.ROOT, "%s's %s is %s on the same reviews (%s than %s in %d of %d that differ): a real difference",
                right, metric.label(), rightHigherMore ? "higher" : "lower", better ? "better" : "worse", left,
                Math.max(rightHigher, leftHigher), rightHigher + leftHigher);
    }

    /**
     * Compares two agents on each rate over the reviews where both ran, and adjusts the p-values of
     * the rates together (Holm).
     *
     * @param reviews the reviews
     * @param grouping how agents are named ({@code left} and {@code right} are keys of it)
     * @param left one agent
     * @param right the other
     * @param metrics the rates
     * @return one comparison per rate
     */
    public static List<PairedComparison> of(List<Review> reviews, Grouping grouping, String left, String right, List<Metric> metrics) {
        int[][] counts = new int[metrics.size()][3];
        Leaderboard.Options options = new Leaderboard.Options(grouping, ReviewFilter.ALL, 0, Metric.UNIQUE);
        for (Review r : reviews) {
            // The leaderboard of one review gives each agent's rates there, by the leaderboard's own definitions.
            Leaderboard one = Leaderboard.compute(List.of(r), options);
            AgentScore a = one.all().stream().filter(s -> s.agent().equalsIgnoreCase(left)).findFirst().orElse(null);
            AgentScore b = one.all().stream().filter(s -> s.agent().equalsIgnoreCase(right)).findFirst().orElse(null);
            if (a == null || b == null) {
                continue;
            }
            for (int m = 0; m < metrics.size(); m++) {
                Rate ra = metrics.get(m).rate(a);
                Rate rb = metrics.get(m).rate(b);
                if (!ra.isKnown() || !rb.isKnown()) {
                    continue;
                }
                // Compared as fractions, exactly: 1/3 against 2/6 is a tie.
                long cross = (long) rb.numerator() * ra.denominator() - (long) ra.numerator() * rb.denominator();
                counts[m][cross > 0 ? 0 : cross < 0 ? 1 : 2]++;
            }
        }
        double[] p = new double[metrics.size()];
        for (int m = 0; m < metrics.size(); m++) {
            p[m] = signTest(counts[m][0], counts[m][1]);
        }
        double[] adjusted = metrics.size() > 1 ? ProportionTest.holm(p) : null;
        List<PairedComparison> out = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            int[] c = counts[m];
            out.add(new PairedComparison(left, right, metrics.get(m), c[0] + c[1] + c[2], c[0], c[1], c[2], p[m],
                    adjusted == null ? null : adjusted[m]));
        }
        return out;
    }

    /**
     * The exact two-sided sign test: twice the probability, under a fair coin, of a split at least
     * as uneven as {@code plus} against {@code minus}, capped at 1 (as R's {@code binom.test(plus, plus + minus)}).
     *
     * @param plus reviews one way
     * @param minus reviews the other way
     * @return the p-value; 1 when there is nothing to test
     */
    public static double signTest(int plus, int minus) {
        int n = plus + minus;
        if (n == 0) {
            return 1;
        }
        int k = Math.min(plus, minus);
        // Binomial probabilities summed in log space: 2^-n underflows a double past n = 1074.
        double logTerm = -n * Math.log(2);
        double tail = Math.exp(logTerm);
        for (int i = 1; i <= k; i++) {
            logTerm += Math.log(n - i + 1) - Math.log(i);
            tail += Math.exp(logTerm);
        }
        return Math.min(1, 2 * tail);
    }
}
