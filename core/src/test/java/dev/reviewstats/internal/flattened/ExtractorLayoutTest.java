package dev.reviewstats.internal.flattened;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The layout rules that read each extractor's default output: columns, widths, link numbers, split cells. */
class ExtractorLayoutTest {
    private static final Predicate<String> META = LabelledTables::isMetadataLabel;

    @Test
    void aCellCentredOnItsLabelKeepsTheLinesAboveIt() {
        // w3m centres a three-line Commits cell on its label: the first commit stands above "Commits".
        FlatLines lines = new FlatLines(String.join("\n",
                "Branch     settle-in-one-tx",
                "           a1b2c3d ledger: settle transfers in one transaction",
                "Commits    b2c3d4e ledger: take both account locks in a fixed order",
                "           c3d4e5f ledger: test the rollback path",
                "Reviewers  Claude Opus 9 (effort: high), Codex GPT 8 Nova (effort: high),",
                "           Gemini 4 Ultra (effort: default)",
                "Verdict    Merge with fixes"));
        AlignedTable.Read t = AlignedTable.read(lines, 0, 2, META, false).orElseThrow();
        assertThat(t.rows()).extracting(r -> r.get(0)).containsExactly("Branch", "Commits", "Reviewers", "Verdict");
        assertThat(t.rows().get(1).get(1)).startsWith("a1b2c3d").contains("b2c3d4e").endsWith("test the rollback path");
        assertThat(t.rows().get(2).get(1)).endsWith("Gemini 4 Ultra (effort: default)");
    }

    @Test
    void aTableEndsWhereProseRunsAcrossItsLabelColumn() {
        // html2text leaves no blank line between a table and the paragraph under it.
        FlatLines lines = new FlatLines(String.join("\n",
                "                Claude Opus 9   Codex GPT 8",
                "Duration        6m 10s          4m 02s",
                "Unique insights 1               0",
                "Claude found the lock leak first and traced it to the missing deferred unlock."));
        AlignedTable.Read t = AlignedTable.read(lines, 0, Integer.MAX_VALUE, GluedTables::isRetroLabel, true).orElseThrow();
        assertThat(t.header()).containsExactly("", "Claude Opus 9", "Codex GPT 8");
        assertThat(t.rows()).containsExactly(List.of("Duration", "6m 10s", "4m 02s"), List.of("Unique insights", "1", "0"));
        assertThat(t.next()).isEqualTo(3);
    }

    @Test
    void aLineOfProseAboveARetroTableIsNoHeader() {
        FlatLines lines = new FlatLines(String.join("\n",
                "to the known daily-quota issue, and its stderr log is empty of errors.",
                "                    Claude Opus 9       Codex GPT 8",
                "Duration            6m 57s              3m 46s",
                "Files reviewed      6                   6"));
        assertThat(AlignedTable.read(lines, 0, Integer.MAX_VALUE, GluedTables::isRetroLabel, true)).isEmpty();
        assertThat(AlignedTable.read(lines, 1, Integer.MAX_VALUE, GluedTables::isRetroLabel, true)).isPresent();
    }

    @Test
    void columnsLaidOutByUtf8BytesAreReadAsTheExtractorLaidThemOut() {
        // "—" took three columns where html2text set the table; the next cell starts after them.
        FlatLines lines = new FlatLines(String.join("\n",
                "                Claude          Codex",
                "Duration        —             4m 02s",
                "Files reviewed  6               6"));
        AlignedTable.Read t = AlignedTable.read(lines, 0, Integer.MAX_VALUE, GluedTables::isRetroLabel, true).orElseThrow();
        assertThat(t.rows().get(0)).containsExactly("Duration", "—", "4m 02s");
    }

