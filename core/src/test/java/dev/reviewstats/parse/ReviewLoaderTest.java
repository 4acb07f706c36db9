package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Source;
import dev.reviewstats.model.SourceForm;
import dev.reviewstats.testing.SharedCorpus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loading the whole corpus: each review once, with all its sources, forms merged field by field. */
class ReviewLoaderTest {
    @Test
    void eachReviewIsReportedOnceWithAllItsSources() {
        LoadResult result = ReviewLoader.create().load(List.of(SharedCorpus.root()));
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
}
