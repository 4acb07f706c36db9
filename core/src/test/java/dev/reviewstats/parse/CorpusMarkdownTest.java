package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.json.ReviewJson;
import dev.reviewstats.model.Review;
import dev.reviewstats.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every Markdown report of the real corpus. */
class CorpusMarkdownTest {
    private final ReviewParser parser = ReviewParser.create();

    @Test
    void everyDeepReviewHasIdDateReviewersAndVerdictAndEveryOtherDocumentIsSkippedWithAReason() {
        List<Path> files = SharedCorpus.files(".md");
        assertThat(files).hasSizeGreaterThan(100);
        List<String> incomplete = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        int reviews = 0;
        for (Path f : files) {
            ParseResult r = parser.parse(f);
            if (r instanceof ParseResult.Skipped s) {
                assertThat(s.reason()).isEqualTo(SkipReason.NOT_A_REVIEW);
                assertThat(s.detail()).isNotBlank();
                skipped.put(f.getFileName().toString(), s.detail());
                continue;
            }
            Review review = ((ParseResult.Parsed) r).review();
            reviews++;
            List<String> missing = new ArrayList<>();
            if (!review.id().matches("\\d{8}-\\d{6}-.+")) {
                missing.add("id " + review.id());
            }
            if (review.date() == null) {
                missing.add("date");
            }
            if (review.reviewers().isEmpty()) {
                missing.add("reviewers");
            }
            if (review.verdict() == null) {
                missing.add("verdict");
            }
            if (!missing.isEmpty()) {
                incomplete.add(f.getFileName() + ": " + missing);
            }
        }
        assertThat(incomplete).as("deep reviews missing a required field").isEmpty();
        assertThat(skipped).containsOnlyKeys("20260321-architecture-review.md");
        assertThat(skipped.get("20260321-architecture-review.md"))
                .contains("Architecture Review: rancher-desktop-daemon").contains("no deep review");
        assertThat(reviews).isEqualTo(files.size() - 1);
    }

    @Test
    void aDateRowThatDisagreesWithTheReviewIdIsKeptAndReported() {
        Review r = ((ParseResult.Parsed) parser.parse(SharedCorpus.review("20260415-120235-pr-302.md"))).review();
        assertThat(r.dateTime()).contains(java.time.LocalDateTime.of(2026, 4, 15, 12, 18));
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(dev.reviewstats.model.DiagnosticCode.DATE_CONFLICT);
            assertThat(d.message()).contains("2026-04-15 12:18").contains("12:02:35");
        });
        Review early = ((ParseResult.Parsed) parser.parse(SharedCorpus.review("20260315-180016-pr-188.html"))).review();
        assertThat(early.dateTime()).contains(java.time.LocalDateTime.of(2026, 3, 15, 18, 0, 16));
        assertThat(early.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo(dev.reviewstats.model.DiagnosticCode.DATE_FROM_ID));
    }

    @Test
    void parsingIsDeterministic() {
        for (Path f : SharedCorpus.files(".md")) {
            String first = json(parser.parse(f));
            String second = json(ReviewParser.create().parse(f));
            assertThat(second).as(f.toString()).isEqualTo(first);
        }
    }

    @Test
    void parsingInParallelGivesWhatParsingSeriallyGives() {
        LoadResult serial = ReviewLoader.create().sequential().load(List.of(SharedCorpus.reviews()));
        LoadResult parallel = ReviewLoader.create().load(List.of(SharedCorpus.reviews()));
        assertThat(parallel.reviews()).hasSameSizeAs(serial.reviews());
        for (int i = 0; i < serial.reviews().size(); i++) {
            assertThat(ReviewJson.toJson(parallel.reviews().get(i)))
                    .isEqualTo(ReviewJson.toJson(serial.reviews().get(i)));
        }
        assertThat(parallel.skipped()).isEqualTo(serial.skipped());
    }

    private static String json(ParseResult r) {
        return r instanceof ParseResult.Parsed p ? ReviewJson.toJson(p.review()).toString() : r.toString();
    }
}
