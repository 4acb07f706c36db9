package dev.reviewstats.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The paired sign test and Holm's adjustment against standard references. Sign test: R's
 * {@code binom.test(x, n, p = 0.5)} (two-sided exact binomial test; the exact McNemar test is the
 * same test on the discordant pairs). Holm: R's {@code p.adjust(p, method = "holm")} (Holm 1979,
 * "A simple sequentially rejective multiple test procedure"). Each expected value is also worked out
 * by hand in the comment beside it.
 */
class MultipleAndPairedTestsTest {
    @Test
    void signTestMatchesTheExactBinomialTest() {
        // binom.test(2, 10): 2 * (C(10,0) + C(10,1) + C(10,2)) / 2^10 = 2 * 56 / 1024 = 0.109375
        assertThat(PairedComparison.signTest(2, 8)).isCloseTo(0.109, within(0.0005));
        assertThat(PairedComparison.signTest(8, 2)).isCloseTo(0.109375, within(1e-12));
        // binom.test(1, 12): 2 * (1 + 12) / 4096 = 0.0063477
        assertThat(PairedComparison.signTest(1, 11)).isCloseTo(0.006, within(0.0005));
        // Exact McNemar with 3 and 11 discordant pairs, binom.test(3, 14): 2 * (1 + 14 + 91 + 364) / 16384 = 0.057373
        assertThat(PairedComparison.signTest(3, 11)).isCloseTo(0.057, within(0.0005));
        // An even split, binom.test(5, 10): 1 (capped)
        assertThat(PairedComparison.signTest(5, 5)).isEqualTo(1.0);
        // binom.test(0, 20): 2 / 2^20 = 1.907e-6
        assertThat(PairedComparison.signTest(0, 20)).isCloseTo(1.9073486328125e-6, within(1e-15));
        // No review that differs: nothing to test.
        assertThat(PairedComparison.signTest(0, 0)).isEqualTo(1.0);
        // Large n stays finite (2^-2000 underflows a double): binom.test(1000, 2000) is 1.
        assertThat(PairedComparison.signTest(1000, 1000)).isEqualTo(1.0);
        assertThat(PairedComparison.signTest(900, 1100)).isBetween(0.0, 1e-5);
    }

    @Test
    void holmMatchesRsPAdjust() {
        // p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02:
        // sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04 → running maximum 0.02, 0.03, 0.06, 0.06.
        double[] adjusted = ProportionTest.holm(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(adjusted[0]).isCloseTo(0.03, within(0.0005));
        assertThat(adjusted[1]).isCloseTo(0.06, within(0.0005));
        assertThat(adjusted[2]).isCloseTo(0.06, within(0.0005));
        assertThat(adjusted[3]).isCloseTo(0.02, within(0.0005));
        // p.adjust(c(0.5, 0.6), "holm") = 1 1: capped at one.
        assertThat(ProportionTest.holm(new double[] {0.5, 0.6})).containsExactly(1.0, 1.0);
        // One test alone keeps its p-value.
        assertThat(ProportionTest.holm(new double[] {0.02})).containsExactly(0.02);
    }
}
