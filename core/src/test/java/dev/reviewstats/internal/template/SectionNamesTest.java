package dev.reviewstats.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.outline.Inline;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Section titles: each scan reads a title as the pattern it replaced, kept here, read it. */
class SectionNamesTest {
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+[.)]\\s+");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s+\\([^()]{1,120}\\)$");
    private static final Pattern TRAILING_NOISE = Pattern.compile("[\\s:¶#]+$");
    private static final Pattern REVIEW_TITLE = Pattern.compile(
            "(?i)^(?:deep\\s+(?:code\\s+)?review|code\\s+review|review)\\b\\s*[:—–-]?\\s*(?<rest>.*)$");
    private static final Pattern SAYS_NONE = Pattern.compile("(?i)^(?:none|nothing|n/a|no\\b.{0,60})[.!]?$");

    @Provide
    Arbitrary<String> titles() {
        return Arbitraries.of("1", "12", ".", ")", " ", "  ", "\t", "\n", "\u2028", "Deep", "deep", "Code", "code", "Review", "REVIEW", "reviewer",
                ":", "—", "-", "PR #238", "(as raised)", "(", ")", "¶", "#", "None", "nothing", "N/A", "No", "no", "!", "x".repeat(30), "é", "_")
                .list().ofMaxSize(9).map(p -> String.join("", p));
    }

    @Property(tries = 40_000)
    void readsTitlesAsThePatternsDid(@ForAll("titles") String t) {
        Matcher n = LEADING_NUMBER.matcher(t);
        assertThat(SectionNames.leadingNumberEnd(t)).as(t).isEqualTo(n.find() ? n.end() : 0);
        assertThat(SectionNames.withoutTrailingNote(t)).as(t).isEqualTo(TRAILING_NOTE.matcher(t).replaceFirst(""));
        assertThat(Inline.trimEdges(t, c -> false, c -> CharClass.isSpace((char) c) || c == ':' || c == '¶' || c == '#')).as(t)
                .isEqualTo(TRAILING_NOISE.matcher(t).replaceFirst(""));
        Matcher r = REVIEW_TITLE.matcher(t);
        assertThat(SectionNames.reviewTitleRest(t)).as(t).isEqualTo(r.matches() ? r.group("rest") : null);
        assertThat(SectionNames.saysNone(t)).as(t).isEqualTo(SAYS_NONE.matcher(t).matches());
    }

    @Example
    void readsTheTitlesReportsWrite() {
        assertThat(SectionNames.reviewTitleRest("Deep Code Review — 20260412-101500-pr-238")).isEqualTo("20260412-101500-pr-238");
        assertThat(SectionNames.reviewTitleRest("Reviewers")).isNull();
        assertThat(SectionNames.saysNone("No suggestions.")).isTrue();
        assertThat(SectionNames.saysNone("Nothing blocks the merge, but the retry loop in the proxy never stops and leaks a goroutine.")).isFalse();
        assertThat(SectionNames.normalize("2) Important Issues (as raised; consolidated to S2) ¶")).isEqualTo("important issues");
        for (int k = 58; k <= 63; k++) {
            readsTitlesAsThePatternsDid("No " + "x".repeat(k - 1) + ".");
            readsTitlesAsThePatternsDid("Findings (" + "y".repeat(k + 60) + ")");
        }
    }
}
