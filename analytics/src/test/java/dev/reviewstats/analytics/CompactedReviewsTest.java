package dev.reviewstats.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.analytics.charts.ChartData;
import dev.reviewstats.model.Compactor;
import dev.reviewstats.model.DiagnosticLevel;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.ReviewLoader;
import dev.reviewstats.testing.SharedCorpus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The commands that hold every review at once hold them cut down — compare, report and charts
 * compacted, rounds as a trail's essentials: every figure they print must be the one the whole
 * reviews give.
 */
class CompactedReviewsTest {
    private static final Path SAMPLES = Path.of(System.getProperty("reviewstats.repoRoot", "..")).resolve("samples/reviews");
    /** The hand-made reviews of the value tests: one model at two efforts. */
    private static final Path VALUE = Path.of(System.getProperty("reviewstats.repoRoot", "..")).resolve("analytics/src/test/resources/value");

    @Test
    void theSamplesGiveTheSameFiguresCompacted() {
        assertSameFigures(ReviewLoader.create().load(List.of(SAMPLES)).reviews());
    }

    @Test
    void reviewsOfOneModelAtTwoEffortsGiveTheSameFiguresCompacted() {
        // Agents are equal whatever their effort: compacting must not merge Claude Opus 5 at high into xhigh.
        List<Review> full = ReviewLoader.create().load(List.of(VALUE)).reviews();
        List<Review> small = full.stream().map(new Compactor()).toList();
        Leaderboard.Options o = Leaderboard.Options.builder().by(Grouping.MODEL_EFFORT).minRaised(0).build();
        assertThat(Leaderboard.compute(small, o).all().stream().map(AgentScore::agent).toList())
                .contains("Claude Opus 5 (effort: high)", "Claude Opus 5 (effort: xhigh)");
        assertThat(Leaderboard.compute(small, o)).isEqualTo(Leaderboard.compute(full, o));
    }

    @Test
    void bothSharedHistoriesGiveTheSameFiguresCompacted() {
        assertSameFigures(ReviewLoader.create().load(SharedCorpus.histories()).reviews());
    }

    private static void assertSameFigures(List<Review> full) {
        Compactor compactor = new Compactor();
        List<Review> small = full.stream().map(compactor).toList();
        assertThat(full).hasSizeGreaterThan(20);

        for (Grouping g : Grouping.values()) {
            Leaderboard.Options o = Leaderboard.Options.builder().by(g).build();
            assertThat(Leaderboard.compute(small, o)).isEqualTo(Leaderboard.compute(full, o));
            assertThat(Leaderboard.fates(small, o)).isEqualTo(Leaderboard.fates(full, o));
            assertThat(Leaderboard.breakdown(small, o, Leaderboard.Breakdown.MONTH))
                    .isEqualTo(Leaderboard.breakdown(full, o, Leaderboard.Breakdown.MONTH));
            assertThat(ChartData.findingsPerRound(small, o)).isEqualTo(ChartData.findingsPerRound(full, o));
            assertThat(small.stream().map(r -> AgentValue.facts(r, g)).toList())
                    .isEqualTo(full.stream().map(r -> AgentValue.facts(r, g)).toList());
        }
        assertThat(ChartData.modelChanges(small, Leaderboard.Options.DEFAULT)).isEqualTo(ChartData.modelChanges(full, Leaderboard.Options.DEFAULT));
        assertThat(Comparison.modelVersions(small)).isEqualTo(Comparison.modelVersions(full));
        LocalDate middle = full.stream().map(Review::date).filter(java.util.Objects::nonNull).sorted().toList()
                .get(full.size() / 2);
        assertThat(Comparison.sinceDate(small, middle, Grouping.FAMILY, Metric.rates()))
                .isEqualTo(Comparison.sinceDate(full, middle, Grouping.FAMILY, Metric.rates()));
        for (int i = 0; i < full.size(); i++) {
            assertThat(Lint.check(small.get(i), DiagnosticLevel.INFO)).isEqualTo(Lint.check(full.get(i), DiagnosticLevel.INFO));
        }
        // What a finding carries over is read at parse time, so the trails need no finding's text: over
        // compacted reviews and over rounds' essentials they are those over whole reviews.
        List<FindingTrail> trails = FindingTrail.of(full);
        assertThat(trails).isNotEmpty();
        assertThat(FindingTrail.of(full.stream().map(FindingTrail::essentials).toList()).stream().map(FindingTrail::fates).toList())
                .isEqualTo(trails.stream().map(FindingTrail::fates).toList());
        assertThat(FindingTrail.of(small).stream().map(FindingTrail::fates).toList())
                .isEqualTo(trails.stream().map(FindingTrail::fates).toList());
    }
}
