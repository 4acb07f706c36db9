package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.markdown.MarkdownFrontEnd;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.SectionState;
import dev.reviewstats.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Consolidated findings on small Markdown sections: heads, severities, locations, agents, struck-out findings. */
class FindingExtractorTest {
    private static FindingExtractor.Result read(String markdown) {
        ParseContext ctx = new ParseContext(10);
        ctx.setReviewers(List.of(Agent.of("Claude", "Opus 4.7"), Agent.of("Codex", "GPT 5.5")));
        Structure s = Structure.of(new MarkdownFrontEnd().read(markdown).sections());
        return FindingExtractor.extract(s.main(), ctx, null);
    }

    @Test
    void eachHeadGivesItsIdSeverityTitleLocationsAndAgents() {
        FindingExtractor.Result r = read("""
                # Deep Review: 20260601-120000-pr-77

                ## Important Issues

                I1. **Retry loop never backs off** — `pkg/retry/loop.go:10-20` [Claude Opus 4.7, Codex GPT 5.5] (important, regression)

                The loop retries at once, forever.

                ## Suggestions

                S1. **Name the constant** — `pkg/retry/loop.go:4` [Codex GPT 5.5] (suggestion)

                Fix: call it maxAttempts.
                """);
        List<Finding> f = r.findings();
        assertThat(f).extracting(Finding::id).containsExactly("I1", "S1");
        assertThat(f.get(0).severity()).isEqualTo(Severity.IMPORTANT);
        assertThat(f.get(0).title()).isEqualTo("Retry loop never backs off");
        assertThat(f.get(0).locations()).singleElement().satisfies(l -> {
            assertThat(l.path()).isEqualTo("pkg/retry/loop.go");
            assertThat(List.of(l.startLine(), l.endLine())).containsExactly(10, 20);
        });
        assertThat(f.get(0).agents()).extracting(Agent::displayName).containsExactly("Claude Opus 4.7", "Codex GPT 5.5");
        assertThat(f.get(0).tags()).containsExactly("regression");
        assertThat(f.get(0).body()).contains("retries at once");
        assertThat(f.get(1).agents()).extracting(Agent::family).containsExactly("Codex");
        assertThat(f.get(1).fix()).contains("maxAttempts");
        assertThat(r.states()).containsEntry(Severity.IMPORTANT, SectionState.PRESENT).containsEntry(Severity.SUGGESTION, SectionState.PRESENT);
    }

    @Test
    void aFindingCarriesOverOnlyWhatASentenceSaysIsStillThere() {
        FindingExtractor.Result r = read("""
                # Deep Review: 20260601-120000-pr-77

                ## Important Issues

                I1. **Retry loop never backs off** — `pkg/retry/loop.go:10` [Claude Opus 4.7] (important)

                Raised as round 1 S2 and still unaddressed. Round 1's I2 fix moved the probe, which is fine.

                I2. **Probe runs twice** — `pkg/probe.go:3` [Codex GPT 5.5] (important)

                R2 I4 persists; so does a concern raised in round 3.

                I3. **Cache key ignores the locale** — `pkg/cache.go:8` [Codex GPT 5.5] (important)

                Round 1's I2 fix moved the probe.
                """);
        List<Finding> f = r.findings();
        assertThat(f.get(0).earlierRounds()).containsExactly("R1 S2", "R1 I2");
        assertThat(f.get(0).carriedOver()).containsExactly("R1 S2");
        assertThat(f.get(0).carriesOver(1, "s2")).isTrue();
        assertThat(f.get(0).carriesOver(1, "I2")).isFalse();
        // "round 3" names a round, not a finding of it: nothing to carry over by id.
        assertThat(f.get(1).earlierRounds()).containsExactly("R2 I4", "R3");
        assertThat(f.get(1).carriedOver()).containsExactly("R2 I4");
        assertThat(f.get(2).earlierRounds()).containsExactly("R1 I2");
        assertThat(f.get(2).carriedOver()).isEmpty();
    }

    @Test
    void aSectionThatSaysNoneIsNoneNotAbsent() {
        FindingExtractor.Result r = read("""
                # Deep Review: 20260601-120000-pr-77

                ## Critical Issues

                None.

                ## Important Issues

                I1. **Retry loop never backs off** — `pkg/retry/loop.go:10` [Codex GPT 5.5] (important)
                """);
        assertThat(r.states()).containsEntry(Severity.CRITICAL, SectionState.NONE);
        assertThat(r.findings()).extracting(Finding::id).containsExactly("I1");
    }

    @Test
    void aStruckOutFindingIsKeptAsWithdrawn() {
        FindingExtractor.Result r = read("""
                # Deep Review: 20260601-120000-pr-77

                ## Suggestions

                ~~S1. **Name the constant** — `pkg/retry/loop.go:4` [Codex GPT 5.5] (suggestion)~~ — invalid, the name is the convention

                S2. **Log the cause** — `pkg/retry/loop.go:30` [Claude Opus 4.7] (suggestion)
                """);
        assertThat(r.findings()).extracting(Finding::id).containsExactly("S1", "S2");
        assertThat(r.findings().get(0).withdrawn()).isTrue();
        assertThat(r.findings().get(1).withdrawn()).isFalse();
    }
}
