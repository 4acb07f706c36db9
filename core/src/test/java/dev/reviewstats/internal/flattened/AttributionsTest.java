package dev.reviewstats.internal.flattened;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.outline.CharClass;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Agent names in flattened text: each scan reads what the pattern it replaced, kept here, read. */
class AttributionsTest {
    private static final Pattern AGENT_NAME = Pattern.compile("^[A-Z][\\w.\\-]*(?:\\s+[\\w.\\-]+){0,4}[,;]?$");
    private static final Pattern DASHED_TAGS = Pattern.compile("\\s+[—–]\\s+(?<tags>[a-z][a-z ,/-]{1,80})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EFFORT = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("Claude", "Codex", "Gemini", "Qwen", "Qwen3", "GPT", "5.4", "Opus", " ", "  ", "\t", "\n", "\r\n", "\u2028", ",", ";",
                "(effort: high)", "(", ")", " — ", " – ", "important, regression", "gap/x", "-", "a", "A", "é", "_", "x".repeat(79))
                .list().ofMaxSize(9).map(p -> String.join("", p));
    }

    @Property(tries = 40_000)
    void readsNamesAsThePatternsDid(@ForAll("names") String s) {
        assertThat(Attributions.isAgentName(s)).as(s).isEqualTo(AGENT_NAME.matcher(s).matches());
        Matcher d = DASHED_TAGS.matcher(s);
        assertThat(Attributions.dashedTags(s)).as(s).isEqualTo(d.find() ? new int[] {d.start(), d.start("tags"), d.end("tags")} : null);
        assertThat(CharClass.splitAtSpaces(s)).as(s).isEqualTo(SPACES.split(s));
        assertThat(Attributions.withoutEffort(s)).as(s).isEqualTo(EFFORT.matcher(s).replaceAll(""));
        assertThat(Attributions.atCommasAndSemicolons(s)).as(s).isEqualTo(List.of(s.split("[,;]")));
    }

    @Property(tries = 20_000)
    void splitsGluedNamesWhereTheFamilyPatternFoundThem(@ForAll("names") String line) {
        Attributions agents = new Attributions();
        agents.learn("Qwen3 Coder, Claude Opus 4.6");
        List<String> families = List.of("Claude", "Codex", "Gemini", "Qwen", "Gemma", "GLM", "Qwen3");
        Pattern familyPattern = Pattern.compile("(?:" + families.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![a-z])");
        List<Integer> starts = familyPattern.matcher(line).results().map(r -> r.start()).toList();
        List<String> expected = new java.util.ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            expected.add(line.substring(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : line.length()).strip());
        }
        assertThat(agents.gluedNames(line)).as(line).isEqualTo(expected);
    }

    @Example
    void readsTheNamesPagesHold() {
        Attributions agents = new Attributions();
        assertThat(agents.gluedNames("Claude Opus 4.6Codex GPT 5.4Gemini 3.1 Pro")).containsExactly("Claude Opus 4.6", "Codex GPT 5.4", "Gemini 3.1 Pro");
        assertThat(Attributions.withoutEffort("Codex GPT 5.4 (effort: high) ")).isEqualTo("Codex GPT 5.4");
        assertThat(Attributions.isAgentName("Claude Opus 4.6,")).isTrue();
        assertThat(Attributions.isAgentName("Claude Opus 4 6 7 8")).isFalse();
        assertThat(Attributions.isAgentName("Claude Opus 4.6 Max Pro;")).isTrue();
        assertThat(Attributions.dashedTags("Codex Gemini — important, regression")).containsExactly(12, 15, 36);
    }
}
