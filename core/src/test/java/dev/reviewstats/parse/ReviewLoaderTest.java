package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Source;
import dev.reviewstats.model.SourceForm;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the whole corpus: each review once, with all its sources, forms merged field by field. */
class ReviewLoaderTest {
    @Test
    void eachReviewIsReportedOnceWithAllItsSources() {
        LoadResult result = ReviewLoader.create().load(SharedCorpus.daemonHistory());
        List<Review> reviews = result.reviews();
        assertThat(reviews).extracting(Review::id).doesNotHaveDuplicates();
        assertThat(reviews).hasSize(102);
        Review pr316 = reviews.stream().filter(r -> r.id().equals("20260415-184215-pr-316")).findFirst().orElseThrow();
        assertThat(pr316.sources()).extracting(Source::form)
                .containsExactly(SourceForm.MARKDOWN, SourceForm.HTML, SourceForm.FLATTENED_TEXT);
        assertThat(reviews.stream().filter(r -> r.sources().size() >= 2).count()).isEqualTo(98);
        Map<SkipReason, Integer> skipped = ReviewLoader.countByReason(result.skipped());
        assertThat(skipped).containsEntry(SkipReason.NOT_A_REVIEW, 2);
        assertThat(result.skipped()).extracting(ParseResult.Skipped::path)
                .anyMatch(p -> p.endsWith("index.html")).anyMatch(p -> p.endsWith("20260321-architecture-review.md"));
    }

    @Test
    void aValueMissingFromTheMarkdownIsFilledFromTheHtml() {
        LoadResult result = ReviewLoader.create().load(List.of(
                SharedCorpus.review("20260320-164645-pr-236.md"), SharedCorpus.review("20260320-164645-pr-236.html")));
        Review merged = result.reviews().get(0);
        assertThat(result.reviews()).hasSize(1);
        assertThat(merged.sources()).hasSize(2);
        assertThat(merged.pullRequest().title()).isEqualTo("Implement App controller lifecycle for LimaVM");
        assertThat(merged.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.MERGE_FILLED);
            assertThat(d.message()).startsWith("pull request title taken from");
        });
        Review markdownOnly = ((ParseResult.Parsed) ReviewParser.create()
                .parse(SharedCorpus.review("20260320-164645-pr-236.md"))).review();
        assertThat(merged.findings()).isEqualTo(markdownOnly.findings());
    }

    @Test
    void reducingKeepsOnlyTheReducedValuesAndAgreesWithLoading() {
        Reduced<String> reduced = ReviewLoader.create().reduce(SharedCorpus.daemonHistory(),
                r -> r.id() + " " + r.sources().size() + " " + r.findings().size(), p -> { });
        LoadResult loaded = ReviewLoader.create().load(SharedCorpus.daemonHistory());
        assertThat(reduced.values()).hasSize(102).isEqualTo(loaded.reviews().stream()
                .map(r -> r.id() + " " + r.sources().size() + " " + r.findings().size()).toList());
        assertThat(reduced.values()).contains("20260415-184215-pr-316 3 5");
        assertThat(reduced.skipped()).isEqualTo(loaded.skipped());
    }

    @Test
    void formsInDifferentFoldersAreMergedBeforeTheyAreReduced(@TempDir Path dir) throws IOException {
        String id = "20260415-184215-pr-316";
        Path md = Files.createDirectories(dir.resolve("a")).resolve(id + ".md");
        Path html = Files.createDirectories(dir.resolve("b")).resolve(id + ".html");
        Path txt = Files.createDirectories(dir.resolve("c")).resolve("copy.txt");
        Files.copy(SharedCorpus.review(id + ".md"), md);
        Files.copy(SharedCorpus.review(id + ".html"), html);
        Files.copy(SharedCorpus.root().resolve("flattened").resolve(id + ".txt"), txt);
        Review together = ReviewLoader.create().load(List.of(SharedCorpus.review(id + ".md"), SharedCorpus.review(id + ".html"),
                SharedCorpus.root().resolve("flattened").resolve(id + ".txt"))).reviews().get(0);
        for (ReviewLoader loader : List.of(ReviewLoader.create(), ReviewLoader.create().sequential())) {
            Reduced<Review> apart = loader.reduce(List.of(dir), r -> r, p -> { });
            assertThat(apart.values()).hasSize(1);
            Review merged = apart.values().get(0);
            assertThat(merged.sources()).extracting(Source::path).containsExactly(md.toString(), html.toString(), txt.toString());
            assertThat(merged.findings()).isEqualTo(together.findings());
            assertThat(merged.agentStats()).isEqualTo(together.agentStats());
            assertThat(merged.diagnostics()).hasSameSizeAs(together.diagnostics());
        }
    }
}
