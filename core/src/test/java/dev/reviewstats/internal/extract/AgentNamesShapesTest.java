package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An agent name's shapes: each scan reads what the pattern it replaced, kept here, read. */
class AgentNamesShapesTest {
    private static final Pattern EFFORT = Pattern.compile("(?i)\\(\\s*effort\\s*:\\s*(?<effort>[^)]*)\\)");
    private static final Pattern EFFORT_WORD = Pattern.compile("[\\w.+-]{1,40}");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern MODEL = Pattern.compile("^[A-Za-z0-9][\\w.\\-]*(?:\\s+[\\w.\\-]+){0,3}$");
    private static final Pattern LEADING_NON_LETTERS = Pattern.compile("^[^\\p{L}]+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&|/|\\+)\\s*");

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("Claude", "Opus", "4.6", "GPT-5.4", "mini", " ", "  ", "\t", "\n", "(", ")", "(effort: xhigh)", "(EFFORT:high — dropped)",
                "effort", ":", ",", "and", "band", "&", "/", "+", "[", "]", "1", "é", "\uD835\uDC00", "_", "x".repeat(41), "~~")
                .list().ofMaxSize(9).map(p -> String.join("", p));
    }

    @Property(tries = 40_000)
    void readsNamesAsThePatternsDid(@ForAll("names") String s) {
        Matcher e = EFFORT.matcher(s);
        int[] effort = AgentNames.effortNote(s);
        if (e.find()) {
            assertThat(effort).as(s).isNotNull();
            assertThat(new int[] {effort[0], effort[3]}).as(s).containsExactly(e.start(), e.end());
            assertThat(s.substring(effort[1], effort[2])).as(s).isEqualTo(e.group("effort"));
        } else {
            assertThat(effort).as(s).isNull();
        }
        Matcher w = EFFORT_WORD.matcher(s);
        assertThat(AgentNames.effortWord(s)).as(s).isEqualTo(w.lookingAt() ? w.group() : "");
        assertThat(AgentNames.withoutParentheses(s)).as(s).isEqualTo(PARENTHESISED.matcher(s).replaceAll(""));
        assertThat(AgentNames.isModel(s)).as(s).isEqualTo(MODEL.matcher(s).matches());
        assertThat(AgentNames.fromFirstLetter(s)).as(s).isEqualTo(LEADING_NON_LETTERS.matcher(s).replaceFirst(""));
        assertThat(AgentNames.listParts(s)).as(s).isEqualTo(List.of(LIST_SEPARATOR.split(s)));
    }

    @Example
    void readsTheNamesReportsWrite() {
        assertThat(AgentNames.listParts("Claude Opus 4.6, Codex GPT 5.4 and Gemini")).containsExactly("Claude Opus 4.6", "Codex GPT 5.4", "Gemini");
        assertThat(AgentNames.effortWord("xhigh — dropped")).isEqualTo("xhigh");
        assertThat(AgentNames.isModel("Opus 4.6 1M extra more")).isFalse();
        assertThat(AgentNames.isModel("Opus 4.6 1M extra")).isTrue();
    }
}
