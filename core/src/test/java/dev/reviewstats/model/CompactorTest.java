package dev.reviewstats.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.parse.ParseResult;
import dev.reviewstats.parse.ReviewParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A compacted review keeps every value a figure is read from, drops the prose, and shares equal values. */
class CompactorTest {
    private static Review parse(String fixture) throws IOException {
        try (InputStream in = CompactorTest.class.getResourceAsStream("/spec/" + fixture)) {
            ParseResult r = ReviewParser.create().parse(fixture, in.readAllBytes());
            return ((ParseResult.Parsed) r).review();
        }
    }

    @Test
    void keepsEveryCountedValueAndDropsTheProse() throws IOException {
        Review full = parse("markdown-ledger-newest-era.md");
        Review small = new Compactor().apply(full);

        assertThat(full.findings()).isNotEmpty();
        assertThat(full.ledger()).isNotEmpty();
        assertThat(full.agentStats()).isNotEmpty();
        assertThat(small.id()).isEqualTo(full.id());
        assertThat(small.sources()).isEqualTo(full.sources());
        assertThat(small.date()).isEqualTo(full.date());
        assertThat(small.pullRequest()).isEqualTo(full.pullRequest());
        assertThat(small.round()).isEqualTo(full.round());
        assertThat(small.reviewers()).isEqualTo(full.reviewers());
        assertThat(small.droppedReviewers()).isEqualTo(full.droppedReviewers());
        assertThat(small.findingCounts()).isEqualTo(full.findingCounts());
        assertThat(small.agentStats()).isEqualTo(full.agentStats());
        assertThat(small.judgements()).isEqualTo(full.judgements());
        assertThat(small.ledger()).isEqualTo(full.ledger());
        assertThat(small.resolution()).isEqualTo(full.resolution());
        assertThat(small.sections()).isEqualTo(full.sections());
        assertThat(small.diagnostics()).isEqualTo(full.diagnostics());
        // The summary's counts are kept, its text dropped like the rest of the prose.
        Review stated = parse("flattened-columns-pandoc.txt");
        assertThat(stated.statedStructure()).isNotNull();
        assertThat(new Compactor().apply(stated).statedStructure()).isEqualTo(stated.statedStructure());
        assertThat(full.executiveSummary()).isNotEmpty();
        assertThat(small.executiveSummary()).isEmpty();
        assertThat(small.verdict().outcome()).isEqualTo(full.verdict().outcome());
        // Findings keep all but their text and fix paragraph.
        for (int i = 0; i < full.findings().size(); i++) {
            Finding f = full.findings().get(i);
            Finding g = small.findings().get(i);
            assertThat(List.of(g.id(), g.title())).containsExactly(f.id(), f.title());
            assertThat(g.agents()).isEqualTo(f.agents());
            assertThat(g.locations()).isEqualTo(f.locations());
            assertThat(g.severity()).isEqualTo(f.severity());
            assertThat(g.tags()).isEqualTo(f.tags());
            assertThat(g.earlierRounds()).isEqualTo(f.earlierRounds());
            assertThat(g.carriedOver()).isEqualTo(f.carriedOver());
            assertThat(g.withdrawn()).isEqualTo(f.withdrawn());
            assertThat(g.line()).isEqualTo(f.line());
            assertThat(g.body()).isEmpty();
            assertThat(g.fix()).isEmpty();
        }
        assertThat(full.findings()).anyMatch(f -> !f.fix().isEmpty() && !f.body().isEmpty());
        assertThat(small.originalReviews()).hasSameSizeAs(full.originalReviews());
        for (int i = 0; i < full.originalReviews().size(); i++) {
            OriginalReview o = full.originalReviews().get(i);
            OriginalReview p = small.originalReviews().get(i);
            assertThat(p.agent()).isEqualTo(o.agent());
            assertThat(p.itemised()).isEqualTo(o.itemised());
            assertThat(p.findings().stream().map(Finding::title).toList()).isEqualTo(o.findings().stream().map(Finding::title).toList());
            assertThat(p.findings()).allMatch(f -> f.body().isEmpty() && f.fix().isEmpty());
        }
        assertThat(small.verdict().rationale()).isEmpty();
        assertThat(small.designObservations()).allMatch(o -> o.text().isEmpty());
        assertThat(small.designObservations().stream().map(DesignObservation::title).toList())
                .isEqualTo(full.designObservations().stream().map(DesignObservation::title).toList());
    }

    @Test
    void reviewsCompactedByOneCompactorShareTheirAgentsAndCells() throws IOException {
        Compactor c = new Compactor();
        Review a = c.apply(parse("markdown-ledger-newest-era.md"));
        Review b = c.apply(parse("markdown-ledger-newest-era.md"));
        assertThat(b.reviewers().get(0)).isSameAs(a.reviewers().get(0));
        assertThat(b.findings().get(0).agents().get(0)).isSameAs(a.findings().get(0).agents().get(0));
        String label = a.agentStats().get(0).cells().keySet().iterator().next();
        assertThat(b.agentStats().get(0).cells().keySet().iterator().next()).isSameAs(label);
        // Long text is not shared: it is rarely equal between reviews.
        assertThat(b.findings().get(0).title()).isEqualTo(a.findings().get(0).title());
    }

    @Test
    void agentsThatDifferOnlyInEffortOrCaseAreNotMerged() throws IOException {
        Review full = parse("markdown-ledger-newest-era.md");
        Agent high = new Agent("Claude", "Opus 5", "high");
        Agent xhigh = new Agent("Claude", "Opus 5", "xhigh");
        Agent lower = new Agent("claude", "opus 5", "high");
        // Equal as agents (effort and case aside), but a compacted review must keep each as written.
        assertThat(high).isEqualTo(xhigh).isEqualTo(lower);
        Compactor c = new Compactor();
        List<Agent> kept = java.util.stream.Stream.of(high, xhigh, lower)
                .map(a -> c.apply(new Review(full.id(), full.sources(), full.date(), full.time(), full.repository(), full.pullRequest(),
                        full.round(), full.author(), full.branch(), full.commits(), full.earlierCommits(), List.of(a), List.of(),
                        full.verdict(), full.wallClock(), full.executiveSummary(), full.statedStructure(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), full.sections(), List.of()))
                        .reviewers().get(0))
                .toList();
        assertThat(kept.stream().map(Agent::toString).toList())
                .containsExactly("Claude Opus 5 (effort: high)", "Claude Opus 5 (effort: xhigh)", "claude opus 5 (effort: high)");
    }

    @Test
    void pastItsBoundACompactorSharesNothingMoreAndStillKeepsEveryValue() throws IOException {
        Compactor c = new Compactor(3);
        Review full = parse("markdown-ledger-newest-era.md");
        Review a = c.apply(full);
        Review b = c.apply(parse("markdown-ledger-newest-era.md"));
        assertThat(c.shared()).isEqualTo(3);
        assertThat(b.agentStats()).isEqualTo(full.agentStats());
        assertThat(b.ledger()).isEqualTo(a.ledger());
        long sharedLabels = b.agentStats().stream().flatMap(s -> s.cells().keySet().stream())
                .filter(k -> a.agentStats().stream().flatMap(s -> s.cells().keySet().stream()).anyMatch(x -> x == k)).count();
        assertThat(sharedLabels).isLessThanOrEqualTo(3);
    }
}
