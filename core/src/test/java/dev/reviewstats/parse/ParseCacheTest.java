package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.json.ReviewJson;
import dev.reviewstats.model.Review;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse cache returns exactly what a fresh parse returns, and only changed files are parsed again. */
class ParseCacheTest {
    @TempDir
    Path cacheDir;

    @TempDir
    Path reviews;

    private static List<String> json(LoadResult r) {
        return r.reviews().stream().map(x -> ReviewJson.toJson(x).toString()).toList();
    }

    @Test
    void cachedResultsEqualFreshParsesOverTheWholeCorpus() throws IOException {
        LoadResult fresh = ReviewLoader.create().load(List.of(SharedCorpus.root()));
        ParseCache cache = ParseCache.at(cacheDir);
        LoadResult first = ReviewLoader.create().withCache(cache).load(List.of(SharedCorpus.root()));
        long files;
        try (Stream<Path> s = Files.walk(SharedCorpus.root())) {
            files = s.filter(p -> p.toString().matches(".*\\.(md|html|txt)")).count();
        }
        // Each file is parsed once; a review whose forms lie in different folders is read again from the cache.
        assertThat(cache.misses()).isEqualTo(files);
        int hitsOfFirst = cache.hits();
        LoadResult second = ReviewLoader.create().withCache(cache).load(List.of(SharedCorpus.root()));
        assertThat(cache.misses()).isEqualTo(files);
        assertThat(cache.hits() - hitsOfFirst).isEqualTo(files + hitsOfFirst);
        assertThat(json(first)).isEqualTo(json(fresh));
        assertThat(json(second)).isEqualTo(json(fresh));
        assertThat(second.reviews()).isEqualTo(fresh.reviews());
        assertThat(second.skipped()).isEqualTo(fresh.skipped());
    }

    @Test
    void changingOneFileReparsesOnlyThatFile() throws IOException {
        List<Path> some = SharedCorpus.files(".md").subList(0, 5);
        for (Path p : some) {
            Files.copy(p, reviews.resolve(p.getFileName()));
        }
        ParseCache cache = ParseCache.at(cacheDir);
        ReviewLoader loader = ReviewLoader.create().withCache(cache);
        loader.load(List.of(reviews));
        assertThat(cache.misses()).isEqualTo(5);
        Path changed = reviews.resolve(some.get(2).getFileName());
        Files.writeString(changed, Files.readString(changed).replace("## Executive Summary", "## Executive Summary\n\nEdited."));
        LoadResult again = loader.load(List.of(reviews));
        assertThat(cache.misses()).isEqualTo(6);
        assertThat(cache.hits()).isEqualTo(4);
        Review edited = again.reviews().stream().filter(r -> r.sources().get(0).path().equals(changed.toString()))
                .findFirst().orElseThrow();
        assertThat(edited.executiveSummary()).startsWith("Edited.");
    }

    @Test
    void aDamagedOrDeletedCacheIsOnlyAMiss() throws IOException {
        Path one = reviews.resolve("a.md");
        Files.copy(SharedCorpus.review("20260415-184215-pr-316.md"), one);
        ParseCache cache = ParseCache.at(cacheDir);
        ParseResult fresh = cache.parse(ReviewParser.create(), one);
        try (Stream<Path> entries = Files.walk(cacheDir)) {
            for (Path e : entries.filter(Files::isRegularFile).toList()) {
                Files.write(e, new byte[] {1, 2, 3});
            }
        }
        assertThat(cache.parse(ReviewParser.create(), one)).isEqualTo(fresh);
        try (Stream<Path> all = Files.walk(cacheDir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(cache.parse(ReviewParser.create(), one)).isEqualTo(fresh);
        assertThat(cache.misses()).isEqualTo(3);
    }

    /** A small review of our own, so that these tests need no corpus. */
    private static String report(int n) {
        return """
                # Deep Review: 20260301-1000%02d-pr-%d

                | | |
                |---|---|
                | **Date** | 2026-03-01 10:00 |
                | **PR** | #%d — change %d |
                | **Reviewers** | Claude Opus 4.6, Codex GPT 5.4 |

                ## Executive Summary

                Review %d of a small change.

                ## Important Issues

                I1. **Lock never released on error** — `pkg/lock.go:%d` [Claude Opus 4.6]

                The lock stays held when the write fails.
                """.formatted(n, n, n, n, n, 10 + n);
    }

    /** Writes {@code n} reports into the temporary folder, last modified an hour ago. */
    private List<Path> settledReports(int n) throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = Files.writeString(reviews.resolve("review-" + (i + 1) + ".md"), report(i + 1));
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            out.add(p);
        }
        return out;
    }

    @Test
    void aRunWithAliasesAlsoSkipsUnchangedFilesAndKeepsItsResultsApart() throws IOException {
        settledReports(3);
        ReviewParser aliased = ReviewParser.create().withFamilyAliases(new FamilyAliases(java.util.Map.of("DeepSeek", "DeepSeek")));
        ParseCache first = ParseCache.at(cacheDir);
        LoadResult a = ReviewLoader.create().withCache(first).withParser(aliased).load(List.of(reviews));
        assertThat(first.misses()).isEqualTo(3);
        ParseCache second = ParseCache.at(cacheDir);
        LoadResult b = ReviewLoader.create().withCache(second).withParser(aliased).load(List.of(reviews));
        assertThat(second.notRead()).isEqualTo(3);
        assertThat(json(b)).isEqualTo(json(a));
        // The default configuration has an index of its own: its first run parses, its second does not read.
        ParseCache third = ParseCache.at(cacheDir);
        ReviewLoader.create().withCache(third).load(List.of(reviews));
        assertThat(third.notRead()).isZero();
        ParseCache fourth = ParseCache.at(cacheDir);
        ReviewLoader.create().withCache(fourth).load(List.of(reviews));
        assertThat(fourth.notRead()).isEqualTo(3);
    }

