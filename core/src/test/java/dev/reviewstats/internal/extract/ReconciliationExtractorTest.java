package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.Judgement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reconciliation wordings as they occur in the real review history. */
class ReconciliationExtractorTest {
    private static Judgement only(String clause) {
        ParseContext ctx = new ParseContext(10);
        ctx.setReviewers(List.of(Agent.of("Claude", "Opus 4.7"), Agent.of("Codex", "GPT 5.5"), Agent.of("Gemini", "3.1 Pro")));
        List<Judgement> changes = ReconciliationExtractor.changes(List.of(new ReconciliationExtractor.Clause(clause, 1)), ctx);
        assertThat(changes).as(clause + " / " + ctx.diagnostics()).hasSize(1);
        return changes.get(0);
    }

    @Test
    void arrowBetweenSeverityWords() {
        Judgement c = only("Gemini C1 (annotation removal race): critical → important I1, because the window is narrow.");
        assertThat(List.<Object>of(c.originalId(), c.originalTitle(), c.from(), c.to(), c.finalId(), c.outcome()))
                .containsExactly("C1", "annotation removal race", Severity.CRITICAL, Severity.IMPORTANT, "I1", JudgementOutcome.DOWNGRADED);
        assertThat(c.reason()).isEqualTo("the window is narrow");
        assertThat(c.agent().model()).isEqualTo("3.1 Pro");
    }

    @Test
    void arrowToACapitalisedSeverityWithTheIdInParentheses() {
        Judgement c = only("Gemini C2 hardcoded unix:// → Important (I2). Same severity as Claude I2.");
        assertThat(List.<Object>of(c.from(), c.to(), c.finalId())).containsExactly(Severity.CRITICAL, Severity.IMPORTANT, "I2");
    }

    @Test
    void passNumberBeforeTheOriginalId() {
        Judgement c = only("Gemini P1 I2 (local in @test) → consolidated as S1 (suggestion) and merged with Claude S3.");
        assertThat(List.<Object>of(c.originalId(), c.from(), c.to(), c.finalId()))
                .containsExactly("I2", Severity.IMPORTANT, Severity.SUGGESTION, "S1");
    }

    @Test
    void promotionFromAnIdNamedSeverity() {
        Judgement c = only("Claude P1 HTTP timeout: suggestion S4 → important I1 (aligned with Codex's call).");
        assertThat(List.<Object>of(c.from(), c.to(), c.finalId(), c.outcome()))
                .containsExactly(Severity.SUGGESTION, Severity.IMPORTANT, "I1", JudgementOutcome.UPGRADED);
    }

    @Test
    void droppedAsAFalsePositiveIsARejection() {
        Judgement c = only("Codex P1 Windows os.Rename race: important → dropped (false positive — modern Windows).");
        assertThat(c.outcome()).isEqualTo(JudgementOutcome.FALSE_POSITIVE);
        assertThat(c.toIfKept()).isEmpty();
        assertThat(c.from()).isEqualTo(Severity.IMPORTANT);
    }

    @Test
    void demotionOutOfTheFindingsIsAMove() {
        Judgement c = only("Codex I4 Windows unix-socket: important → demoted to Acknowledged Limitation (latent bug).");
        assertThat(c.outcome()).isEqualTo(JudgementOutcome.MOVED_TO_DESIGN_OBSERVATION);
    }

    @Test
    void keptAtTheSameGradeIsNoChangeAndNoDiagnostic() {
        ParseContext ctx = new ParseContext(10);
        ctx.setReviewers(List.of(Agent.of("Gemini", "3.1 Pro")));
        List<Judgement> changes = ReconciliationExtractor.changes(List.of(new ReconciliationExtractor.Clause(
                "Gemini C3 (\"volume naming\"): kept as critical (C1 in the consolidated report).", 1)), ctx);
        assertThat(changes).isEmpty();
        assertThat(ctx.diagnostics()).isEmpty();
    }

    private static List<Judgement> all(String paragraph) {
        ParseContext ctx = new ParseContext(10);
        ctx.setReviewers(List.of(Agent.of("Claude", "Opus 5"), Agent.of("Codex", "GPT 6 Astra"), Agent.of("Gemini", "3.1 Pro"),
                Agent.of("Gemini", "3.5 Flash")));
        List<Judgement> out = ReconciliationExtractor.changes(List.of(new ReconciliationExtractor.Clause(paragraph, 7)), ctx);
        assertThat(ctx.diagnostics()).as(paragraph).isEmpty();
        return out;
    }

