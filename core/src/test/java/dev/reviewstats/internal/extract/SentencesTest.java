package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentence and clause boundaries in reconciliation prose. */
class SentencesTest {
    @Test
    void splitsAtFullStopsBeforeCapitalsAndAtSemicolons() {
        assertThat(Sentences.split("Claude I1: important → suggestion S1. Codex rated S1 Important; consolidation raised it (I1)."))
                .containsExactly("Claude I1: important → suggestion S1.", "Codex rated S1 Important;",
                        "consolidation raised it (I1).");
    }

    @Test
    void keepsWhatIsInsideParenthesesQuotesAndCodeAndAfterAbbreviations() {
        assertThat(Sentences.split("Gemini C1 (the race. It is narrow) was dropped, e.g. Flash. Then `a. B` stays \"x. Y\" whole."))
                .containsExactly("Gemini C1 (the race. It is narrow) was dropped, e.g. Flash.", "Then `a. B` stays \"x. Y\" whole.");
        assertThat(Sentences.split("Version 4.7 ships. the fix. lower-case goes on")).containsExactly("Version 4.7 ships. the fix. lower-case goes on");
    }

    @Test
    void marksTheClausesThatFollowASemicolon() {
        assertThat(Sentences.sentences("A: x → S1; b → S2. C")).extracting(Sentences.Sentence::afterSemicolon)
                .containsExactly(false, true, false);
    }
}
