package dev.reviewstats.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Wilson intervals against values solved independently (the quadratic in p, outside this code). */
class RateTest {
    @Test
    void wilsonIntervalsMatchIndependentlySolvedValues() {
        assertInterval(Rate.of(1, 5), 0.2, 0.036224, 0.624465);
        assertInterval(Rate.of(0, 4), 0.0, 0.0, 0.489891);
        assertInterval(Rate.of(3, 3), 1.0, 0.438503, 1.0);
        assertInterval(Rate.of(2, 10), 0.2, 0.056682, 0.509838);
        assertInterval(Rate.of(7, 9), 7.0 / 9, 0.452589, 0.936775);
    }

    @Test
    void anEmptyBaseIsUnknownNotZero() {
        Rate r = Rate.of(0, 0);
        assertThat(r.isKnown()).isFalse();
        assertThat(r.value()).isNaN();
    }

    @Property
    void theIntervalHoldsTheRateAndStaysInsideZeroAndOne(@ForAll @IntRange(min = 1, max = 500) int n,
            @ForAll @IntRange(min = 0, max = 500) int k) {
        int kk = Math.min(k, n);
        Rate r = Rate.of(kk, n);
        assertThat(r.low()).isBetween(0.0, r.value());
        assertThat(r.high()).isBetween(r.value(), 1.0);
    }

    /**
     * commons-math3's Wilson interval, which Rate now uses, gives what the textbook formula Rate
     * computed before, to the last digits: no printed rate moves.
     */
    @Property
    void theLibrarysIntervalIsTheTextbookFormulas(@ForAll @IntRange(min = 1, max = 2_000) int n,
            @ForAll @IntRange(min = 0, max = 2_000) int k) {
        int kk = Math.min(k, n);
        double p = kk / (double) n;
        double z = 1.959963984540054; // the two-sided 95% normal quantile
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
        Rate r = Rate.of(kk, n);
        if (kk > 0) {
            assertThat(r.low()).isCloseTo(Math.min(p, Math.max(0, centre - half)), within(1e-12));
        }
        if (kk < n) {
            assertThat(r.high()).isCloseTo(Math.max(p, Math.min(1, centre + half)), within(1e-12));
        }
    }

    static void assertInterval(Rate r, double value, double low, double high) {
        assertThat(r.value()).isCloseTo(value, within(1e-9));
        assertThat(r.low()).isCloseTo(low, within(1e-6));
        assertThat(r.high()).isCloseTo(high, within(1e-6));
    }
}