    @Test
    void aParagraphOfSeveralStatementsIsReadStatementByStatementAfterItsLeadIn() {
        List<Judgement> j = all("Three severity changes. Claude P1 `retry` rename: important → suggestion S2, because it breaks "
                + "nothing. Flash C1 (zero budget) → S3, downgraded; Flash S1 was merged into S2. Gemini 3.1 Pro's I1 was dropped as "
                + "a false positive: the premise does not hold.");
        assertThat(j).extracting(x -> x.agent().displayName(), Judgement::originalId, Judgement::pass, Judgement::outcome,
                Judgement::finalId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Claude Opus 5", "", 1, JudgementOutcome.DOWNGRADED, "S2"),
                org.assertj.core.groups.Tuple.tuple("Gemini 3.5 Flash", "C1", 0, JudgementOutcome.DOWNGRADED, "S3"),
                org.assertj.core.groups.Tuple.tuple("Gemini 3.5 Flash", "S1", 0, JudgementOutcome.MERGED, "S2"),
                org.assertj.core.groups.Tuple.tuple("Gemini 3.1 Pro", "I1", 0, JudgementOutcome.FALSE_POSITIVE, ""));
        assertThat(j.get(0).originalTitle()).isEqualTo("retry rename");
    }

    @Test
    void countedStatementsGiveOneJudgementPerItemWithItsTitleAndPass() {
        List<Judgement> j = all("Claude had 2 important findings downgraded to suggestion during consolidation (pendingLocale race P2, "
                + "scalarStyle dead code P3). Codex also had 2 important findings dropped as duplicates.");
        assertThat(j).extracting(Judgement::originalTitle, Judgement::pass, Judgement::from, Judgement::to, Judgement::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pendingLocale race", 2, Severity.IMPORTANT, Severity.SUGGESTION,
                                JudgementOutcome.DOWNGRADED),
                        org.assertj.core.groups.Tuple.tuple("scalarStyle dead code", 3, Severity.IMPORTANT, Severity.SUGGESTION,
                                JudgementOutcome.DOWNGRADED),
                        org.assertj.core.groups.Tuple.tuple("", 0, Severity.IMPORTANT, null, JudgementOutcome.OTHER),
                        org.assertj.core.groups.Tuple.tuple("", 0, Severity.IMPORTANT, null, JudgementOutcome.OTHER));
    }

    @Test
    void theFirstVerdictDecidesBetweenAMoveAMergeAndADrop() {
        assertThat(all("Codex I1 (pinned entries) → Acknowledged Limitations, fix folded into S4.").get(0).outcome())
                .isEqualTo(JudgementOutcome.MOVED_TO_DESIGN_OBSERVATION);
        Judgement merged = all("Gemini 3.1 Pro's C1 (overflow) critical → merged into I1, as the same read.").get(0);
        assertThat(List.<Object>of(merged.outcome(), merged.finalId())).containsExactly(JudgementOutcome.MERGED, "I1");
        Judgement folded = all("Codex S3 was dropped as a standalone finding and folded into I4.").get(0);
        assertThat(List.<Object>of(folded.outcome(), folded.finalId())).containsExactly(JudgementOutcome.MERGED, "I4");
        assertThat(all("Gemini 3.1 Pro I1: Important → dropped as a false positive (re-cast as a design observation).").get(0)
                .outcome()).isEqualTo(JudgementOutcome.FALSE_POSITIVE);
        Judgement promoted = all("Claude S6 (error shape) → promoted to **I5** because Gemini raised it at Important.").get(0);
        assertThat(List.<Object>of(promoted.from(), promoted.to(), promoted.outcome())).containsExactly(Severity.SUGGESTION,
                Severity.IMPORTANT, JudgementOutcome.UPGRADED);
    }

    @Test
    void aLabelChangeIsNoRegradingAndAStatementThatNamesAFindingButNoVerdictIsUnreadable() {
        assertThat(all("Codex's I1 regression → gap (the file is net-new).")).isEmpty();
        ParseContext ctx = new ParseContext(10);
        ctx.setReviewers(List.of(Agent.of("Gemini", "3.1 Pro")));
        ReconciliationExtractor.changes(List.of(new ReconciliationExtractor.Clause("Gemini I2 (stale key) was quarantined.", 4)), ctx);
        assertThat(ctx.diagnostics()).singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(4));
        assertThat(ctx.unreadStatementFamilies()).containsExactly("gemini");
    }

    @Test
    void aReconciliationTableRowIsTheStatementItsColumnsSpellOut() {
        String row = ReconciliationExtractor.rowStatement(List.of("Agent", "Finding", "Agent severity", "Consolidated", "Reason"),
                List.of("Gemini 3.5 Flash", "C1 (zero budget)", "Critical", "Suggestion (S3)", "an explicit operator choice"));
        assertThat(row).isEqualTo("Gemini 3.5 Flash C1 (zero budget): Critical → Suggestion (S3) (an explicit operator choice)");
        Judgement j = all(row).get(0);
        assertThat(List.<Object>of(j.agent().model(), j.originalId(), j.from(), j.to(), j.finalId(), j.outcome())).containsExactly(
                "3.5 Flash", "C1", Severity.CRITICAL, Severity.SUGGESTION, "S3", JudgementOutcome.DOWNGRADED);
        assertThat(all(ReconciliationExtractor.rowStatement(List.of("Agent", "Finding", "Outcome"),
                List.of("Claude Opus 5", "I2", "dropped (false positive)"))).get(0).outcome()).isEqualTo(JudgementOutcome.FALSE_POSITIVE);
    }
}
