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
}
