package dev.reviewstats.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The title words a trail compares are the runs of Unicode letters and numbers, as the regex that read them said. */
class FindingTrailWordsProperties {
    /** The rule as a regex split, kept here as the oracle the scan must equal. */
    private static Set<String> oracle(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    @Property(tries = 2_000)
    void wordsAreTheRegexsWordsForAnyText(@ForAll @StringLength(max = 60) String text) {
        assertThat(FindingTrail.words(text)).isEqualTo(oracle(text));
    }

    @Test
    void lettersAndNumbersOfEveryScriptMakeWordsAndShortRunsDoNot() {
        // "Ⅻ" is one number char and "at", "x9", "id", "42" are short: no words. Mathematical letters are two chars each.
        String title = "Ⅻ-retry² loop: über 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 at x9, id_42 ⅫⅫⅫ";
        assertThat(FindingTrail.words(title)).isEqualTo(oracle(title))
                .containsExactlyInAnyOrder("retry²", "loop", "über", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢".toLowerCase(Locale.ROOT), "ⅻⅻⅻ");
    }
}
