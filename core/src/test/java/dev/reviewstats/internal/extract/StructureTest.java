package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.markdown.MarkdownFrontEnd;
import dev.reviewstats.internal.outline.Section;
import dev.reviewstats.internal.template.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regions from section titles, whatever the heading levels; the appendix to the Resolution; bold titles as sections. */
class StructureTest {
    private static Structure of(String markdown) {
        return Structure.of(new MarkdownFrontEnd().read(markdown).sections());
    }

    @Test
    void aRegionComesFromTheTitleAndAnUnknownTitleJoinsItsEnclosingRegion() {
        Structure s = of("""
                # Deep Review: 20260601-120000-pr-77

                ## Executive Summary

                Text.

                #### Important Issues

                I1. **A** — `a.go:1` (important)

                ##### Why it matters

                Because.

                ## Agent Performance Retro

                Retro text.
                """);
        assertThat(s.main()).extracting(Part::region)
                .containsExactly(Region.TITLE, Region.EXECUTIVE_SUMMARY, Region.IMPORTANT, Region.RETRO);
        // "Why it matters" is no section of the template: its heading and text join Important Issues.
        Part important = s.main().get(2);
        assertThat(important.blocks()).hasSize(3);
        assertThat(BlockText.of(important.blocks())).endsWith("Why it matters\n\nBecause.");
        assertThat(s.appendix()).isEmpty();
        assertThat(s.appendixLine()).isZero();
    }

    @Test
    void theAppendixRunsToAResolutionHeadingAtItsLevelWhateverTheLevelsInside() {
        Structure s = of("""
                # Deep Review: 20260601-120000-pr-77

                ## Appendix: Original Reviews

                ### [Claude] — Pass 1

                # Important Issues

                I1. **A** — `a.go:1` (important)

                ## Resolution

                Fixed in abc1234.
                """);
        assertThat(s.appendixLine()).isEqualTo(3);
        assertThat(s.appendix()).extracting(Section::title).containsExactly("", "[Claude] — Pass 1", "Important Issues");
        assertThat(s.main()).extracting(Part::region).containsExactly(Region.TITLE, Region.RESOLUTION);
    }

    @Test
    void aBoldParagraphThatIsASectionTitleStartsASection() {
        Structure s = of("""
                # Deep Review: 20260601-120000-pr-77

                ## Design Observations

                **Concerns**

                - **Retry policy in the caller**: every caller repeats it

                **Not a section title at all**

                More text.
                """);
        assertThat(s.main()).extracting(Part::region).contains(Region.DESIGN_OBSERVATIONS, Region.CONCERNS);
        assertThat(s.main()).extracting(Part::title).doesNotContain("**Not a section title at all**");
    }
}
