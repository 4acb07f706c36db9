package dev.reviewstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache that cannot be written is said once on stderr; the figures are the same as without it. */
class CacheNoticeTest {
    @TempDir
    Path dir;

    @Test
    void anUnusableCacheIsReportedOnceAndChangesNothingElse() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file-not-folder"), "x");
        String fixtures = "src/test/resources/fixtures";
        String before = System.getProperty("reviewstats.cacheDir");
        ParseCommandTest.Run cached;
        try {
            System.setProperty("reviewstats.cacheDir", blocker.resolve("cache").toString());
            cached = ParseCommandTest.run("--min-raised", "0", fixtures);
        } finally {
            if (before == null) {
                System.clearProperty("reviewstats.cacheDir");
            } else {
                System.setProperty("reviewstats.cacheDir", before);
            }
        }
        ParseCommandTest.Run plain = ParseCommandTest.run("--min-raised", "0", "--no-cache", fixtures);
        assertThat(cached.err().lines().filter(l -> l.contains("the parse cache is not usable"))).hasSize(1);
        assertThat(cached.err()).contains("file-not-folder");
        assertThat(plain.err()).doesNotContain("parse cache");
        assertThat(cached.out()).isEqualTo(plain.out());
        assertThat(cached.exit()).isEqualTo(plain.exit());
    }
}
