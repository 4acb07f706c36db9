package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.markdown.MarkdownFrontEnd;
import dev.reviewstats.internal.template.Region;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.DesignObservation;
import dev.reviewstats.model.ObservationKind;
import dev.reviewstats.model.TextItem;
import dev.reviewstats.model.SeverityCounts;
import dev.reviewstats.model.StatedStructure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prose sections on small Markdown: titled items of an assessment, and design observations with kind, scope and agents. */
class ProseExtractorTest {
    private static List<Part> parts(String markdown, Region... regions) {
        List<Region> wanted = List.of(regions);
        return Structure.of(new MarkdownFrontEnd().read(markdown).sections()).main().stream()
                .filter(p -> wanted.contains(p.region())).toList();
    }

    @Test
    void anAssessmentsItemsKeepTheirBoldTitleAndText() {
        List<TextItem> items = ProseExtractor.items(parts("""
                # Deep Review: 20260601-120000-pr-77

                ## Testing Assessment

                1. **Failure path**: no test covers the failure path
                2. **Large inputs**: no test uses a large input
                """, Region.TESTING));
        assertThat(items).extracting(TextItem::title).containsExactly("Failure path", "Large inputs");
        // The text is the whole item, its lead included, without markup.
        assertThat(items.get(0).text()).isEqualTo("Failure path: no test covers the failure path");
    }

    @Test
    void designObservationsCarryTheirKindScopeAndAgents() {
        ParseContext ctx = new ParseContext(10);
        ctx.setReviewers(List.of(Agent.of("Claude", "Opus 4.7"), Agent.of("Codex", "GPT 5.5")));
        List<DesignObservation> obs = ProseExtractor.observations(parts("""
                # Deep Review: 20260601-120000-pr-77

                ## Design Observations

                ### Concerns

                - **Retry policy lives in the caller (in-scope)**: every caller repeats it [Codex GPT 5.5]

                ### Strengths

                - **Small interface (future)**: one method to mock [Claude Opus 4.7]
                """, Region.DESIGN_OBSERVATIONS, Region.CONCERNS, Region.STRENGTHS), ctx);
        assertThat(obs).extracting(DesignObservation::kind).containsExactly(ObservationKind.CONCERN, ObservationKind.STRENGTH);
        assertThat(obs.get(0).title()).isEqualTo("Retry policy lives in the caller");
        assertThat(obs.get(0).scope()).isEqualTo("in-scope");
        assertThat(obs.get(0).agents()).extracting(Agent::family).containsExactly("Codex");
        assertThat(obs.get(1).scope()).isEqualTo("future");
        assertThat(obs.get(1).agents()).extracting(Agent::family).containsExactly("Claude");
    }

    @Test
    void theExecutiveSummaryIsItsTextWithoutMarkup() {
        String text = ProseExtractor.text(parts("""
                # Deep Review: 20260601-120000-pr-77

                ## Executive Summary

                The change adds **retry with back-off**. Structure: 0 critical, 1 important, 2 suggestions.
                """, Region.EXECUTIVE_SUMMARY));
        assertThat(text).contains("retry with back-off").contains("0 critical, 1 important, 2 suggestions").doesNotContain("**");
    }

    @Test
    void theExecutiveSummaryStatesItsStructureAsCounts() {
        StatedStructure s = ProseExtractor.statedStructure(
                "The change adds retry. Structure: 0 critical, 4 important, 13 suggestions, 3 design observations.");
        assertThat(s.findings()).isEqualTo(new SeverityCounts(0, 4, 13));
        assertThat(s.designObservations()).isEqualTo(3);
        StatedStructure noDesign = ProseExtractor.statedStructure("Structure: 1 Critical, 0 important, 1 suggestion.");
        assertThat(noDesign.findings()).isEqualTo(new SeverityCounts(1, 0, 1));
        assertThat(noDesign.designObservationsIfStated()).isEmpty();
        // A summary that gives no structure line states nothing, which is not zero of everything.
        assertThat(ProseExtractor.statedStructure("Two important issues in the retry loop.")).isNull();
        // A count too long to be one is not read as its last digits.
        assertThat(ProseExtractor.statedStructure("12345678 critical, 1 important, 1 suggestion")).isNull();
    }
}
