package dev.reviewstats.internal.flattened;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A retro cell's grammars: each scan accepts what the pattern it replaced, kept here, accepted. */
class CellGrammarTest {
    private static final String NONE = "—|–|-|n/a|N/A|not recorded|unknown";
    private static final String N = "(?:0|[1-9]\\d*)";
    private static final Pattern DURATION = Pattern.compile(
            "(?:" + NONE + "|\\d+ ?h \\d+ ?m(?:in)? \\d{1,2} ?s|\\d+ ?m(?:in)? \\d{1,2} ?s|\\d+:\\d{2}(?::\\d{2})?|\\d+ ?s)");
    private static final Pattern SEVERITY_COUNTS = Pattern.compile(
            "(?:" + NONE + "|none|0|" + N + "C(?: " + N + "I)?(?: " + N + "S)?|" + N + "I(?: " + N + "S)?|" + N + "S)");
    private static final Pattern COUNT_WITH_NOTE = Pattern.compile("(?:" + NONE + "|(?:0|[1-9]\\d*)(?: \\([^()]*\\))?\\*?)");
    private static final Pattern SECONDS = Pattern.compile("(?:" + NONE + "|0|[1-9]\\d*)");
    private static final Pattern BREAKDOWN_NUMBER = Pattern.compile("(?<![\\w.])(?<n>\\d{1,6})(?![\\w.])");

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.of("0", "1", "12", "01", "1234567", " ", "h", "m", "min", "s", "n", ":", ":30", "C", "I", "S", "(", ")", "*",
                " (Read 20, Grep 11)", "—", "n/a", "none", "unknown", "x", ".", "v1.2", "_").list().ofMaxSize(10).map(p -> String.join("", p));
    }

    @Property(tries = 40_000)
    void acceptsWhatThePatternsAccepted(@ForAll("cells") String cell) {
        assertThat(CellGrammar.DURATION.matches(cell)).as(cell).isEqualTo(DURATION.matcher(cell).matches());
        assertThat(CellGrammar.SEVERITY_COUNTS.matches(cell)).as(cell).isEqualTo(SEVERITY_COUNTS.matcher(cell).matches());
        assertThat(CellGrammar.COUNT_WITH_NOTE.matches(cell)).as(cell).isEqualTo(COUNT_WITH_NOTE.matcher(cell).matches());
        assertThat(CellGrammar.SECONDS.matches(cell)).as(cell).isEqualTo(SECONDS.matcher(cell).matches());
        int sum = BREAKDOWN_NUMBER.matcher("(" + cell).results().mapToInt(r -> Integer.parseInt(r.group(1))).sum();
        assertThat(GluedRow.breakdownFits("999999999 (" + cell)).as(cell).isEqualTo(sum <= 999_999_999);
        assertThat(GluedRow.breakdownFits("30 (" + cell)).as(cell).isEqualTo(sum <= 30);
    }

    @Provide
    Arbitrary<String> durations() {
        return Arbitraries.of("1", "23", "123", " ", "h", "m", "min", "s", ":", "00", "5").list().ofMaxSize(12).map(p -> String.join("", p));
    }

    @Property(tries = 40_000)
    void acceptsTheDurationsThePatternAccepted(@ForAll("durations") String cell) {
        assertThat(CellGrammar.DURATION.matches(cell)).as(cell).isEqualTo(DURATION.matcher(cell).matches());
        assertThat(CellGrammar.SEVERITY_COUNTS.matches(cell)).as(cell).isEqualTo(SEVERITY_COUNTS.matcher(cell).matches());
    }

    @Example
    void acceptsTheTemplatesCells() {
        assertThat(CellGrammar.DURATION.matches("1h 23m 45s")).isTrue();
        assertThat(CellGrammar.DURATION.matches("12min 5s")).isTrue();
        assertThat(CellGrammar.DURATION.matches("12:30:05")).isTrue();
        assertThat(CellGrammar.SEVERITY_COUNTS.matches("2C 11I 13S")).isTrue();
        assertThat(CellGrammar.SEVERITY_COUNTS.matches("1S 2I")).isFalse();
        assertThat(CellGrammar.COUNT_WITH_NOTE.matches("31 (Read 20, Grep 11)")).isTrue();
        assertThat(CellGrammar.SECONDS.matches("012")).isFalse();
        assertThat(GluedRow.breakdownFits("1 (Read 20, Grep 11)")).isFalse();
    }
}
