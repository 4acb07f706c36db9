package dev.reviewstats.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.analytics.AgentScore;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.parse.LoadResult;
import dev.reviewstats.parse.ReviewLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed samples are exactly what the generator writes, and they read back as a useful history. */
class SampleHistoryTest {
    static Path committed() {
        String repo = System.getProperty("reviewstats.repoRoot");
        return Path.of(repo == null ? ".." : repo).resolve("samples/reviews");
    }

    @Test
    void regeneratingReproducesTheCommittedFilesByteForByte(@TempDir Path dir) throws IOException {
        SampleHistory.main(new String[] {dir.toString()});
        List<String> written = names(dir);
        assertThat(written).isEqualTo(names(committed()));
        for (String name : written) {
            assertThat(Files.readAllBytes(dir.resolve(name))).as(name).isEqualTo(Files.readAllBytes(committed().resolve(name)));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theSamplesReadBackAsFiftyReviewsSomeInTwoFormsWithRealDifferencesBetweenAgents() {
        LoadResult loaded = ReviewLoader.create().load(List.of(committed()));
        assertThat(loaded.skipped()).isEmpty();
        assertThat(loaded.reviews()).hasSize(SampleHistory.COUNT);
        assertThat(loaded.reviews().stream().filter(r -> r.sources().size() == 2).count()).isEqualTo(8);
        Leaderboard board = Leaderboard.compute(loaded.reviews(), Leaderboard.Options.DEFAULT);
        assertThat(board.ranked()).extracting(AgentScore::agent).containsExactlyInAnyOrder("Claude", "Codex", "Gemini", "Qwen");
        AgentScore gemini = board.ranked().stream().filter(s -> s.agent().equals("Gemini")).findFirst().orElseThrow();
        AgentScore claude = board.ranked().stream().filter(s -> s.agent().equals("Claude")).findFirst().orElseThrow();
        // Gemini is generated noisier than Claude; the intervals must not even overlap on 50 reviews.
        assertThat(gemini.falsePositiveRate().low()).isGreaterThan(claude.falsePositiveRate().high());
    }

    @Test
    void theEmbeddingExamplePrintsOneAgentsFalsePositiveRate() {
        LoadResult loaded = ReviewLoader.create().load(List.of(committed()));
        AgentScore gemini = Leaderboard.compute(loaded.reviews(), Leaderboard.Options.DEFAULT).all().stream()
                .filter(s -> s.agent().equals("Gemini")).findFirst().orElseThrow();
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            FalsePositiveRate.main(new String[] {committed().toString(), "gemini"});
        } finally {
            System.setOut(stdout);
        }
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8).strip()).isEqualTo(String.format(java.util.Locale.ROOT,
                "Gemini: %d of %d raised findings were false positives (%.1f%%, 95%% CI %.1f–%.1f%%)",
                gemini.falsePositiveRate().numerator(), gemini.falsePositiveRate().denominator(), 100 * gemini.falsePositiveRate().value(),
                100 * gemini.falsePositiveRate().low(), 100 * gemini.falsePositiveRate().high()));
        // Gemini is generated with the highest false-positive rate of the four agents.
        assertThat(gemini.falsePositiveRate().numerator()).isGreaterThan(20);
    }
}
