package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Review;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A number no model value holds is no reason to lose the review: it is read as text, or as unknown. */
class HugeNumbersTest {
    private static String spec() throws IOException {
        try (InputStream in = HugeNumbersTest.class.getResourceAsStream("/spec/markdown-resolution-references.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "99999999999999999999999", "000000000000000000001"})
    void aNumberPastAnyIntegerKeepsTheReview(String huge) throws IOException {
        String text = spec().replace("| 1 | Important #1 | Fixed |", "| 1 | Important #" + huge + " | Fixed |")
                .replace("| 2 | Suggestion S1 | Fixed |", "| 2 | Suggestion S" + huge + " | Fixed |")
                .replace("| 4 | #3 | Fixed |", "| " + huge + " | #" + huge + " | Fixed |")
                .replace("Structure: 0 critical", "Wall-clock " + huge + " h. Structure: 0 critical")
                + "\n## Appendix: Original Reviews\n\n### [Claude] Opus 4.7 — Pass " + huge + "\n\nI1. **Retry loop never backs off**\n";
        ParseResult r = ReviewParser.create().parse("x.md", text);
        assertThat(r).isInstanceOf(ParseResult.Parsed.class);
        Review review = ((ParseResult.Parsed) r).review();
        assertThat(review.findings()).hasSize(3);
        assertThat(review.resolution()).isNotNull();
        assertThat(review.resolution().items()).hasSize(4);
    }
}