    @Test
    void lynxLinkNumbersAndReferencesAreSetAsideAndSaidSo() {
        ExtractorArtifacts.Cleaned c = ExtractorArtifacts.clean(String.join("\n",
                "Executive Summary [5]¶", "   PR [3]#316 — title", "", "References", "", "   1. https://example.org/", "   2. https://example.org/a"));
        assertThat(c.text()).startsWith("Executive Summary ¶\n   PR #316 — title").doesNotContain("https://");
        assertThat(c.layout()).contains("[5]").contains("[3]");
        assertThat(c.notes()).singleElement().satisfies(d -> assertThat(d.message()).contains("link numbers"));
    }

    @Test
    void textThatMerelyBracketsNumbersKeepsThem() {
        ExtractorArtifacts.Cleaned c = ExtractorArtifacts.clean("see [1] and [2]\nno reference list here");
        assertThat(c.text()).isEqualTo("see [1] and [2]\nno reference list here");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void utf8ReadAsLatin1IsRepairedAndKeepsItsColumns() {
        String mojibake = new String("Downgraded  1 (I→S)  0".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        ExtractorArtifacts.Cleaned c = ExtractorArtifacts.clean(mojibake);
        assertThat(c.text()).startsWith("Downgraded  1 (I→S)").endsWith("0");
        // The arrow's three bytes, written as six, took six columns: the next cell stays where it was.
        assertThat(c.text().indexOf('0', 15)).isEqualTo(mojibake.indexOf('0', 15) + 3);
    }

    @Test
    void aLineBrokenAtTheExtractorsWidthCarriesOn() {
        StringBuilder page = new StringBuilder();
        for (int k = 0; k < 30; k++) {
            page.append("   a line of running text that fills the width to about seventy-six col\n");
        }
        page.append("   Reviewers Claude Opus 9 (effort: high), Codex GPT 8 Nova (effort:\n");
        page.append("   high)\n");
        page.append("   Verdict Merge\n");
        page.append("   Branch main\n");
        FlatLines lines = new FlatLines(page.toString());
        assertThat(lines.continuesByWidth(31)).isTrue();
        assertThat(lines.continuesByWidth(33)).isFalse();
    }

    @Test
    void aGluedRowThatSplitsSeveralWaysLeavesTheDisputedCellsUnknown() {
        GluedRow.Split s = GluedRow.split("Tool calls", "31 (Read 20, Grep 11)1218", 3, cells -> cells.stream().allMatch(GluedRow::breakdownFits));
        assertThat(s.ambiguous()).isTrue();
        assertThat(s.cells()).containsExactly("31 (Read 20, Grep 11)", "", "");
    }

    @Test
    void severityCountsSplitOnlyInTheTemplatesOrder() {
        // "1I 7S 3I 1S 1S" over three agents: only 1I 7S | 3I 1S | 1S keeps critical, important, suggestion in order.
        GluedRow.Split s = GluedRow.split("Findings", "1I 7S 3I 1S 1S", 3, cells -> true);
        assertThat(s.cells()).containsExactly("1I 7S", "3I 1S", "1S");
    }

    @Test
    void familyNamesRunTogetherAreSplitAtTheEndOfATitle() {
        Attributions a = new Attributions();
        assertThat(a.trailing("Missing translation keys  CodexGemini")).hasValueSatisfying(n -> {
            assertThat(n.text()).isEqualTo("Missing translation keys");
            assertThat(n.agents()).containsExactly("Codex", "Gemini");
        });
    }

    @Test
    void theReviewersRowIsTheDictionaryForModelsNoListKnows() {
        Attributions a = new Attributions();
        a.learn("Claude Opus 9 Codex GPT 8 Nova Gemini 4 Ultra");
        assertThat(a.names()).contains("Claude Opus 9", "Codex GPT 8 Nova", "Gemini 4 Ultra");
        assertThat(a.trailing("Rollback leaks the lock Claude Opus 9Codex GPT 8 Nova")).hasValueSatisfying(n ->
                assertThat(n.agents()).containsExactly("Claude Opus 9", "Codex GPT 8 Nova"));
    }
}
