package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static dev.reviewstats.cli.ParseCommandTest.samples;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a lead can share: the umask's mode, standard output for "-", devices and pipes written to, not replaced. */
class OutputTargetTest {
    @TempDir
    Path dir;

    @Test
    void aNewPageGetsTheModeAnyNewFileGetsHere() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        Set<PosixFilePermission> umasked = Files.getPosixFilePermissions(probe);
        Path page = dir.resolve("retro.html");
        assertThat(run("report", "--no-cache", samples().toString(), "-o", page.toString()).exit()).isZero();
        assertThat(Files.getPosixFilePermissions(page)).as("not a temporary file's 0600").isEqualTo(umasked);
        Path charts = dir.resolve("charts");
        assertThat(run("charts", "--no-cache", samples().toString(), "-o", charts.toString()).exit()).isZero();
        try (var pngs = Files.list(charts)) {
            pngs.forEach(p -> assertThat(permissions(p)).as(p.toString()).isEqualTo(umasked));
        }
    }

    @Test
    void anExistingPageKeepsItsPermissions() throws IOException {
        Path page = dir.resolve("retro.html");
        Files.writeString(page, "old");
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-rw----"));
        assertThat(run("report", "--no-cache", samples().toString(), "-o", page.toString()).exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(page))).isEqualTo("rw-rw----");
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void dashWritesThePageToStandardOutputAndNoFileNamedDash() {
        ParseCommandTest.Run r = run("report", "--no-cache", samples().toString(), "-o", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<h2>Leaderboard</h2>");
        assertThat(Path.of("-")).doesNotExist();
        ParseCommandTest.Run charts = run("charts", "--no-cache", samples().toString(), "-o", "-");
        assertThat(charts.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(charts.err()).contains("charts writes one PNG file per chart");
    }

    @Test
    void aPipeIsWrittenToNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        assertThat(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0).isTrue();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(run("report", "--no-cache", samples().toString(), "-o", fifo.toString()).exit()).isZero();
        assertThat(reader.get(30, TimeUnit.SECONDS)).startsWith("<!DOCTYPE html>");
        assertThat(Files.isRegularFile(fifo)).as("the pipe is still a pipe").isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void aDeviceIsWrittenToNotReplaced() {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull), "no /dev/null");
        assertThat(run("report", "--no-cache", samples().toString(), "-o", devNull.toString()).exit()).isZero();
        assertThat(Files.isRegularFile(devNull)).isFalse();
    }

    private static Set<PosixFilePermission> permissions(Path p) {
        try {
            return Files.getPosixFilePermissions(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
