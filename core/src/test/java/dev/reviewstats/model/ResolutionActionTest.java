package dev.reviewstats.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Resolution table's Action words, normalised once, where the report is read. */
class ResolutionActionTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            **Fixed** in abc1234     | FIXED
            Unit test added          | TEST_WRITTEN
            Documented in README     | DOCUMENTED
            Deferred to #412         | DEFERRED
            Won't fix                | SKIPPED
            N/A (flag removed by I1) | OTHER
            Declined — out of scope  | SKIPPED
            Decline: pre-existing    | SKIPPED
            DECLINING (by design)    | SKIPPED
            """)
    void eachActionWordMapsToItsActionAndEveryFormOfDeclineIsSkipped(String word, ResolutionAction action) {
        // The rounds trail used to read "Decline…" in the raw word again to call it declined; the action says so now.
        assertThat(ResolutionAction.classify(word)).isEqualTo(action);
    }
}
