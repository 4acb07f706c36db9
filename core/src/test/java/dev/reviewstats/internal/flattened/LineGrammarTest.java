package dev.reviewstats.internal.flattened;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.outline.Inline;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A flattened line's shapes: each scan reads what the pattern it replaced, kept here, read. */
class LineGrammarTest {
    private static final Pattern AGENT_HEADING = Pattern.compile("^\\[?(?<family>[A-Z][a-z]+)\\]?(?:\\s*[—–-]\\s+(?<rest>.*))?$");
    private static final Pattern FINDING_LINE = Pattern.compile("^(?<number>[CIS]\\d{1,6}|\\d{1,6})\\.\\s+(?<title>.+)$");
    private static final Pattern FINDING_ID_LINE = Pattern.compile("^[CIS]\\d{1,6}\\.\\s.*");
    private static final Pattern TITLE_DASH = Pattern.compile("\\s+[—–]\\s+");
    private static final Pattern FIX_LINE = Pattern.compile("^(?:Suggested\\s+)?Fix:\\s");
    private static final Pattern BULLET = Pattern.compile("^[-•*]\\s+\\S");
    private static final Pattern BULLET_MARK = Pattern.compile("^[-•*]\\s+");
    private static final Pattern LEADING_LOCATION = Pattern.compile("^(?<location>[\\w./-]+\\.\\w+(?::\\d+(?:-\\d+)?)?)\\s+");
    private static final Pattern STRIKE_OPEN = Pattern.compile("\\[(?:S|DEL):");
    private static final Pattern STRIKE_CLOSE = Pattern.compile(":(?:S|DEL)\\]");
    private static final Pattern TRAILING_LOCATIONS = Pattern.compile(
            "\\s+[—–]\\s+(?<locations>[\\w./-]+\\.\\w+(?::[\\d,-]+)?(?:,\\s*[\\w./-]+\\.\\w+(?::[\\d,-]+)?)*)$");
    private static final Pattern LOCATION_SEPARATOR = Pattern.compile(",\\s*");
    private static final Pattern TRAILING_TAGS = Pattern.compile("\\((?<tags>[^()]{1,80})\\)$");
    private static final Pattern TAGS_END = Pattern.compile("^[^()]*\\)\\s*$");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"'()\\[\\]]+");
    private static final Pattern NO_FIGURE = Pattern.compile("[—–-]|n/a|N/A|none");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern STARRED_HEADING = Pattern.compile("^\\*{3,}\\s+(?<title>.{1,200}?)\\s+\\*{3,}$");
    private static final Pattern STRUCK_LYNX = Pattern.compile("\\[DEL:\\s*(?<text>[^\\]]{1,400}?)\\s*:DEL\\]");
    private static final Pattern STRUCK_W3M = Pattern.compile("\\[S:(?<text>[^\\]]{1,400}?):S\\]");
    private static final Pattern RULE = Pattern.compile("^(?=.*[=\\-_*─━═]{3})[=\\-_*─━═ ]{10,}$");
    private static final Pattern DASHED_ID = Pattern.compile("(?<severity>[CIS])-(?<number>\\d{1,6})\\.?\\s+(?=\\S)");
    private static final Pattern MARKER = Pattern.compile("^(?:(?<number>\\d{1,3})\\.|[-•*])\\s+");
    private static final Pattern SCOPED = Pattern.compile(
            "^(?<title>.{3,400}?)\\s+\\((?<scope>in-scope|future|out-of-scope|follow-up|pre-existing)\\)\\s*[:.]?\\s*(?<text>.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+");
    private static final Pattern LOCATION_TAIL = Pattern.compile("\\s+[—–]\\s+(?=[\\w@.~\\-]*(?:/|\\.[A-Za-z0-9]{1,6}:\\d))");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S {2,}\\S");
    private static final Pattern PROSE_LINE = Pattern.compile("\\S+(?: \\S+){3,}");

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.of("[", "]", "Claude", "Gemini", "GPT", "x", " ", "  ", "\t", "\n", "\r", "\u2028", "—", "–", "-", ":", ".", ",",
                ", ", "I1", "S12", "2", "1234567", ". ", "Title", "Suggested", "Fix:", "•", "*", "pkg/app.go", "app.go:43-75", "wsl.ts:793",
                "a.ts:1,3-4", "b/c.go", "a-b.x", "[S:", ":S]", "[DEL:", ":DEL]", "(", ")", "(important, gap)", "http://", "https://",
                "github.com/o/r/pull/1", "<", "'", "n/a", "none", "é", "_", "x".repeat(79), "x".repeat(80)).list().ofMaxSize(10).map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void readsEveryLineAsThePatternsDid(@ForAll("lines") String s) {
        Matcher agent = AGENT_HEADING.matcher(s);
        LineGrammar.AgentHeading heading = LineGrammar.agentHeading(s);
        assertThat(heading).as(s).isEqualTo(agent.matches() ? new LineGrammar.AgentHeading(agent.group("family"), agent.group("rest")) : null);
        Matcher finding = FINDING_LINE.matcher(s);
        LineGrammar.FindingLine line = LineGrammar.findingLine(s);
        assertThat(line).as(s).isEqualTo(finding.matches() ? new LineGrammar.FindingLine(finding.group("number"), finding.start("title")) : null);
        assertThat(LineGrammar.isFindingIdLine(s)).as(s).isEqualTo(FINDING_ID_LINE.matcher(s).matches());
        String[] split = TITLE_DASH.split(s, 2);
        int[] dash = Inline.spacedDash(s);
        assertThat(dash == null ? new String[] {s} : new String[] {s.substring(0, dash[0]), s.substring(dash[1])}).as(s).isEqualTo(split);
        assertThat(LineGrammar.isFixLine(s)).as(s).isEqualTo(FIX_LINE.matcher(s).find());
        int bullet = LineGrammar.bulletText(s);
        assertThat(bullet > 0).as(s).isEqualTo(BULLET.matcher(s).find());
        if (bullet > 0) {
            assertThat(s.substring(bullet)).isEqualTo(BULLET_MARK.matcher(s).replaceFirst(""));
        }
        Matcher leading = LEADING_LOCATION.matcher(s);
        assertThat(LineGrammar.leadingLocation(s)).as(s)
                .isEqualTo(leading.find() ? new LineGrammar.Located(leading.group("location"), leading.end()) : null);
        assertThat(LineGrammar.opensStrike(s)).as(s).isEqualTo(STRIKE_OPEN.matcher(s).find());
        assertThat(LineGrammar.closesStrike(s)).as(s).isEqualTo(STRIKE_CLOSE.matcher(s).find());
        Matcher tail = TRAILING_LOCATIONS.matcher(s);
        int[] locations = LineGrammar.trailingLocations(s);
        if (tail.find()) {
            assertThat(locations).as(s).containsExactly(tail.start(), tail.start("locations"), tail.end("locations"));
            assertThat(LineGrammar.locations(tail.group("locations").strip())).as(s)
                    .isEqualTo(List.of(LOCATION_SEPARATOR.split(tail.group("locations").strip())));
        } else {
            assertThat(locations).as(s).isNull();
        }
        assertThat(LineGrammar.locations(s)).as(s).isEqualTo(List.of(LOCATION_SEPARATOR.split(s)));
        Matcher tags = TRAILING_TAGS.matcher(s);
        int[] trailing = LineGrammar.trailingTags(s);
        if (tags.find()) {
            assertThat(trailing).as(s).containsExactly(tags.start(), tags.start("tags"), tags.end("tags"));
        } else {
            assertThat(trailing).as(s).isNull();
        }
        assertThat(LineGrammar.closesTags(s)).as(s).isEqualTo(TAGS_END.matcher(s).matches());
        assertThat(LineGrammar.webAddresses(s, 1000)).as(s).isEqualTo(WEB_ADDRESS.matcher(s).results().map(r -> r.group()).toList());
        assertThat(LineGrammar.isNoFigure(s)).as(s).isEqualTo(NO_FIGURE.matcher(s).matches());
        assertThat(LineGrammar.firstWord(s)).as(s).isEqualTo(SPACE.split(s, 2)[0]);
        checkPageShapes(s);
    }

    private static void checkPageShapes(String s) {
        Matcher starred = STARRED_HEADING.matcher(s);
        assertThat(LineGrammar.starredHeading(s)).as(s).isEqualTo(starred.matches() ? starred.group("title") : null);
        assertThat(LineGrammar.unstrike(s)).as(s)
                .isEqualTo(STRUCK_LYNX.matcher(STRUCK_W3M.matcher(s).replaceAll("~~${text}~~")).replaceAll("~~${text}~~"));
        assertThat(LineGrammar.isRule(s)).as(s).isEqualTo(RULE.matcher(s).matches());
        Matcher badge = DASHED_ID.matcher(s);
        assertThat(LineGrammar.dashedId(s)).as(s)
                .isEqualTo(badge.lookingAt() ? new LineGrammar.DashedId(badge.group("severity") + badge.group("number"), badge.end()) : null);
        assertThat(LineGrammar.isProseLine(s)).as(s).isEqualTo(PROSE_LINE.matcher(s).matches());
        checkItemShapes(s);
    }

    private static void checkItemShapes(String s) {
        Matcher marker = MARKER.matcher(s);
        assertThat(LineGrammar.marker(s)).as(s).isEqualTo(marker.find() ? new LineGrammar.Marker(marker.group("number"), marker.end()) : null);
        Matcher scoped = SCOPED.matcher(s);
        assertThat(LineGrammar.scoped(s)).as(s).isEqualTo(scoped.matches()
                ? new LineGrammar.Scoped(scoped.group("title"), scoped.group("scope"), scoped.group("text")) : null);
        String[] sentence = SENTENCE_END.split(s, 2);
        int[] stop = LineGrammar.sentenceEnd(s);
        assertThat(stop == null ? new String[] {s} : new String[] {s.substring(0, stop[0]), s.substring(stop[1])}).as(s).isEqualTo(sentence);
        int tail = LineGrammar.locationTail(s);
        assertThat(tail < 0 ? s : s.substring(0, tail)).as(s).isEqualTo(LOCATION_TAIL.split(s, 2)[0]);
        assertThat(LineGrammar.hasColumnGap(s)).as(s).isEqualTo(COLUMN_GAP.matcher(s).find());
    }

    @Provide
    Arbitrary<String> items() {
        return Arbitraries.of("1.", "12.", "1234.", "-", "•", "*", " ", "  ", "\t", "\n", "Ti", "Title", "(future)", "(in-scope)", "(other)",
                "(", ")", ":", ".", ". ", "text", " — ", " – ", "pkg/app/x.go:170-182", "x.go:1", ".go:1", "x.toolong:1", "a-b", "@", "~", "Claude",
                "x".repeat(398)).list().ofMaxSize(9).map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void readsItemsAsThePatternsDid(@ForAll("items") String s) {
        checkItemShapes(s);
    }

    @Provide
    Arbitrary<String> pageLines() {
        return Arbitraries.of("***", "****", "*", " ", "  ", "\t", "\n", "Deep Review", "x", "[S:", ":S]", "[DEL:", ":DEL]", " :DEL]", "]", "[",
                "Gemini 3.1 Pro", "=", "-", "─", "═══", "_", "C-1", "I-12", ".", "S-1234567", "a b", "$1", "\\", "x".repeat(199), "é")
                .list().ofMaxSize(10).map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void readsPageShapesAsThePatternsDid(@ForAll("pageLines") String s) {
        checkPageShapes(s);
    }

    @Example
    void pageShapesAreReadToTheirBounds() {
        for (int k = 196; k <= 204; k++) {
            checkPageShapes("*** " + "t".repeat(k) + " ***");
            checkPageShapes("[S:" + "t".repeat(2 * k) + ":S] [DEL: " + "t".repeat(2 * k + 1) + " :DEL]");
        }
        for (int k = 1; k <= 5; k++) {
            checkPageShapes("***" + " ".repeat(k) + "***");
            checkPageShapes("***" + " ".repeat(k) + "\n ***");
        }
        for (int k = 7; k <= 12; k++) {
            checkPageShapes("=".repeat(k));
            checkPageShapes("= ".repeat(k));
        }
    }

    @Provide
    Arbitrary<String> attributions() {
        return Arbitraries.of("Claude", " ", " — ", " – ", "wsl.ts:793", "a.ts:1,", "2", ",", ", ", ",  ", "b.go", "x.y.z", "-", "a/b-c.ts",
                ":3-4", "\n", "\r\n", "é").list().ofMaxSize(9).map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void readsAttributionsAsThePatternsDid(@ForAll("attributions") String s) {
        readsEveryLineAsThePatternsDid(s);
    }

    @Example
    void tagGroupsAreReadToTheirBound() {
        for (int k = 76; k <= 84; k++) {
            readsEveryLineAsThePatternsDid("3. Title Claude (" + "x".repeat(k) + ")");
        }
    }

    @Example
    void readsTheLinesPagesHold() {
        assertThat(LineGrammar.agentHeading("[Claude] — the agent's notes")).isEqualTo(new LineGrammar.AgentHeading("Claude", "the agent's notes"));
        assertThat(LineGrammar.findingLine("I1. Title Claude").title("I1. Title Claude")).isEqualTo("Title Claude");
        assertThat(LineGrammar.trailingLocations("Claude Opus 4.6 — wsl.ts:793, settingsValidator.ts:700")).containsExactly(15, 18, 54);
        assertThat(LineGrammar.locations("wsl.ts:793, settingsValidator.ts:700")).containsExactly("wsl.ts:793", "settingsValidator.ts:700");
        assertThat(LineGrammar.leadingLocation("pkg/app/app.go:43-75 Claude")).isEqualTo(new LineGrammar.Located("pkg/app/app.go:43-75", 21));
        assertThat(LineGrammar.webAddresses("see https://github.com/o/r/pull/1) and http://x", 1)).containsExactly("https://github.com/o/r/pull/1");
    }
}
