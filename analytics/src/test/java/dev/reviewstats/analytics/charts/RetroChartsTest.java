package dev.reviewstats.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.analytics.AgentScore;
import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.analytics.ReviewFilter;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.ReviewLoader;
import dev.reviewstats.testing.SharedCorpus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Each chart's data against the analytics, and each PNG's size and content, on the real corpus (and the empty input and the period axis on any clone). */
class RetroChartsTest {
    private static List<Review> corpus;
    private static final Leaderboard.Options OPTIONS = Leaderboard.Options.DEFAULT;

    /** The first history, read once, by the tests that need it: the others run on any clone. */
    private static synchronized List<Review> corpus() {
        if (corpus == null) {
            corpus = ReviewLoader.create().load(SharedCorpus.daemonHistory()).reviews();
        }
        return corpus;
    }

    @Test
    void trendPointsAreTheLeaderboardOfEachPeriod() {
        Leaderboard.Breakdown period = ChartData.period(corpus());
        assertThat(period).isEqualTo(Leaderboard.Breakdown.WEEK);
        List<TrendPoint> fp = ChartData.falsePositiveTrend(corpus(), OPTIONS, period);
        Map<String, Leaderboard> weeks = Leaderboard.breakdown(corpus(),
                new Leaderboard.Options(Grouping.FAMILY, ReviewFilter.ALL, 0, Metric.UNIQUE), period);
        assertThat(fp).isNotEmpty();
        for (TrendPoint p : fp) {
            AgentScore s = weeks.get(p.period()).all().stream().filter(x -> x.agent().equals(p.agent())).findFirst().orElseThrow();
            assertThat(p.rate()).isEqualTo(s.falsePositiveRate());
            assertThat(p.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        }
        assertThat(ChartData.agentsOf(fp)).containsExactly("Claude", "Codex", "Gemini");
        assertThat(ChartData.downgradeTrend(corpus(), OPTIONS, period)).isNotEmpty();
    }

    @Test
    void modelChangesMarkWhereAFamilySwitchedVersion() {
        List<ModelChange> changes = ChartData.modelChanges(corpus(), OPTIONS);
        assertThat(changes).extracting(ModelChange::family, ModelChange::model)
                .contains(org.assertj.core.groups.Tuple.tuple("Claude", "Opus 4.7"), org.assertj.core.groups.Tuple.tuple("Codex", "GPT 5.5"));
        LocalDate firstOpus47 = corpus().stream().filter(r -> r.reviewers().contains(Agent.of("Claude", "Opus 4.7")))
                .map(Review::date).min(LocalDate::compareTo).orElseThrow();
        assertThat(changes).filteredOn(c -> c.model().equals("Opus 4.7")).singleElement()
                .extracting(ModelChange::firstSeen).isEqualTo(firstOpus47);
    }

    @Test
    void barChartsCarryTheLeaderboardsNumbers() {
        Leaderboard board = Leaderboard.compute(corpus(), OPTIONS);
        ChartData.keptBySeverity(board).forEach((agent, kept) -> assertThat(kept)
                .isEqualTo(board.all().stream().filter(s -> s.agent().equals(agent)).findFirst().orElseThrow().credited()));
        Map<String, Map<String, Integer>> transitions = ChartData.severityTransitions(corpus(), OPTIONS);
        // The severity-changes chart counts what the leaderboard counts: one figure, one value.
        AgentScore gemini = board.all().stream().filter(s -> s.agent().equals("Gemini")).findFirst().orElseThrow();
        assertThat(transitions.get("Gemini").entrySet().stream().filter(e -> e.getKey().contains("→"))
                .filter(e -> isDowngrade(e.getKey())).mapToInt(Map.Entry::getValue).sum()).isEqualTo(gemini.downgraded());
        assertThat(transitions.get("Gemini").get("false positive")).isEqualTo(gemini.falsePositives());
        assertThat(transitions.get("Gemini").get("dropped")).isEqualTo(gemini.dropped());
        Map<String, Map<Integer, ChartData.RoundMean>> perRound = ChartData.findingsPerRound(corpus(), OPTIONS);
        assertThat(perRound.get("Claude")).containsKeys(1, 2, 3);
    }

    private static boolean isDowngrade(String transition) {
        return "CIS".indexOf(transition.charAt(0)) < "CIS".indexOf(transition.charAt(2));
    }

    @Test
    void everyChartIsAPngOfTheRequestedSizeAndNotBlank() throws IOException {
        List<RetroCharts.Rendered> charts = RetroCharts.render(corpus(), new RetroCharts.Options(OPTIONS, null, 900, 500));
        assertThat(charts).extracting(RetroCharts.Rendered::name).containsExactly("false-positive-rate.png", "downgrade-rate.png",
                "kept-by-severity.png", "severity-changes.png", "leaderboard.png", "findings-per-round.png", "agent-overlap.png",
                "cost-and-value.png");
        for (RetroCharts.Rendered c : charts) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(c.png()));
            assertThat(img.getWidth()).isEqualTo(900);
            assertThat(img.getHeight()).isEqualTo(500);
            assertThat(colours(img)).as(c.name()).isGreaterThan(20);
        }
    }

    @Test
    void theOverlapChartCountsEveryAttributedFindingOnceAndTheCostChartPlotsTheValueFigures() {
        RetroCharts.Options o = new RetroCharts.Options(OPTIONS, null, 900, 500);
        List<RetroCharts.Chart> charts = RetroCharts.charts(corpus(), o);
        org.jfree.chart.plot.CategoryPlot overlap = charts.stream().filter(c -> c.name().equals("agent-overlap")).findFirst().orElseThrow()
                .chart().getCategoryPlot();
        org.jfree.data.category.CategoryDataset data = overlap.getDataset();
        double total = 0;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                total += data.getValue(r, c).doubleValue();
            }
        }
        long attributed = corpus().stream().filter(OPTIONS.filter()).flatMap(r -> r.findings().stream())
                .filter(f -> !f.withdrawn() && !f.agents().isEmpty()).count();
        assertThat(total).isEqualTo((double) attributed);
        assertThat(data.getColumnCount()).isLessThanOrEqualTo(RetroCharts.OVERLAP_SETS);

        org.jfree.data.xy.XYDataset cost = charts.stream().filter(c -> c.name().equals("cost-and-value")).findFirst().orElseThrow()
                .chart().getXYPlot().getDataset();
        dev.reviewstats.analytics.AgentValue.Report value = dev.reviewstats.analytics.AgentValue.of(corpus().stream().filter(OPTIONS.filter())
                .map(r -> dev.reviewstats.analytics.AgentValue.facts(r, OPTIONS.grouping())).toList(), 1);
        for (int i = 0; i < cost.getSeriesCount(); i++) {
            String agent = cost.getSeriesKey(i).toString().replaceAll("  n=\\d+$", "");
            dev.reviewstats.analytics.AgentValue.Row row = value.rows().stream().filter(x -> x.agent().equals(agent)).findFirst().orElseThrow();
            assertThat(cost.getXValue(i, 0)).isEqualTo(row.medianMinutes());
            assertThat(cost.getYValue(i, 0)).isEqualTo(row.uniquePerRun());
        }
        assertThat(cost.getSeriesCount()).isPositive();
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        RetroCharts.Options o = new RetroCharts.Options(OPTIONS, Leaderboard.Breakdown.MONTH, 800, 450);
        List<RetroCharts.Rendered> a = RetroCharts.render(corpus(), o);
        List<RetroCharts.Rendered> b = RetroCharts.render(corpus(), o);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).png()).as(a.get(i).name()).isEqualTo(b.get(i).png());
        }
    }

    @Test
    void noReviewsGiveEveryChartNotAnException() {
        List<RetroCharts.Rendered> charts = RetroCharts.render(List.of(), new RetroCharts.Options(OPTIONS, null, 600, 400));
        assertThat(charts).hasSize(8).allSatisfy(c -> assertThat(c.png()).isNotEmpty());
    }

    @Test
    void oneAgentOnePeriodAndAnAgentWithoutFindingsGiveChartsNotExceptions() throws IOException {
        RetroCharts.Options o = new RetroCharts.Options(OPTIONS, null, 600, 400);
        Review one = corpus().stream().filter(r -> r.id().equals("20260415-184215-pr-316")).findFirst().orElseThrow();
        assertThat(RetroCharts.render(List.of(one), o)).hasSize(8);
        List<Review> oneWeek = corpus().stream().filter(r -> r.date() != null && r.date().isBefore(LocalDate.of(2026, 3, 17))
                && !r.date().isBefore(LocalDate.of(2026, 3, 16))).toList();
        assertThat(RetroCharts.render(oneWeek, o)).hasSize(8);
        Leaderboard.Options claudeOnly = new Leaderboard.Options(Grouping.FAMILY, ReviewFilter.ALL, 0, Metric.UNIQUE);
        Review gemini0 = corpus().stream().filter(r -> r.id().equals("20260416-144208-pr-316")).findFirst().orElseThrow();
        for (RetroCharts.Rendered c : RetroCharts.render(List.of(gemini0), new RetroCharts.Options(claudeOnly, null, 600, 400))) {
            assertThat(colours(ImageIO.read(new ByteArrayInputStream(c.png())))).as(c.name()).isGreaterThan(2);
        }
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void periodTicksAreUniqueAndFallOnThePeriodsTheCaptionNames() {
        RetroCharts.PeriodAxis months = new RetroCharts.PeriodAxis("Month", Leaderboard.Breakdown.MONTH,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 1));
        List<String> labels = months.tickDates().stream().map(months::label).toList();
        assertThat(labels).containsExactly("Mar 2026", "Apr 2026", "May 2026", "Jun 2026", "Jul 2026", "Aug 2026").doesNotHaveDuplicates();
        RetroCharts.PeriodAxis weeks = new RetroCharts.PeriodAxis("Week (starting Monday)", Leaderboard.Breakdown.WEEK,
                LocalDate.of(2026, 3, 30), LocalDate.of(2026, 8, 3));
        assertThat(weeks.tickDates()).isNotEmpty().hasSizeLessThanOrEqualTo(RetroCharts.MAX_PERIOD_LABELS)
                .allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
        assertThat(weeks.tickDates().stream().map(weeks::label).toList()).doesNotHaveDuplicates();
    }

    @Test
    void aRoundMeanRestingOnFewerThanFiveReviewsIsNotDrawn() {
        Map<String, Map<Integer, ChartData.RoundMean>> perRound = ChartData.findingsPerRound(corpus(), OPTIONS);
        perRound.values().forEach(rounds -> rounds.values().forEach(m ->
                assertThat(m.drawn()).isEqualTo(m.reviews() >= ChartData.MIN_ROUND_REVIEWS)));
        assertThat(perRound.values().stream().flatMap(r -> r.values().stream()).filter(m -> !m.drawn())).isNotEmpty();
    }
}
