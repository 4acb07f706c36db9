package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Fate;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.LedgerEntry;
import dev.reviewstats.model.Link;
import dev.reviewstats.model.Location;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The finding ledger on small hand-built reviews: repeats, stated fates, matches, merges and what vanished. */
class FindingLedgerTest {
    private static final Agent CLAUDE = Agent.of("Claude", "Opus 4.7");
    private static final Agent CODEX = Agent.of("Codex", "GPT 5.5");

    private static Finding finding(String id, Severity s, String title, String path, int line, Agent... agents) {
        return new Finding(id, s, title, List.of(new Location(path, line, line)), List.of(agents), List.of(), "", "", List.of(), false, 0);
    }

    private static final List<Finding> CONSOLIDATED = List.of(
            finding("I1", Severity.IMPORTANT, "Retry loop never backs off", "pkg/retry/loop.go", 10, CODEX, CLAUDE),
            finding("S1", Severity.SUGGESTION, "Cache key ignores the request locale", "pkg/cache/key.go", 8, CODEX));

    private static List<LedgerEntry> build(List<OriginalReview> originals, List<Judgement> statements, boolean reconciled) {
        return FindingLedger.build(new FindingLedger.Inputs(List.of(CLAUDE, CODEX), originals, CONSOLIDATED, statements, List.of(),
                reconciled, true, Set.of()), new ParseContext(10));
    }

    private static LedgerEntry entry(List<LedgerEntry> ledger, Agent agent, int pass, String id) {
        return ledger.stream().filter(e -> e.agent().equals(agent) && e.pass() == pass && e.originalId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + agent + " pass " + pass + " " + id + " in " + ledger));
    }

    @Test
    void eachOwnFindingGetsOneFateStatedMatchedOrRepeated() {
        OriginalReview codex1 = new OriginalReview(CODEX, 1, List.of(
                finding("I1", Severity.IMPORTANT, "Retry loop never backs off", "pkg/retry/loop.go", 10, CODEX),
                finding("I2", Severity.IMPORTANT, "Cache key ignores the request locale", "pkg/cache/key.go", 8, CODEX),
                finding("I3", Severity.IMPORTANT, "Logger is not flushed on exit", "cmd/main.go", 40, CODEX)), 50, true);
        OriginalReview codex2 = new OriginalReview(CODEX, 2, List.of(
                finding("I1", Severity.IMPORTANT, "Retry loop never backs off", "pkg/retry/loop.go", 10, CODEX)), 70, true);
        Judgement rejected = new Judgement(CODEX, "I3", "Logger is not flushed on exit", Severity.IMPORTANT, null, "",
                JudgementOutcome.FALSE_POSITIVE, "rejected: the deferred Sync flushes it", JudgementSource.RECONCILIATION, 30, 1);
        List<LedgerEntry> ledger = build(List.of(codex1, codex2), List.of(rejected), true);

        assertThat(ledger).hasSize(4);
        LedgerEntry kept = entry(ledger, CODEX, 1, "I1");
        assertThat(kept.fate()).isEqualTo(Fate.KEPT);
        assertThat(kept.finalId()).isEqualTo("I1");
        assertThat(kept.link()).isEqualTo(Link.MATCHED);
        // Kept at a lower severity than the agent gave: a re-grading the report did not state.
        LedgerEntry down = entry(ledger, CODEX, 1, "I2");
        assertThat(down.fate()).isEqualTo(Fate.DOWNGRADED);
        assertThat(List.of(down.finalId(), down.finalSeverity())).containsExactly("S1", Severity.SUGGESTION);
        LedgerEntry wrong = entry(ledger, CODEX, 1, "I3");
        assertThat(wrong.fate()).isEqualTo(Fate.FALSE_POSITIVE);
        assertThat(wrong.link()).isEqualTo(Link.STATED);
        assertThat(wrong.evidence()).isEqualTo(JudgementSource.RECONCILIATION);
        assertThat(wrong.evidenceLine()).isEqualTo(30);
        // The second pass repeats the first: one finding, counted once.
        assertThat(entry(ledger, CODEX, 2, "I1").fate()).isEqualTo(Fate.REPEATED);
    }

    @Test
    void anOwnFindingNoConsolidatedOneHoldsVanishesOnlyWhenEverythingWasRead() {
        OriginalReview claude = new OriginalReview(CLAUDE, 1, List.of(
                finding("S1", Severity.SUGGESTION, "Rename the handler package", "pkg/handler/doc.go", 1, CLAUDE)), 50, true);
        assertThat(entry(build(List.of(claude), List.of(), true), CLAUDE, 1, "S1").fate()).isEqualTo(Fate.VANISHED);
        // A statement about Claude that could not be read forbids the conclusion: unlinked, not vanished.
        List<LedgerEntry> unread = FindingLedger.build(new FindingLedger.Inputs(List.of(CLAUDE, CODEX), List.of(claude), CONSOLIDATED,
                List.of(), List.of(), true, true, Set.of("claude")), new ParseContext(10));
        assertThat(entry(unread, CLAUDE, 1, "S1").fate()).isEqualTo(Fate.UNLINKED);
    }
}