    @Test
    void aLaterRunDoesNotReadFilesWhoseStampIsUnchanged() throws IOException {
        settledReports(5);
        ParseCache firstRun = ParseCache.at(cacheDir);
        LoadResult first = ReviewLoader.create().withCache(firstRun).load(List.of(reviews));
        assertThat(first.reviews()).hasSize(5);
        assertThat(firstRun.misses()).isEqualTo(5);
        assertThat(firstRun.notRead()).isZero();
        ParseCache secondRun = ParseCache.at(cacheDir);
        LoadResult second = ReviewLoader.create().withCache(secondRun).load(List.of(reviews));
        assertThat(secondRun.hits()).isEqualTo(5);
        assertThat(secondRun.notRead()).isEqualTo(5);
        assertThat(secondRun.misses()).isZero();
        assertThat(json(second)).isEqualTo(json(first));
    }

    @Test
    void aFileChangedSinceTheLastRunIsReadAndParsedAgain() throws IOException {
        List<Path> files = settledReports(5);
        ReviewLoader.create().withCache(ParseCache.at(cacheDir)).load(List.of(reviews));
        Path changed = files.get(1);
        Files.writeString(changed, Files.readString(changed).replace("## Executive Summary", "## Executive Summary\n\nEdited."));
        ParseCache cache = ParseCache.at(cacheDir);
        LoadResult again = ReviewLoader.create().withCache(cache).load(List.of(reviews));
        assertThat(cache.notRead()).isEqualTo(4);
        assertThat(cache.misses()).isEqualTo(1);
        Review edited = again.reviews().stream().filter(r -> r.sources().get(0).path().equals(changed.toString()))
                .findFirst().orElseThrow();
        assertThat(edited.executiveSummary()).startsWith("Edited.");
    }

    @Test
    void aFileModifiedJustBeforeItWasReadIsNeverTrustedByItsStamp() throws IOException {
        Path recent = reviews.resolve("recent.md");
        String text = report(1);
        Files.writeString(recent, text);
        FileTime stamp = Files.getLastModifiedTime(recent);
        ReviewLoader.create().withCache(ParseCache.at(cacheDir)).load(List.of(reviews));
        // Same size, same modification time: a change within one tick of a coarse file-system clock.
        Files.writeString(recent, text.replace("Review 1 of", "Review 7 of"));
        Files.setLastModifiedTime(recent, stamp);
        ParseCache cache = ParseCache.at(cacheDir);
        ReviewLoader.create().withCache(cache).load(List.of(reviews));
        assertThat(cache.notRead()).isZero();
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void aFileEditedInPlaceWithSizeAndModificationTimeRestoredIsReadAgain() throws IOException {
        Path file = settledReports(1).get(0);
        FileTime settled = Files.getLastModifiedTime(file);
        ParseCache first = ParseCache.at(cacheDir);
        assertThat(ReviewLoader.create().withCache(first).load(List.of(reviews)).reviews().get(0).executiveSummary())
                .isEqualTo("Review 1 of a small change.");
        // What a tool hiding an edit does: same size, modification time set back. The change time moves all the same.
        Files.writeString(file, report(1).replace("Review 1 of", "Edited 1 of"));
        Files.setLastModifiedTime(file, settled);
        ParseCache second = ParseCache.at(cacheDir);
        Review again = ReviewLoader.create().withCache(second).load(List.of(reviews)).reviews().get(0);
        assertThat(second.notRead()).isZero();
        assertThat(again.executiveSummary()).isEqualTo("Edited 1 of a small change.");
    }

    @Test
    void aDamagedIndexOnlyMeansFilesAreHashedAgain() throws IOException {
        settledReports(3);
        LoadResult first = ReviewLoader.create().withCache(ParseCache.at(cacheDir)).load(List.of(reviews));
        assertThat(first.reviews()).hasSize(3);
        List<Path> indexes;
        try (Stream<Path> s = Files.walk(cacheDir)) {
            indexes = s.filter(p -> p.toString().endsWith(".rsi")).toList();
        }
        assertThat(indexes).hasSize(1);
        byte[] bytes = Files.readAllBytes(indexes.get(0));
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(indexes.get(0), bytes);
        ParseCache cache = ParseCache.at(cacheDir);
        LoadResult second = ReviewLoader.create().withCache(cache).load(List.of(reviews));
        assertThat(cache.notRead()).isZero();
        assertThat(cache.hits()).isEqualTo(3);
        assertThat(json(second)).isEqualTo(json(first));
        // The run wrote a good index again.
        ParseCache third = ParseCache.at(cacheDir);
        ReviewLoader.create().withCache(third).load(List.of(reviews));
        assertThat(third.notRead()).isEqualTo(3);
    }
}
