package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report rewritten or replaced while it is read is read again, so no review comes from two versions;
 * one that never holds still is skipped with the reason, never parsed half-written.
 */
class ChangedWhileReadTest {
    @TempDir
    Path dir;

    private static final String HALF = "# Deep Review: 20260601-120000-pr-77\n\n| **Date** | 2026-06-01 |\n";

    private Path report() throws IOException {
        Path f = dir.resolve("20260601-120000-pr-77.md");
        Files.writeString(f, HALF);
        return f;
    }

    private static void write(Path f, String text) {
        try {
            Files.writeString(f, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFileRewrittenDuringTheFirstReadIsReadAgainAndParsedWhole() throws IOException {
        Path f = report();
        String whole = PathologicalInputTest.input("host.md", "", "");
        AtomicInteger reads = new AtomicInteger();
        ParseResult r = ReviewParser.create().parse(f, () -> {
            if (reads.incrementAndGet() == 1) {
                write(f, whole);
            }
        });
        assertThat(reads).hasValue(2);
        ParseResult.Parsed parsed = (ParseResult.Parsed) r;
        assertThat(parsed.review().findings()).isEqualTo(((ParseResult.Parsed) ReviewParser.create().parse(f)).review().findings());
        assertThat(parsed.review().findings()).isNotEmpty();
    }

    @Test
    void aFileReplacedByAnotherDuringTheReadIsReadAgainFromTheNewOne() throws IOException {
        Path f = report();
        Path next = dir.resolve("next.tmp");
        String whole = PathologicalInputTest.input("host.md", "", "");
        Files.writeString(next, whole);
        AtomicInteger reads = new AtomicInteger();
        byte[] bytes = ReviewParser.readWhole(f, ReviewParser.MAX_BYTES, () -> {
            if (reads.incrementAndGet() == 1) {
                try {
                    // As an editor or a sync client saves: a new file moved over the old one.
                    Files.move(next, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(whole);
    }

    @Test
    void aFileThatChangesDuringEveryReadIsSkippedWithTheReason() throws IOException {
        Path f = report();
        AtomicInteger reads = new AtomicInteger();
        ParseResult r = ReviewParser.create().parse(f, () -> write(f, HALF + "x".repeat(reads.incrementAndGet())));
        assertThat(reads).hasValue(ReviewParser.READ_TRIES);
        ParseResult.Skipped s = (ParseResult.Skipped) r;
        assertThat(s.reason()).isEqualTo(SkipReason.UNREADABLE);
        assertThat(s.detail()).contains("changed while it was read, 3 times in a row").contains("run again once it is complete");
        assertThat(s.reason().isProblem()).isTrue();
    }

    @Test
    void aFileDeletedAfterItsReadIsReportedMissing() throws IOException {
        Path f = report();
        ParseResult r = ReviewParser.create().parse(f, () -> {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(((ParseResult.Skipped) r).reason()).isEqualTo(SkipReason.MISSING);
    }

    @Test
    void aFileThatHoldsStillIsReadOnce() throws IOException {
        Path f = report();
        AtomicInteger reads = new AtomicInteger();
        byte[] bytes = ReviewParser.readWhole(f, ReviewParser.MAX_BYTES, reads::incrementAndGet);
        assertThat(reads).hasValue(1);
        assertThat(bytes).isEqualTo(Files.readAllBytes(f));
    }
}
