package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.markdown.MarkdownFrontEnd;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outline blocks as the plain text a finding's body and a prose item keep. */
class BlockTextTest {
    private static List<Block> blocks(String markdown) {
        List<Section> sections = new MarkdownFrontEnd().read("# Deep Review: 20260601-120000-pr-77\n\n## Notes\n\n" + markdown).sections();
        return sections.get(sections.size() - 1).blocks();
    }

    @Test
    void paragraphsListsCodeAndTablesKeepTheirTextWithoutMarkup() {
        String text = BlockText.of(blocks("""
                The **retry** loop
                spins `forever`.

                1. First step
                   - nested *detail*
                2. Second step

                ```go
                for { retry() }
                ```

                | Column | Other |
                | --- | --- |
                | a **b** | c |

                <div>raw html is no text</div>
                """));
        assertThat(text).isEqualTo("""
                The retry loop spins forever.

                1. First step
                  - nested detail

                2. Second step

                for { retry() }

                Column | Other
                a b | c""");
    }

    @net.jqwik.api.Property(tries = 20_000)
    void numbersLoseTheirStopsAsThePatternTookThem(@net.jqwik.api.ForAll("numbers") String number) {
        assertThat(BlockText.withoutStops(number)).as(number)
                .isEqualTo(java.util.regex.Pattern.compile("[.:)]+$").matcher(number).replaceAll(""));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> numbers() {
        return net.jqwik.api.Arbitraries.of("I1", "2", ".", ":", ")", "\n", "\r\n", "\u2028", "x").list().ofMaxSize(6).map(p -> String.join("", p));
    }
}
