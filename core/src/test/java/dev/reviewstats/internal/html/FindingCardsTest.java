package dev.reviewstats.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A finding card's small grammars: each scan reads what the pattern it replaced read, and the patterns are kept here for that. */
class FindingCardsTest {
    private static final Pattern LINE_FRAGMENT = Pattern.compile("#L(?<start>\\d+)(?:-L(?<end>\\d+))?$");
    private static final Pattern LEADING_COMMA = Pattern.compile("^,\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("[—–,\\s]");
    private static final Pattern TRAILING_TAG = Pattern.compile("^[—–-]\\s*(?<tags>[a-z][a-z ,\\-]*)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?<number>(?:[CIS])?\\d{1,6}\\.)\\s+");
    private static final Pattern CODE_LOCATION = Pattern.compile("^[\\w@.~/\\-]+\\.[A-Za-z0-9]{1,6}:\\d+(?:\\s*[-–]\\s*\\d+)?$");
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("^[CIS]\\d{1,6}$");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s+\\*\\((?<note>[^()]{1,80})\\)\\*$");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("#L", "#L12", "-L", "-L30", "12", "1234567", "I", "C", "S", "X", ".", ",", ", ", " ", "  ", "\t", "\n",
                "\r\n", "\r", "\u2028", "\u0085", "—", "–", "-", "a", "important", "regression, gap", "Z", "*(", ")*", "(", ")",
                "deferred to upstream", "x".repeat(79), "retry.go", "proxy/retry.go:31", "a.toolong:3", "@", "~", "é", ":")
                .list().ofMaxSize(10).map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void readsAsThePatternsDid(@ForAll("texts") String s) {
        Matcher fragment = LINE_FRAGMENT.matcher(s);
        String lines = fragment.find()
                ? fragment.group("end") == null ? fragment.group("start") : fragment.group("start") + "-" + fragment.group("end") : "";
        assertThat(FindingCards.lineFragment(s)).as(s).isEqualTo(lines);
        assertThat(FindingCards.withoutLeadingComma(s)).as(s).isEqualTo(LEADING_COMMA.matcher(s).replaceAll(""));
        assertThat(FindingCards.textBesideSeparators(s)).as(s).isEqualTo(SEPARATORS.matcher(s).replaceAll("").length());
        Matcher tag = TRAILING_TAG.matcher(s);
        assertThat(FindingCards.trailingTags(s)).as(s).isEqualTo(tag.matches() ? tag.group("tags") : null);
        Matcher number = LEADING_NUMBER.matcher(s);
        int numberEnd = FindingCards.leadingNumber(s);
        assertThat(numberEnd).as(s).isEqualTo(number.find() ? number.end() : -1);
        if (numberEnd > 0) {
            assertThat(s.substring(0, s.indexOf('.') + 1)).isEqualTo(number.group("number"));
        }
        assertThat(FindingCards.isFileWithLines(s)).as(s).isEqualTo(CODE_LOCATION.matcher(s).matches());
        assertThat(FindingCards.isFindingId(s)).as(s).isEqualTo(ID_ATTRIBUTE.matcher(s).matches());
        Matcher note = TRAILING_NOTE.matcher(s);
        int[] scanned = FindingCards.trailingNote(s);
        if (note.find()) {
            assertThat(scanned).as(s).containsExactly(note.start(), note.start("note"), note.end("note"));
        } else {
            assertThat(scanned).as(s).isNull();
        }
    }

    @Example
    void readsTheShapesPagesWrite() {
        assertThat(FindingCards.lineFragment("https://github.com/o/r/blob/abc/proxy/retry.go#L448-L473")).isEqualTo("448-473");
        assertThat(FindingCards.lineFragment("retry.go#L12")).isEqualTo("12");
        assertThat(FindingCards.lineFragment("retry.go#L12x")).isEmpty();
        assertThat(FindingCards.trailingTags("— important, regression")).isEqualTo("important, regression");
        assertThat(FindingCards.trailingTags("— Important")).isNull();
        assertThat(FindingCards.isFileWithLines("proxy/retry.go:31 – 44")).isTrue();
        assertThat(FindingCards.isFileWithLines("proxy/retry.go")).isFalse();
        assertThat(FindingCards.trailingNote("Title  *(deferred to upstream)*")).containsExactly(5, 9, 29);
        assertThat(FindingCards.leadingNumber("I12. Title")).isEqualTo(5);
        assertThat(FindingCards.isFindingId("S1234567")).isFalse();
    }
}
