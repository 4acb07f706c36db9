package dev.reviewstats.analytics;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * A proportion with its 95% Wilson score interval, which stays inside [0, 1] and behaves on the small
 * samples review statistics are made of.
 *
 * @param numerator how many counted
 * @param denominator out of how many; 0 when nothing could be counted
 * @param value numerator ÷ denominator, or {@code NaN} when the denominator is 0
 * @param low lower bound of the 95% interval, or {@code NaN}
 * @param high upper bound of the 95% interval, or {@code NaN}
 */
public record Rate(int numerator, int denominator, double value, double low, double high) {
    /** The intervals' confidence level. */
    static final double CONFIDENCE = 0.95;
    private static final WilsonScoreInterval WILSON = new WilsonScoreInterval();

    /**
     * Checks the components.
     *
     * @param numerator how many counted
     * @param denominator out of how many; 0 when nothing could be counted
     * @param value numerator ÷ denominator, or {@code NaN} when the denominator is 0
     * @param low lower bound of the 95% interval, or {@code NaN}
     * @param high upper bound of the 95% interval, or {@code NaN}
     */
    public Rate {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("bad rate " + numerator + "/" + denominator);
        }
    }

    /**
     * The rate with its Wilson interval.
     *
     * @param numerator how many counted
     * @param denominator out of how many
     * @return the rate
     */
    public static Rate of(int numerator, int denominator) {
        if (denominator == 0) {
            return new Rate(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double p = numerator / (double) denominator;
        ConfidenceInterval wilson = WILSON.createInterval(denominator, numerator, CONFIDENCE);
        // At 0 and n the bounds are exactly 0 and 1; rounding must not put the rate outside its interval.
        double low = numerator == 0 ? 0 : Math.min(p, Math.max(0, wilson.getLowerBound()));
        double high = numerator == denominator ? 1 : Math.max(p, Math.min(1, wilson.getUpperBound()));
        return new Rate(numerator, denominator, p, low, high);
    }

    /**
     * Whether anything could be counted.
     *
     * @return whether the denominator is positive
     */
    public boolean isKnown() {
        return denominator > 0;
    }

    /** As the leaderboard prints it: {@code 12% [8–18] 12/100}, or {@code —} when unknown. */
    @Override
    public String toString() {
        if (!isKnown()) {
            return "—";
        }
        return String.format(java.util.Locale.ROOT, "%.0f%% [%.0f–%.0f] %d/%d", 100 * value, 100 * low, 100 * high,
                numerator, denominator);
    }
}
