package dev.reviewstats.samples.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Finding;
import dev.reviewstats.parse.ParseResult;
import dev.reviewstats.parse.ReviewParser;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report may number findings past 999 ({@code I1000}): every finding is read, in every form, and
 * none is taken for the text of the one before it. The crawler's flattened form writes the page
 * without one blank line (2,400 lines here): no block limit cuts it short.
 */
class ManyFindingsTest {
    private static final int FINDINGS = 1_205;

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("x.md", (Function<Review, String>) r -> new MarkdownRenderer().render(r)),
                Arguments.of("x.html", (Function<Review, String>) r -> new HtmlRenderer().render(r)),
                Arguments.of("glued.txt", (Function<Review, String>) r -> new FlattenedRenderer().render(r, Form.FLATTENED_GLUED)),
                Arguments.of("pipes.txt", (Function<Review, String>) r -> new FlattenedRenderer().render(r, Form.FLATTENED_PIPES)));
    }

    private static Review base() throws IOException {
        // core's spec fixture of the mid template, read from the repository (this module has no core test jar).
        String repo = System.getProperty("reviewstats.repoRoot");
        byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(repo == null ? ".." : repo)
                .resolve("core/src/test/resources/spec/markdown-mid-template.md"));
        return ((ParseResult.Parsed) ReviewParser.create().parse("markdown-mid-template.md", bytes)).review();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void findingsNumberedPast999AreAllRead(String name, Function<Review, String> render) throws IOException {
        Review r = base();
        Finding model = r.findings().get(0);
        List<Finding> many = new ArrayList<>();
        for (int i = 1; i <= FINDINGS; i++) {
            many.add(new Finding("I" + i, Severity.IMPORTANT, "Finding number " + i + " of many", model.locations(), model.agents(),
                    List.of(), "Body of finding " + i + ".", "", List.of(), false, 0));
        }
        Review big = new Review(r.id(), r.sources(), r.date(), r.time(), r.repository(), r.pullRequest(), r.round(), r.author(),
                r.branch(), r.commits(), r.earlierCommits(), r.reviewers(), r.droppedReviewers(), r.verdict(), r.wallClock(),
                r.executiveSummary(), r.statedStructure(), many, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(), r.sections(), List.of());
        ParseResult parsed = ReviewParser.create().parse(name, render.apply(big).getBytes(StandardCharsets.UTF_8));
        List<Finding> read = ((ParseResult.Parsed) parsed).review().findings();
        assertThat(read).hasSize(FINDINGS);
        assertThat(read.get(999).id()).isEqualTo("I1000");
        assertThat(read.get(999).title()).isEqualTo("Finding number 1000 of many");
        assertThat(read.get(FINDINGS - 1).id()).isEqualTo("I" + FINDINGS);
        assertThat(read.get(998).body()).doesNotContain("1000");
    }
}
