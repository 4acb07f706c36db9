package dev.reviewstats.internal.flattened;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A flattened table's shapes: each scan reads what the pattern it replaced, kept here, read. */
class TableGrammarTest {
    private static final Pattern RESOLUTION_HEADER = Pattern.compile(
            "^#\\s*Finding\\s*(?<action>Action|Status)\\s*(?<reason>Reason|Notes)?\\s*$");
    private static final Pattern RESOLUTION_ROW = Pattern.compile("^(?<number>\\d{1,3})(?<rest>\\D.*)$");
    private static final Pattern ACTION_SUFFIX = Pattern.compile(
            "(Fixed|Tests? written|Skipped|Commented|Documentation updated|Documented|Deferred|Not addressed|Addressed|Declined|Auto-resolved by [CIS]\\d+)"
                    + "(\\s*\\([^()]*\\))?$");
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Z][\\w.-]*(?: [\\w.()-]+){0,3}");
    private static final Pattern HEADER_LABEL = Pattern.compile("[A-Z][a-z]{1,15}(?![a-z])");
    private static final Pattern LIST_ITEM = Pattern.compile("^[-•*]\\s");
    private static final Pattern COMMIT_LINE = Pattern.compile("^[0-9a-f]{7,40} ");
    private static final Pattern UNKNOWN_LABEL_ROW = Pattern.compile(
            "^(?<label>[A-Z][A-Za-z-]{1,20}(?: [A-Za-z-]{1,20})?) {2,}(?<value>\\S.*)$");
    private static final Pattern UNKNOWN_LABEL_ROW_SPACED = Pattern.compile("^(?<label>[A-Z][A-Za-z-]{1,20}) (?<value>\\S.*)$");
    private static final Pattern UNKNOWN_LABEL = Pattern.compile("^[A-Z][A-Za-z-]{1,20}(?: [A-Za-z-]{1,20}){0,2}$");
    private static final Pattern EARLIER_COMMITS = Pattern.compile("(?<=\\S)…?plus \\d+ earlier");
    private static final Pattern SPACED_SHA = Pattern.compile(" (?=[0-9a-f]{7,40} )");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{3,}.*$");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\|");
    private static final Pattern DASH_RUN = Pattern.compile("-{3,}");
    private static final Pattern GAP = Pattern.compile("\\s{2,}");
    private static final Pattern ANY_LIST_ITEM = Pattern.compile("^[-•*+]\\s");
    private static final Pattern SHORT_SHA = Pattern.compile("(?<=\\S)(?=[0-9a-f]{7} )");

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.of("#", "Finding", "Action", "Status", "Reason", "Notes", " ", "  ", "\t", "\n", "\u2028", "1", "12", "1234", "Important",
                " #1: Title", "Fixed", "Tests written", "Test written", "Documentation updated", "Documented", "Not addressed", "Addressed",
                "Auto-resolved by S2", "Auto-resolved by X", " (in #712)", "(", ")", "Claude", "Opus", "4.6", "(1M)", "Metric", "-", "•", "*",
                "abc1234", "0123456789abcdef0123456789abcdef01234567", "f", "Mode", "Standard", "A", "a".repeat(20), "…", "plus 3 earlier",
                "plus ", " earlier", "x", "é").list().ofMaxSize(9).map(p -> String.join("", p));
    }

    @Property(tries = 40_000)
    void readsEveryCellAsThePatternsDid(@ForAll("cells") String s) {
        Matcher header = RESOLUTION_HEADER.matcher(s);
        assertThat(TableGrammar.resolutionHeader(s)).as(s)
                .isEqualTo(header.matches() ? new TableGrammar.ResolutionHeader(header.group("action"), header.group("reason")) : null);
        Matcher row = RESOLUTION_ROW.matcher(s);
        assertThat(TableGrammar.resolutionRowText(s)).as(s).isEqualTo(row.matches() ? row.start("rest") : -1);
        Matcher action = ACTION_SUFFIX.matcher(s);
        assertThat(TableGrammar.actionSuffix(s)).as(s).isEqualTo(action.find() ? new int[] {action.start(), action.end()} : null);
        assertThat(TableGrammar.isHeaderName(s)).as(s).isEqualTo(HEADER_NAME.matcher(s).matches());
        Matcher label = HEADER_LABEL.matcher(s);
        assertThat(TableGrammar.headerLabelEnd(s)).as(s).isEqualTo(label.lookingAt() ? label.end() : -1);
        assertThat(TableGrammar.isListItem(s)).as(s).isEqualTo(LIST_ITEM.matcher(s).find());
        assertThat(TableGrammar.isCommitLine(s)).as(s).isEqualTo(COMMIT_LINE.matcher(s).find());
        Matcher added = UNKNOWN_LABEL_ROW.matcher(s);
        assertThat(TableGrammar.addedRow(s, false)).as(s)
                .isEqualTo(added.matches() ? new TableGrammar.AddedRow(added.group("label"), added.group("value")) : null);
        Matcher spaced = UNKNOWN_LABEL_ROW_SPACED.matcher(s);
        assertThat(TableGrammar.addedRow(s, true)).as(s)
                .isEqualTo(spaced.matches() ? new TableGrammar.AddedRow(spaced.group("label"), spaced.group("value")) : null);
        assertThat(TableGrammar.isAddedLabel(s)).as(s).isEqualTo(UNKNOWN_LABEL.matcher(s).matches());
        assertThat(TableGrammar.spacedShasOnLines(s)).as(s).isEqualTo(SPACED_SHA.matcher(s).replaceAll("\n"));
        assertThat(TableGrammar.commits(s)).as(s).isEqualTo(EARLIER_COMMITS.matcher(SHORT_SHA.matcher(s).replaceAll("\n")).replaceAll("\n$0"));
        checkRules(s);
    }

    private static void checkRules(String s) {
        assertThat(TableGrammar.isPipeDelimiterRow(s)).as(s).isEqualTo(TABLE_SEPARATOR.matcher(s).matches());
        assertThat(TableGrammar.pipeCells(s)).as(s).isEqualTo(java.util.List.of(CELL_SEPARATOR.split(s, -1)));
        assertThat(TableGrammar.dashRuns(s)).as(s).usingRecursiveComparison()
                .isEqualTo(DASH_RUN.matcher(s).results().map(r -> new int[] {r.start(), r.end()}).toList());
        assertThat(TableGrammar.beforeGap(s)).as(s).isEqualTo(GAP.split(s, 2)[0]);
        assertThat(TableGrammar.isAnyListItem(s)).as(s).isEqualTo(ANY_LIST_ITEM.matcher(s).find());
    }

    @Provide
    Arbitrary<String> rules() {
        return Arbitraries.of("|", ":", "-", "--", "---", "----", " ", "  ", "\t", "\n", "\u2028", "a", "+", "•", "x y").list().ofMaxSize(10)
                .map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void readsRulesAsThePatternsDid(@ForAll("rules") String s) {
        checkRules(s);
    }

    @Example
    void readsTheTablesPagesHold() {
        assertThat(TableGrammar.resolutionHeader("#FindingActionReason")).isEqualTo(new TableGrammar.ResolutionHeader("Action", "Reason"));
        assertThat(TableGrammar.actionSuffix("Important #1: TitleFixed (in #712)")).containsExactly(19, 34);
        assertThat(TableGrammar.addedRow("Mode  Standard", false)).isEqualTo(new TableGrammar.AddedRow("Mode", "Standard"));
        assertThat(TableGrammar.commits("abc1234 Fix the proxydef5678 Add tests…plus 3 earlier"))
                .isEqualTo("abc1234 Fix the proxy\ndef5678 Add tests\n…plus 3 earlier");
        for (int k = 18; k <= 23; k++) {
            readsEveryCellAsThePatternsDid("A" + "b".repeat(k) + "  value");
            readsEveryCellAsThePatternsDid("A" + "b".repeat(k) + " " + "c".repeat(k) + "  value");
            readsEveryCellAsThePatternsDid("Met" + "r".repeat(k - 6) + " Claude");
            readsEveryCellAsThePatternsDid("x " + "a".repeat(2 * k) + " y");
        }
    }
}
