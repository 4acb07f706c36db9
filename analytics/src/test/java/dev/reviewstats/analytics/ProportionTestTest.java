package dev.reviewstats.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every figure of a comparison against values computed elsewhere: the difference's interval against
 * Newcombe's published example, p-values against scipy 1.17.1 ({@code scipy.stats.fisher_exact} on
 * the 2×2 table, and {@code 2 * norm.sf(|p2 - p1| / se)} with the pooled standard error), sample
 * sizes against the same formula evaluated in Python with scipy's normal quantiles.
 */
class ProportionTestTest {
    @Test
    void theDifferenceIntervalIsNewcombesPublishedExample() {
        // Newcombe, "Interval estimation for the difference between independent proportions", Statistics
        // in Medicine 17 (1998) 873-890, Table II example (a): 56/70 − 48/80 = 0.2000, method 10: 0.0524 to 0.3339.
        ProportionTest.Result r = ProportionTest.compare(Rate.of(48, 80), Rate.of(56, 70));
        assertThat(r.difference()).isCloseTo(0.2000, within(0.0005));
        assertThat(r.low()).isCloseTo(0.0524, within(0.0005));
        assertThat(r.high()).isCloseTo(0.3339, within(0.0005));
    }

    @ParameterizedTest(name = "{0}/{1} vs {2}/{3}")
    @CsvSource({
        // x1, n1, x2, n2, difference, low, high, p (scipy), method, findings each side needed
        "56, 70, 48, 80, -0.2000, -0.3339, -0.0524, 0.008045, Z_TEST, 82",
        "2, 40, 9, 45, 0.1500, 0.0033, 0.2929, 0.039736, Z_TEST, 76",
        "1, 12, 4, 10, 0.3167, -0.0396, 0.6120, 0.135338, FISHER_EXACT, 28",
        "25, 108, 12, 150, -0.1515, -0.2456, -0.0631, 0.000615, Z_TEST, 89",
        "0, 20, 3, 25, 0.1200, -0.0592, 0.2996, 0.242424, FISHER_EXACT, 61",
    })
    void ratesDifferenceIntervalPValueAndPowerMatchIndependentValues(int x1, int n1, int x2, int n2, double difference, double low,
            double high, double p, ProportionTest.Method method, int needed) {
        ProportionTest.Result r = ProportionTest.compare(Rate.of(x1, n1), Rate.of(x2, n2));
        assertThat(r.difference()).isCloseTo(difference, within(0.0005));
        assertThat(r.low()).isCloseTo(low, within(0.0005));
        assertThat(r.high()).isCloseTo(high, within(0.0005));
        assertThat(r.method()).isEqualTo(method);
        assertThat(r.pValue()).isCloseTo(p, within(0.0005));
        assertThat(r.perSideNeeded()).isEqualTo(needed);
        assertThat(r.significant()).isEqualTo(p < 0.05);
    }

    @Test
    void fishersExactTestMatchesScipyWhereTheZTestWouldBeUsed() {
        // scipy.stats.fisher_exact([[56, 14], [48, 32]]) = 0.012521; [[25, 83], [12, 138]] = 0.000986.
        assertThat(ProportionTest.fisherTwoSided(56, 70, 48, 80)).isCloseTo(0.012521, within(0.0005));
        assertThat(ProportionTest.fisherTwoSided(25, 108, 12, 150)).isCloseTo(0.000986, within(0.0005));
        assertThat(ProportionTest.fisherTwoSided(2, 40, 9, 45)).isCloseTo(0.053439, within(0.0005));
    }

    @Test
    void equalRatesNeedNoSampleAndAreNotSignificant() {
        ProportionTest.Result r = ProportionTest.compare(Rate.of(30, 200), Rate.of(30, 200));
        assertThat(r.difference()).isZero();
        assertThat(r.pValue()).isCloseTo(1.0, within(1e-9));
        assertThat(r.perSideNeeded()).isNull();
        assertThat(r.low()).isCloseTo(-0.0706, within(0.0005));
    }
}
