package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.markdown.MarkdownFrontEnd;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The appendix on small Markdown: each agent's own review per pass, in each heading shape, and id maps. */
class AppendixExtractorTest {
    private static final String HEAD = """
            # Deep Review: 20260601-120000-pr-77

            ## Executive Summary

            One important finding.

            ## Important Issues

            I1. **Retry loop never backs off** — `pkg/retry/loop.go:10` [Claude Opus 4.7, Codex GPT 5.5] (important)

            The loop retries at once.

            """;

    private static AppendixExtractor.Result read(String appendix) {
        ParseContext ctx = new ParseContext(10);
        ctx.setReviewers(List.of(Agent.of("Claude", "Opus 4.7"), Agent.of("Codex", "GPT 5.5"), Agent.of("Gemini", "3.1 Pro")));
        Structure s = Structure.of(new MarkdownFrontEnd().read(HEAD + appendix).sections());
        return AppendixExtractor.read(s.appendix(), ctx);
    }

    @Test
    void eachHeadingShapeNamesItsAgentAndPass() {
        AppendixExtractor.Result r = read("""
                ## Appendix: Original Reviews

                ### [Claude] — Pass 1

                #### Important Issues

                **I1. Retry loop never backs off** — `pkg/retry/loop.go:10` (important)

                Retries at once.

                ### Codex GPT 5.5 (pass 2)

                #### Suggestions

                **S1. Name the constant** — `pkg/retry/loop.go:4` (suggestion)

                A magic number.

                ### [Gemini] 3.1 Pro

                #### Critical Issues

                **C1. The loop can spin forever** — `pkg/retry/loop.go:12` (critical)

                No bound on attempts.
                """);
        List<OriginalReview> o = r.originals();
        assertThat(o).extracting(x -> x.agent().displayName()).containsExactly("Claude Opus 4.7", "Codex GPT 5.5", "Gemini 3.1 Pro");
        assertThat(o).extracting(OriginalReview::pass).containsExactly(1, 2, 1);
        assertThat(o).allMatch(OriginalReview::itemised);
        assertThat(o.get(0).findings()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("I1");
            assertThat(f.severity()).isEqualTo(Severity.IMPORTANT);
            assertThat(f.title()).isEqualTo("Retry loop never backs off");
        });
        assertThat(o.get(1).findings()).extracting(Finding::id).containsExactly("S1");
        assertThat(o.get(2).findings()).extracting(Finding::severity).containsExactly(Severity.CRITICAL);
        assertThat(r.mapped()).isEmpty();
    }

    @Test
    void anIdMapGivesTheAgentsFindingsAndWhereEachWent() {
        AppendixExtractor.Result r = read("""
                ## Appendix: Original Reviews

                ### [Codex] — Pass 1

                - I1 → I1
                - I2 → S1 (downgraded)
                - S3 → dropped
                - S4: a title, no arrow, is no entry
                """);
        OriginalReview codex = r.originals().get(0);
        assertThat(codex.agent().family()).isEqualTo("Codex");
        assertThat(codex.itemised()).isTrue();
        assertThat(codex.findings()).extracting(Finding::id).containsExactly("I1", "I2", "S3");
        assertThat(r.mapped()).allMatch(j -> j.source() == JudgementSource.ID_MAP);
        Judgement i2 = r.mapped().stream().filter(j -> j.originalId().equals("I2")).findFirst().orElseThrow();
        assertThat(i2.outcome()).isEqualTo(JudgementOutcome.DOWNGRADED);
        assertThat(List.of(i2.from(), i2.to())).containsExactly(Severity.IMPORTANT, Severity.SUGGESTION);
        assertThat(i2.finalId()).isEqualTo("S1");
        assertThat(r.mapped().stream().filter(j -> j.originalId().equals("S3")).findFirst().orElseThrow().outcome().countsAsDropped())
                .isTrue();
    }

    @Test
    void aFindingAnnotatedWithWhereItWentIsMappedToo() {
        AppendixExtractor.Result r = read("""
                ## Appendix: Original Reviews

                ### [Gemini] — Pass 1

                #### Important Issues

                **I1. The loop can spin forever** — `pkg/retry/loop.go:12` (raised important; consolidated to **S2**)

                No bound on attempts.
                """);
        assertThat(r.originals()).singleElement().satisfies(o -> assertThat(o.findings()).extracting(Finding::id).containsExactly("I1"));
        assertThat(r.mapped()).singleElement().satisfies(j -> {
            assertThat(j.agent().family()).isEqualTo("Gemini");
            assertThat(j.finalId()).isEqualTo("S2");
            assertThat(j.outcome()).isEqualTo(JudgementOutcome.DOWNGRADED);
        });
    }

    @Test
    void aHeadingThatNamesNoKnownAgentStartsNoReview() {
        AppendixExtractor.Result r = read("""
                ## Appendix: Original Reviews

                ### How the agents were run

                Each ran with its default settings.

                ### [Claude] Opus 4.7

                #### Suggestions

                **S1. Name the constant** — `pkg/retry/loop.go:4` (suggestion)

                A magic number.
                """);
        assertThat(r.originals()).singleElement().satisfies(o -> {
            assertThat(o.agent().displayName()).isEqualTo("Claude Opus 4.7");
            assertThat(o.findings()).extracting(Finding::id).containsExactly("S1");
        });
    }
}
