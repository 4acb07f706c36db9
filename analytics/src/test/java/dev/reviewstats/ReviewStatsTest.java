package dev.reviewstats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reviewstats.analytics.AgentScore;
import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.analytics.ReviewFilter;
import dev.reviewstats.model.Agent;
import dev.reviewstats.parse.LoadResult;
import dev.reviewstats.parse.ParseResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The facade parses, loads on the caller's executor and scores with options built by name, over the bundled samples. */
class ReviewStatsTest {
    private static final Path SAMPLES = Path.of(System.getProperty("reviewstats.repoRoot", "..")).resolve("samples/reviews");

    @Test
    void parsesTextWithoutAnyObjectsToAssemble() {
        ParseResult r = ReviewStats.parse("x.md", "# Deep Review: 20260101-000000-pr-5\n\n| | |\n|---|---|\n"
                + "| **Date** | 2026-01-01 |\n| **Reviewers** | Claude Opus 4.6, Codex GPT 5.4 |\n\n## Important Issues\n\n"
                + "I1. **Cache never expires** — `a/cache.go:3` [Codex GPT 5.4]\n\nBody.\n");
        assertThat(r).isInstanceOfSatisfying(ParseResult.Parsed.class, p -> {
            assertThat(p.review().id()).isEqualTo("20260101-000000-pr-5");
            assertThat(p.review().findings()).singleElement().satisfies(f -> {
                assertThat(f.id()).isEqualTo("I1");
                assertThat(f.agents()).containsExactly(Agent.of("Codex", "GPT 5.4"));
            });
        });
    }

    @Test
    void loadsOnTheCallersExecutorAndScoresWithBuiltOptions() {
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ReviewStats stats = ReviewStats.builder().executor(r -> {
                tasks.incrementAndGet();
                pool.execute(r);
            }).build();
            LoadResult loaded = stats.load(SAMPLES);
            assertThat(loaded.reviews()).hasSize(50);
            assertThat(tasks.get()).as("one task per review's group of files").isBetween(50, 58);

            Leaderboard byModel = stats.leaderboard(loaded.reviews(), Leaderboard.Options.builder()
                    .by(Grouping.MODEL).minRaised(5).sortBy(Metric.UNIQUE)
                    .filter(ReviewFilter.builder().since(LocalDate.of(2026, 1, 1)).build()).build());
            assertThat(byModel.all()).allSatisfy(s -> assertThat(s.identity().hasModel()).isTrue());

            Leaderboard byFamily = stats.leaderboard(loaded.reviews());
            AgentScore claude = byFamily.ranked().stream().filter(s -> s.agent().equals("Claude")).findFirst().orElseThrow();
            assertThat(claude.identity()).isEqualTo(Agent.of("Claude", ""));
            assertThat(claude.reviews()).isEqualTo(47);
            assertThat(claude.raised()).isEqualTo(163);
            assertThat(claude.falsePositives()).isEqualTo(12);

            assertThat(stats.tables(loaded.reviews(), Grouping.FAMILY)).containsOnlyKeys("reviews", "agent-reviews", "agent-findings",
                    "findings", "finding-agents", "judgements", "resolutions");
            assertThat(stats.tables(loaded.reviews(), Grouping.FAMILY).get("reviews").rowCount()).isEqualTo(50);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void buildersRefuseWhatCannotBeMeant() {
        assertThatThrownBy(() -> ReviewFilter.builder().since(LocalDate.of(2026, 5, 1)).until(LocalDate.of(2026, 4, 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before since");
        assertThatThrownBy(() -> Leaderboard.Options.builder().minRaised(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewStats.builder().familyAlias("Deep Seek", "DeepSeek").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewStats.builder().threads(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
