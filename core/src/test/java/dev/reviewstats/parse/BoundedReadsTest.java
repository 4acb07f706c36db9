package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No read is unbounded: a device or a pipe named as input is refused without being opened, and a
 * damaged cache (an entry that is a device, or huge) costs no more than a miss.
 */
class BoundedReadsTest {
    @TempDir
    Path dir;

    private static final Path ZERO = Path.of("/dev/zero");

    private Path report() throws IOException {
        Path f = dir.resolve("20260601-120000-pr-77.md");
        Files.writeString(f, PathologicalInputTest.input("host.md", "", ""));
        return f;
    }

    @Test
    void aDeviceNamedAsInputIsRefusedWithoutReading() {
        assumeTrue(Files.exists(ZERO), "no /dev/zero on this system");
        ParseResult r = ReviewParser.create().parse(ZERO);
        ParseResult.Skipped s = (ParseResult.Skipped) r;
        assertThat(s.reason()).isEqualTo(SkipReason.NOT_A_FILE);
        assertThat(s.detail()).contains("device, pipe or socket");
        assertThat(s.reason().isProblem()).isTrue();
    }

    @Test
    void aLinkToADeviceIsRefusedThroughTheCacheToo() throws IOException {
        assumeTrue(Files.exists(ZERO), "no /dev/zero on this system");
        Path link = Files.createSymbolicLink(dir.resolve("zero.md"), ZERO);
        ParseCache cache = ParseCache.at(dir.resolve("cache"));
        ParseResult r = cache.parse(ReviewParser.create(), link);
        assertThat(((ParseResult.Skipped) r).reason()).isEqualTo(SkipReason.NOT_A_FILE);
    }

    @Test
    void aPipeWithNoWriterIsRefusedRatherThanWaitedOn() throws Exception {
        Path fifo = dir.resolve("review.md");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            return;
        }
        assumeTrue(mk.waitFor() == 0, "mkfifo failed");
        LoadResult loaded = ReviewLoader.create().load(List.of(fifo));
        assertThat(loaded.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(SkipReason.NOT_A_FILE));
        assertThat(loaded.hasProblems()).isTrue();
    }

    @Test
    void aHugeOrDeviceCacheEntryIsAMissNotARead() throws IOException {
        Path file = report();
        Path cacheDir = dir.resolve("cache");
        ParseCache first = ParseCache.at(cacheDir);
        ParseResult fresh = first.parse(ReviewParser.create(), file);
        List<Path> entries;
        try (Stream<Path> s = Files.walk(cacheDir)) {
            entries = s.filter(p -> p.toString().endsWith(".rsr")).toList();
        }
        assertThat(entries).hasSize(1);
        Path entry = entries.get(0);
        // A sparse file past the entry limit: size-checked, never read.
        Files.delete(entry);
        try (RandomAccessFile raf = new RandomAccessFile(entry.toFile(), "rw")) {
            raf.setLength(ParseCache.MAX_ENTRY_BYTES + 1);
        }
        ParseCache second = ParseCache.at(cacheDir);
        assertThat(second.parse(ReviewParser.create().withBudget(null), file)).isEqualTo(fresh);
        assertThat(second.misses()).isEqualTo(1);
        if (Files.exists(ZERO)) {
            Files.delete(entry);
            Files.createSymbolicLink(entry, ZERO);
            ParseCache third = ParseCache.at(cacheDir);
            assertThat(third.parse(ReviewParser.create(), file)).isEqualTo(fresh);
            assertThat(third.misses()).isEqualTo(1);
        }
    }

    @Test
    void aCacheThatCannotBeWrittenSaysWhyAndTheResultIsStillRight() throws IOException {
        Path file = report();
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        ParseCache cache = ParseCache.at(blocker.resolve("cache"));
        ParseResult r = cache.parse(ReviewParser.create(), file);
        assertThat(r).isEqualTo(ReviewParser.create().parse(file));
        assertThat(cache.problem()).hasValueSatisfying(p -> assertThat(p).contains("could not write").contains("not-a-folder"));
        assertThat(ParseCache.at(dir.resolve("fine")).problem()).isEmpty();
    }

    @Test
    void aFolderNamedAsAFileIsSaidToBeOne() {
        ParseResult r = ReviewParser.create().parse(dir);
        assertThat(((ParseResult.Skipped) r).detail()).contains("directory");
    }
}
