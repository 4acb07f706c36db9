package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewstats.json.ReviewJson;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.LoadResult;
import dev.reviewstats.parse.ParseResult;
import dev.reviewstats.parse.ReviewLoader;
import dev.reviewstats.parse.ReviewParser;
import dev.reviewstats.parse.SkipReason;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Odd and broken files mixed into a folder of good reports: none crashes the run, loses a good report
 * or counts anything twice.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private String clean;
    private String cleanHtml;
    private Review cleanReview;

    @BeforeEach
    void load() throws IOException {
        Path samples = Path.of(System.getProperty("reviewstats.repoRoot", "..")).resolve("samples/reviews");
        clean = Files.readString(samples.resolve("20260126-175718-pr-121.md"));
        cleanHtml = Files.readString(samples.resolve("20260204-122509-pr-117.html"));
        cleanReview = parsed("clean.md", clean.getBytes(StandardCharsets.UTF_8));
    }

    private static Review parsed(String name, byte[] bytes) {
        ParseResult r = ReviewParser.create().parse(name, bytes);
        assertThat(r).as(name).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) r).review();
    }

    /** The review's JSON without its source paths, which name the file. */
    private static ObjectNode content(Review r) {
        ObjectNode n = ReviewJson.toJson(r);
        n.remove("sources");
        return n;
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @Test
    void encodingsAndLineEndsReadExactlyLikeTheCleanFile() {
        byte[] utf8 = clean.getBytes(StandardCharsets.UTF_8);
        assertThat(content(parsed("bom.md", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8))))
                .isEqualTo(content(cleanReview));
        assertThat(content(parsed("le.md", ("\uFEFF" + clean).getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(content(cleanReview));
        assertThat(content(parsed("be.md", ("\uFEFF" + clean).getBytes(StandardCharsets.UTF_16BE)))).isEqualTo(content(cleanReview));
        assertThat(content(parsed("crlf.md", clean.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(content(cleanReview));
        assertThat(content(parsed("cr.md", clean.replace("\n", "\r").getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(content(cleanReview));
    }

    @Test
    void brokenContentIsParsedBestEffortWithDiagnostics() {
        byte[] bad = clean.replace("Executive Summary", "Executive \u00ff Summary").getBytes(StandardCharsets.ISO_8859_1);
        Review invalid = parsed("invalid.md", bad);
        assertThat(invalid.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.INPUT_DECODING));
        assertThat(invalid.findings()).hasSameSizeAs(cleanReview.findings());

        String deep = cleanHtml.replace("  </main>", "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000) + "\n  </main>");
        Review nested = parsed("deep.html", deep.getBytes(StandardCharsets.UTF_8));
        assertThat(nested.findings()).isEqualTo(parsed("clean.html", cleanHtml.getBytes(StandardCharsets.UTF_8)).findings());

        StringBuilder wide = new StringBuilder(clean).append("\n\n| t |");
        for (int i = 0; i < 10_000; i++) {
            wide.append(" c").append(i).append(" |");
        }
        wide.append("\n|").append("---|".repeat(10_001)).append("\n| row |").append(" 1 |".repeat(10_000)).append('\n');
        assertThat(parsed("wide.md", wide.toString().getBytes(StandardCharsets.UTF_8)).findings()).isEqualTo(cleanReview.findings());

        String line = clean + "\n" + "x".repeat(1_000_000) + "\n";
        assertThat(parsed("line.md", line.getBytes(StandardCharsets.UTF_8)).findings()).isEqualTo(cleanReview.findings());
    }

    @Test
    void unreadableInputsAreSkippedWithOneLineEachAndTheGoodReportsStillCount() throws IOException {
        Files.writeString(dir.resolve("good.md"), clean);
        Files.writeString(dir.resolve("good.html"), cleanHtml);
        Files.writeString(dir.resolve("empty.md"), "");
        Files.write(dir.resolve("binary.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("huge.md").toFile(), "rw")) {
            big.write(clean.getBytes(StandardCharsets.UTF_8));
            big.setLength(50L * 1000 * 1000);
        }
        Files.createDirectory(dir.resolve("folder.md"));
        Path loop = Files.createDirectory(dir.resolve("sub"));
        Files.createSymbolicLink(loop.resolve("back"), dir);

        ParseCommandTest.Run r = run("parse", dir.toString(), dir.resolve("no-such-file.md").toString());
        assertThat(r.exit()).isEqualTo(ExitCode.SKIPPED_INPUT.code());
        List<String> err = r.err().lines().toList();
        assertThat(err).anySatisfy(l -> assertThat(l).contains("empty.md: skipped (empty): the file is empty"));
        assertThat(err).anySatisfy(l -> assertThat(l).contains("binary.md: skipped (binary)"));
        assertThat(err).anySatisfy(l -> assertThat(l).contains("huge.md: skipped (too large)").contains("16 MiB"));
        assertThat(err).anySatisfy(l -> assertThat(l).contains("no-such-file.md: skipped (missing)"));
        assertThat(err).anySatisfy(l -> assertThat(l).contains("skipped (link loop)"));
        // A folder is walked, not read: folder.md holds nothing and gives no error.
        assertThat(r.err()).doesNotContain("folder.md");

        LoadResult loaded = ReviewLoader.create().load(List.of(dir));
        assertThat(loaded.reviews()).hasSize(2);
        Review good = loaded.reviews().stream().filter(x -> x.id().equals(cleanReview.id())).findFirst().orElseThrow();
        assertThat(content(good)).isEqualTo(content(cleanReview));
        assertThat(loaded.skipped()).extracting(ParseResult.Skipped::reason).contains(SkipReason.LINK_LOOP);
    }

    @Test
    void aLinkBackToItsOwnFolderIsReportedButLosesNothing() throws IOException {
        Files.writeString(dir.resolve("good.md"), clean);
        Files.createSymbolicLink(dir.resolve("self"), Path.of("."));
        ParseCommandTest.Run r = run("parse", "--no-cache", dir.toString());
        assertThat(r.err()).contains("skipped (link loop)");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK.code());
        assertThat(r.out()).contains(cleanReview.id());
    }

    @Test
    void aFileUnreadableByPermissionsIsSkipped() throws IOException {
        Path locked = dir.resolve("locked.md");
        Files.writeString(locked, clean);
        assertThat(locked.toFile().setReadable(false, false)).isTrue();
        if (Files.isReadable(locked)) {
            System.err.println("SKIPPED: running as root, who can read any file; permission check not exercised");
            Assumptions.abort("root can read files without read permission");
        }
        ParseCommandTest.Run r = run("parse", locked.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.SKIPPED_INPUT.code());
        assertThat(r.err()).contains("locked.md: skipped (unreadable): permission denied");
    }

    @Test
    void aFileNamedAsAReportThatCannotBeReadAsOneIsUnreadable() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("looks-like.md"));
        ParseResult r = ReviewParser.create().parse(folder);
        assertThat(r).isInstanceOf(ParseResult.Skipped.class);
        assertThat(((ParseResult.Skipped) r).reason()).isEqualTo(SkipReason.UNREADABLE);
    }

    @Test
    void aFileDeletedWhileTheRunIsGoingIsSkippedAndTheRestCount() throws IOException {
        Files.writeString(dir.resolve("a.md"), clean);
        Path b = dir.resolve("b.md");
        Files.writeString(b, clean.replace("20260126-175718-pr-121", "20260127-175718-pr-121"));
        AtomicBoolean deleted = new AtomicBoolean();
        LoadResult loaded = ReviewLoader.create().sequential().load(List.of(dir), result -> {
            if (deleted.compareAndSet(false, true)) {
                try {
                    Files.delete(b);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        assertThat(loaded.reviews()).extracting(Review::id).containsExactly("20260126-175718-pr-121");
        assertThat(loaded.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.MISSING);
            assertThat(s.detail()).contains("deleted while running");
        });
    }
}
