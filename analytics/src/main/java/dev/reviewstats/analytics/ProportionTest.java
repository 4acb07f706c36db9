package dev.reviewstats.analytics;

import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The statistics of comparing two rates: the difference with its 95% interval (Newcombe's hybrid
 * score method, built from each side's Wilson interval), a two-sided p-value — Fisher's exact test
 * when an expected cell count is under 5, the pooled two-proportion z-test otherwise — and the sample
 * size that would detect the observed difference at 80% power.
 */
public final class ProportionTest {
    /** Below this expected count in any cell of the 2×2 table the exact test is used. */
    public static final double EXACT_BELOW = 5;
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
    private static final double Z_ALPHA = 1.959963984540054;
    /** The normal quantile of 80% power. */
    private static final double Z_POWER = 0.8416212335729143;

    /** Which test gave the p-value. */
    public enum Method {
        /** Fisher's exact test, for small expected counts. */
        FISHER_EXACT("Fisher's exact test"),
        /** The pooled two-proportion z-test. */
        Z_TEST("two-proportion z-test");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /**
         * The test's name in words.
         *
         * @return the name
         */
        public String label() {
            return label;
        }
    }

    /**
     * The comparison of two rates.
     *
     * @param difference right − left
     * @param low lower bound of the difference's 95% interval
     * @param high upper bound of the difference's 95% interval
     * @param pValue two-sided
     * @param method the test that gave {@code pValue}
     * @param perSideNeeded the base (findings) each side needs to detect this difference at 80% power
     *     and a two-sided 5% level, or {@code null} when there is no difference to detect
     */
    public record Result(double difference, double low, double high, double pValue, Method method, Integer perSideNeeded) {
        /**
         * Whether the difference is significant at the two-sided 5% level.
         *
         * @return whether p is under 0.05
         */
        public boolean significant() {
            return pValue < LEVEL;
        }
    }

    /** The two-sided significance level every test here uses. */
    public static final double LEVEL = 0.05;

    private ProportionTest() {
    }

    /**
     * Holm's step-down adjustment of p-values for tests run together (Holm 1979; as R's
     * {@code p.adjust(p, "holm")}): sorted ascending, the i-th of m is multiplied by m − i + 1, made
     * no smaller than the one before it, and capped at 1. It keeps the chance of any false "real
     * difference" among all the tests at 5%, and is never less powerful than Bonferroni.
     *
     * @param p the p-values
     * @return the adjusted p-values, in the same order
     */
    public static double[] holm(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] out = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            running = Math.max(running, Math.min(1, (m - rank) * p[order[rank]]));
            out[order[rank]] = running;
        }
        return out;
    }

    /**
     * Compares two known rates.
     *
     * @param left one rate
     * @param right the other
     * @return the comparison, right − left
     */
    public static Result compare(Rate left, Rate right) {
        if (!left.isKnown() || !right.isKnown()) {
            throw new IllegalArgumentException("both rates must be known");
        }
        double d = right.value() - left.value();
        // Newcombe (1998), method 10: the Wilson limits of each side combined.
        double low = d - Math.sqrt(sq(right.value() - right.low()) + sq(left.high() - left.value()));
        double high = d + Math.sqrt(sq(right.high() - right.value()) + sq(left.value() - left.low()));
        int x1 = left.numerator();
        int n1 = left.denominator();
        int x2 = right.numerator();
        int n2 = right.denominator();
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double minExpected = Math.min(Math.min(n1 * pooled, n1 * (1 - pooled)), Math.min(n2 * pooled, n2 * (1 - pooled)));
        double p;
        Method method;
        if (minExpected < EXACT_BELOW) {
            p = fisherTwoSided(x1, n1, x2, n2);
            method = Method.FISHER_EXACT;
        } else {
            p = zTestTwoSided(x1, n1, x2, n2);
            method = Method.Z_TEST;
        }
        return new Result(d, Math.max(-1, low), Math.min(1, high), p, method, perSideNeeded(left.value(), right.value()));
    }

    /**
     * Fisher's exact test, two-sided as R's fisher.test and scipy's fisher_exact compute it: the sum
     * of the probabilities of every table with the same margins no more likely than the one observed.
     */
    static double fisherTwoSided(int x1, int n1, int x2, int n2) {
        int successes = x1 + x2;
        HypergeometricDistribution h = new HypergeometricDistribution(null, n1 + n2, successes, n1);
        double observed = h.probability(x1);
        double p = 0;
        int lo = Math.max(0, successes - n2);
        int hi = Math.min(successes, n1);
        for (int k = lo; k <= hi; k++) {
            double pk = h.probability(k);
            // The relative tolerance R uses, so that ties computed with rounding error count.
            if (pk <= observed * (1 + 1e-7)) {
                p += pk;
            }
        }
        return Math.min(1, p);
    }

    /** The pooled two-proportion z-test, two-sided. */
    static double zTestTwoSided(int x1, int n1, int x2, int n2) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            return 1;
        }
        double z = Math.abs(p2 - p1) / se;
        return 2 * (1 - NORMAL.cumulativeProbability(z));
    }

    /**
     * Findings each side needs to detect a difference from {@code p1} to {@code p2} with a two-sided
     * 5% test at 80% power (the normal-approximation formula without continuity correction, as in
     * Fleiss, Levin and Paik, Statistical Methods for Rates and Proportions, 3rd ed., ch. 4).
     */
    static Integer perSideNeeded(double p1, double p2) {
        double d = Math.abs(p2 - p1);
        if (d == 0) {
            return null;
        }
        double pbar = (p1 + p2) / 2;
        double n = sq(Z_ALPHA * Math.sqrt(2 * pbar * (1 - pbar)) + Z_POWER * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) / sq(d);
        return (int) Math.ceil(n);
    }

    private static double sq(double x) {
        return x * x;
    }
}
