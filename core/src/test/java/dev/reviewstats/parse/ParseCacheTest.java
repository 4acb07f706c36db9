package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.json.ReviewJson;
import dev.reviewstats.model.Review;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
