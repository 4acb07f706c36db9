package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Fate;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.LedgerEntry;
import dev.reviewstats.model.Link;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Review;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The finding ledger on hand-written reports of the shapes that were misread: each expected fate below
 * was worked out by reading the report against the gold guide's definitions, not by running the parser.
 */
class LedgerShapesTest {
    private static Review parse(String name) throws IOException {
        try (InputStream in = LedgerShapesTest.class.getResourceAsStream("/spec/" + name)) {
            ParseResult r = ReviewParser.create().parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(r).as(name + ": " + r).isInstanceOf(ParseResult.Parsed.class);
            return ((ParseResult.Parsed) r).review();
        }
    }

    private static List<LedgerEntry> of(Review r, String family, String model) {
        return r.ledgerOf(Agent.of(family, model));
    }

    @Test
    void reviewersSeparatedBySemicolonsAreEveryOneKept() throws IOException {
        Review r = parse("markdown-ledger-newest-era.md");
        assertThat(r.reviewers()).extracting(Agent::displayName, Agent::effort).containsExactly(
                tuple("Claude Opus 5", "xhigh"), tuple("Codex GPT 6 Astra", "high"), tuple("Gemini 3.1 Pro", "default"),
                tuple("Gemini 3.5 Flash", "default"));
    }

    @Test
    void appendixHeadingsOfTheNewestTemplateNameTheirAgentsAndAFencedReviewIsRead() throws IOException {
        Review r = parse("markdown-ledger-newest-era.md");
        // "## Appendix: Per-Agent Reviews", "### [Claude] Opus 5", "### [Codex] — Full Review", a ```markdown review,
        // and "`S1.`" written as code.
        assertThat(r.originalReviews()).extracting(o -> o.agent().displayName(), o -> o.findings().size(), OriginalReview::itemised)
                .containsExactly(tuple("Claude Opus 5", 3, true), tuple("Codex GPT 6 Astra", 3, true),
                        tuple("Gemini 3.1 Pro", 3, true), tuple("Gemini 3.5 Flash", 2, true));
        assertThat(r.originalReviews().get(0).findings()).extracting(f -> f.id()).containsExactly("I1", "I2", "S1");
        assertThat(r.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.MARKUP_REPAIRED && d.line() == 122);
    }

