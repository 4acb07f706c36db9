package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.markdown.MarkdownFrontEnd;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.JudgementSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** False positives the retro prose names with a reason that clears the agent, on small Markdown retros. */
class RetroProseExtractorTest {
    private static List<Judgement> read(String retro) {
        ParseContext ctx = new ParseContext(10);
        ctx.setReviewers(List.of(Agent.of("Claude", "Opus 4.7"), Agent.of("Codex", "GPT 5.5")));
        String report = """
                # Deep Review: 20260601-120000-pr-77

                ## Executive Summary

                Nothing to report.

                """ + retro + """

                ## Appendix: Original Reviews

                ### [Claude] — Pass 1

                Nothing here counts: the retro has ended.
                One false positive: the path is outside the scope of this PR.
                """;
        return RetroProseExtractor.judgements(new MarkdownFrontEnd().read(report).sections(), ctx);
    }

    @Test
    void aFalsePositiveOutsideTheChangeIsOneJudgementPerCountWithItsReason() {
        List<Judgement> j = read("""
                ## Agent Performance Retro

                ### [Codex GPT 5.5]

                Thorough on the retry loop. Two false positives: both name lines that are pre-existing and not touched by this PR.

                ### [Claude Opus 4.7]

                One false positive. The agent withdrew it itself in its second pass.
                """);
        assertThat(j).hasSize(3);
        assertThat(j.subList(0, 2)).allSatisfy(x -> {
            assertThat(x.agent().family()).isEqualTo("Codex");
            assertThat(x.outcome()).isEqualTo(JudgementOutcome.OUT_OF_SCOPE);
            assertThat(x.source()).isEqualTo(JudgementSource.RETRO);
            assertThat(x.reason()).contains("pre-existing");
        });
        // The reason may be in the sentence after the mention.
        assertThat(j.get(2).agent().family()).isEqualTo("Claude");
        assertThat(j.get(2).outcome()).isEqualTo(JudgementOutcome.WITHDRAWN_BY_AGENT);
    }

    @Test
    void aWrongClaimNoFalsePositiveOrAHeadingOfNoAgentSaysNothingNew() {
        List<Judgement> j = read("""
                ## Agent Performance Retro

                ### [Codex GPT 5.5]

                One false positive: the claimed race cannot happen, the lock is held. No false positives otherwise.

                ### Summary

                One false positive: out of scope for this PR.
                """);
        // A wrong claim is what the summary table's false positive already counts; "Summary" names no agent.
        assertThat(j).isEmpty();
    }
}