    @Test
    void aBoldReconciliationParagraphIsReadClauseByClauseInEveryWording() throws IOException {
        Review r = parse("markdown-ledger-newest-era.md");
        // Claude: I2 "important → suggestion S1"; I1 and S1 kept under reworded titles (the table says Dropped 0).
        assertThat(of(r, "Claude", "Opus 5")).extracting(LedgerEntry::originalId, LedgerEntry::fate, LedgerEntry::finalId,
                LedgerEntry::link).containsExactly(
                tuple("I1", Fate.KEPT, "I1", Link.MATCHED),
                tuple("I2", Fate.DOWNGRADED, "S1", Link.STATED),
                tuple("S1", Fate.KEPT, "S2", Link.MATCHED));
        // Codex: I1 "→ Acknowledged Limitations, fix folded into S4" is a move; S2 "promoted to I2".
        assertThat(of(r, "Codex", "GPT 6 Astra")).extracting(LedgerEntry::originalId, LedgerEntry::fate, LedgerEntry::finalId)
                .containsExactly(tuple("I1", Fate.MOVED, ""), tuple("S1", Fate.KEPT, "S4"), tuple("S2", Fate.UPGRADED, "I2"));
        // Gemini 3.1 Pro: "critical → merged into I1"; a false positive; "dropped as a standalone finding and
        // folded into the design concern" is a move.
        assertThat(of(r, "Gemini", "3.1 Pro")).extracting(LedgerEntry::originalId, LedgerEntry::fate, LedgerEntry::finalId)
                .containsExactly(tuple("C1", Fate.MERGED, "I1"), tuple("I1", Fate.FALSE_POSITIVE, ""), tuple("S1", Fate.MOVED, ""));
        // Gemini 3.5 Flash, named "Flash" alone: "→ S3, downgraded"; "merged into S2".
        assertThat(of(r, "Gemini", "3.5 Flash")).extracting(LedgerEntry::originalId, LedgerEntry::fate, LedgerEntry::finalId,
                LedgerEntry::evidence).containsExactly(
                tuple("C1", Fate.DOWNGRADED, "S3", JudgementSource.RECONCILIATION),
                tuple("S1", Fate.MERGED, "S2", JudgementSource.RECONCILIATION));
        assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.RECONCILIATION_UNREADABLE
                || d.code() == DiagnosticCode.LEDGER_UNLINKED || d.code() == DiagnosticCode.STATEMENT_UNPLACED);
    }

    @Test
    void everyAppendixFindingHasExactlyOneEntry() throws IOException {
        for (String name : List.of("markdown-ledger-newest-era.md", "markdown-ledger-id-map.md", "markdown-ledger-unreadable-clause.md")) {
            Review r = parse(name);
            long items = r.originalReviews().stream().mapToLong(o -> o.findings().size()).sum();
            assertThat(r.ledger().stream().filter(e -> e.pass() > 0).count()).as(name).isEqualTo(items);
            for (OriginalReview o : r.originalReviews()) {
                assertThat(r.ledgerOf(o.agent()).stream().filter(e -> e.pass() == o.pass()).map(LedgerEntry::originalId))
                        .as(name + " " + o.agent()).containsExactlyElementsOf(o.findings().stream().map(f -> f.id()).toList());
            }
        }
    }

    @Test
    void anAppendixThatMapsIdsToFinalIdsCountsRaisedAndStatesEachFate() throws IOException {
        Review r = parse("markdown-ledger-id-map.md");
        // A list of "I1 → I1" lines, and a table of original and consolidated ids.
        assertThat(of(r, "Claude", "Opus 5")).extracting(LedgerEntry::originalId, LedgerEntry::fate, LedgerEntry::finalId,
                LedgerEntry::evidence).containsExactly(
                tuple("I1", Fate.KEPT, "I1", JudgementSource.ID_MAP),
                tuple("I2", Fate.FALSE_POSITIVE, "", JudgementSource.ID_MAP),
                tuple("S1", Fate.KEPT, "S2", JudgementSource.ID_MAP));
        assertThat(of(r, "Codex", "GPT 6 Astra")).extracting(LedgerEntry::originalId, LedgerEntry::fate, LedgerEntry::finalId)
                .containsExactly(tuple("I1", Fate.KEPT, "I1"), tuple("I2", Fate.DOWNGRADED, "S1"), tuple("S1", Fate.MERGED, "I1"));
        // The table's False positives 1 for Claude is the one the map names, not one more.
        assertThat(r.ledger()).noneMatch(e -> e.evidence() == JudgementSource.RETRO_TABLE);
    }

    @Test
    void aClauseThatCannotBeReadLeavesTheAgentsUnmatchedFindingUnlinkedAndSaysWhere() throws IOException {
        Review r = parse("markdown-ledger-unreadable-clause.md");
        assertThat(of(r, "Gemini", "3.1 Pro")).extracting(LedgerEntry::originalId, LedgerEntry::fate, LedgerEntry::link)
                .containsExactly(tuple("S1", Fate.KEPT, Link.MATCHED), tuple("I2", Fate.UNLINKED, Link.NONE));
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.RECONCILIATION_UNREADABLE);
            assertThat(d.line()).isEqualTo(41);
        }).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.LEDGER_UNLINKED);
            assertThat(d.message()).contains("Gemini 3.1 Pro's I2", "Stale cache key after a redeploy");
            assertThat(d.line()).isEqualTo(59);
        });
        // Claude's findings are read whole: an unreadable clause about Gemini leaves Claude's ledger linked.
        assertThat(of(r, "Claude", "Opus 5")).allMatch(e -> e.fate() == Fate.KEPT);
        assertThat(r.reading().unlinked()).isEqualTo(1);
        assertThat(r.reading().unread()).containsEntry(DiagnosticCode.RECONCILIATION_UNREADABLE, 1)
                .containsEntry(DiagnosticCode.LEDGER_UNLINKED, 1);
        assertThat(r.reading().complete()).isFalse();
    }
}
