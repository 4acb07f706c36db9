package dev.reviewstats.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.analytics.Rate;
import dev.reviewstats.analytics.ReviewFilter;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.ReviewLoader;
import dev.reviewstats.testing.SharedCorpus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** What each chart will draw, read back from its datasets, renderers and markers rather than from pixels. */
class ChartReadBackTest {
    private static final Path SAMPLES = Path.of(System.getProperty("reviewstats.repoRoot", "..")).resolve("samples/reviews");

    private static JFreeChart chart(List<Review> reviews, RetroCharts.Options o, String name) {
        return RetroCharts.charts(reviews, o).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().chart();
    }

    private static List<Review> samples() {
        return ReviewLoader.create().load(List.of(SAMPLES)).reviews();
    }

    @Test
    void theLeaderboardChartDrawsEachRateAsAPointInsideItsWholeIntervalWithNBesideTheAgent() {
        List<Review> reviews = samples();
        // A minimum that leaves some agents unranked.
        Leaderboard.Options lo = new Leaderboard.Options(Grouping.MODEL, ReviewFilter.ALL, 60, Metric.FALSE_POSITIVE_RATE);
        Leaderboard board = Leaderboard.compute(reviews, lo);
        assertThat(board.ranked()).isNotEmpty();
        assertThat(board.unranked()).isNotEmpty();
        CategoryPlot plot = (CategoryPlot) chart(reviews, new RetroCharts.Options(lo, null, 900, 500), "leaderboard").getPlot();

        assertThat(plot.getRenderer(0)).isInstanceOf(LineAndShapeRenderer.class);
        LineAndShapeRenderer dots = (LineAndShapeRenderer) plot.getRenderer(0);
        assertThat(dots.getDefaultLinesVisible()).as("points, not bars or lines").isFalse();
        assertThat(plot.getRenderer(1)).isInstanceOf(IntervalBarRenderer.class);
        IntervalCategoryDataset intervals = (IntervalCategoryDataset) plot.getDataset(1);
        List<?> labels = plot.getDataset(0).getColumnKeys();
        assertThat(labels).hasSize(board.all().size());
        boolean seenUnranked = false;
        for (int i = 0; i < labels.size(); i++) {
            String label = (String) labels.get(i);
            var score = board.all().get(i);
            Rate r = score.falsePositiveRate();
            assertThat(label).isEqualTo(score.agent() + "  n=" + r.denominator() + (score.ranked() ? "" : "  (unranked)"));
            double value = plot.getDataset(0).getValue(0, i).doubleValue();
            double low = intervals.getStartValue(0, i).doubleValue();
            double high = intervals.getEndValue(0, i).doubleValue();
            assertThat(value).isCloseTo(100 * r.value(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(low).as("lower bound drawn").isCloseTo(100 * r.low(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(high).as("upper bound drawn").isCloseTo(100 * r.high(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(low).isLessThanOrEqualTo(value);
            assertThat(high).isGreaterThanOrEqualTo(value);
            // Unranked agents come after every ranked one, in grey.
            seenUnranked |= !score.ranked();
            assertThat(score.ranked()).as("ranked after an unranked one").isEqualTo(!seenUnranked);
            assertThat(dots.getItemPaint(0, i).equals(RetroCharts.UNRANKED)).isEqualTo(!score.ranked());
        }
    }

    @Test
    void longCategoryNamesWrapAndNeighbouringRoundLinesLabelOnOppositeSides() {
        List<Review> reviews = samples();
        RetroCharts.Options o = new RetroCharts.Options(Leaderboard.Options.DEFAULT, null, 900, 500);
        CategoryPlot fates = (CategoryPlot) chart(reviews, o, "severity-changes").getPlot();
        assertThat(fates.getCategories()).asList().contains("false positive");
        // Two lines for a name such as "false positive": one line cut it to "fal…" at the default size.
        assertThat(fates.getDomainAxis().getMaximumCategoryLabelLines()).isEqualTo(2);

        XYPlot rounds = (XYPlot) chart(reviews, o, "findings-per-round").getPlot();
        assertThat(rounds.getSeriesCount()).isGreaterThanOrEqualTo(2);
        org.jfree.chart.renderer.xy.XYItemRenderer r = rounds.getRenderer();
        assertThat(r.getSeriesPositiveItemLabelPosition(0).getItemLabelAnchor())
                .isEqualTo(org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12);
        assertThat(r.getSeriesPositiveItemLabelPosition(1).getItemLabelAnchor())
                .isEqualTo(org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE6);
    }

    @Test
    void theLeaderboardChartsRateAxisFitsTheIntervalsAndMarksZero() {
        List<Review> reviews = samples();
        Leaderboard.Options lo = new Leaderboard.Options(Grouping.FAMILY, ReviewFilter.ALL, 10, Metric.FALSE_POSITIVE_RATE);
        Leaderboard board = Leaderboard.compute(reviews, lo);
        double top = board.all().stream().mapToDouble(s -> 100 * s.falsePositiveRate().high()).filter(v -> !Double.isNaN(v)).max()
                .orElseThrow();
        assertThat(top).as("the samples' false-positive intervals end well below 100%").isLessThan(60);
        CategoryPlot plot = (CategoryPlot) chart(reviews, new RetroCharts.Options(lo, null, 900, 500), "leaderboard").getPlot();
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(top).isLessThanOrEqualTo(top * 1.1 + 5);
        assertThat(plot.getRangeAxis().getLowerBound()).isNegative();
        assertThat(plot.getRangeMarkers(Layer.FOREGROUND)).extracting(m -> ((ValueMarker) m).getValue()).contains(0.0);
    }

    @Test
    void aModelChangeIsMarkedOnlyWhenTheNewModelLasts() {
        List<Review> corpus = ReviewLoader.create().load(SharedCorpus.daemonHistory()).reviews();
        // The corpus has one review on Gemini 2.5 Pro between months on 3.1 Pro: a one-off, not a switch.
        assertThat(corpus.stream().filter(r -> r.reviewers().contains(Agent.of("Gemini", "2.5 Pro"))).count()).isEqualTo(1);
        List<ModelChange> changes = ChartData.modelChanges(corpus, Leaderboard.Options.DEFAULT);
        assertThat(changes).extracting(ModelChange::family, ModelChange::model)
                .containsExactly(tuple("Claude", "Opus 4.7"), tuple("Codex", "GPT 5.5"));

        XYPlot plot = (XYPlot) chart(corpus, new RetroCharts.Options(Leaderboard.Options.DEFAULT, null, 1000, 560),
                "false-positive-rate").getPlot();
        Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        assertThat(markers).extracting(m -> ((Marker) m).getLabel()).containsExactly("Claude → Opus 4.7", "Codex → GPT 5.5");
        // The two switches are a week apart: their labels take different rows.
        List<Double> tops = markers.stream().map(m -> ((ValueMarker) m).getLabelOffset().getTop()).toList();
        assertThat(tops).doesNotHaveDuplicates();
    }

    @Test
    void modelLabelsNeverShareARowWhereTheyWouldOverlap() {
        List<Review> reviews = samples();
        XYPlot plot = (XYPlot) chart(reviews, new RetroCharts.Options(
                new Leaderboard.Options(Grouping.MODEL, ReviewFilter.ALL, 0, Metric.UNIQUE), null, 800, 450), "downgrade-rate").getPlot();
        List<ValueMarker> markers = new ArrayList<>();
        plot.getDomainMarkers(Layer.FOREGROUND).forEach(m -> markers.add((ValueMarker) m));
        assertThat(markers).isNotEmpty();
        double span = plot.getDomainAxis().getRange().getLength();
        for (int i = 0; i < markers.size(); i++) {
            for (int j = i + 1; j < markers.size(); j++) {
                double apart = Math.abs(markers.get(i).getValue() - markers.get(j).getValue()) / span;
                if (apart < 190.0 / 800) {
                    assertThat(markers.get(i).getLabelOffset().getTop()).as("close markers on one row")
                            .isNotEqualTo(markers.get(j).getLabelOffset().getTop());
                }
            }
        }
    }

    @Test
    void trendLinesBreakAtPeriodsWithoutAPointAndSkipSmallBases() {
        Rate enough = Rate.of(1, 10);
        List<TrendPoint> points = List.of(
                new TrendPoint("Claude", "2026-W10", LocalDate.of(2026, 3, 2), enough),
                new TrendPoint("Claude", "2026-W11", LocalDate.of(2026, 3, 9), enough),
                new TrendPoint("Claude", "2026-W13", LocalDate.of(2026, 3, 23), enough),
                new TrendPoint("Codex", "2026-W10", LocalDate.of(2026, 3, 2), enough));
        assertThat(ChartData.segments(points, "Claude", Leaderboard.Breakdown.WEEK)).extracting(List::size).containsExactly(2, 1);

        // On the samples: every drawn series covers consecutive periods only, and no point rests on fewer than the minimum.
        List<Review> reviews = samples();
        Leaderboard.Breakdown period = ChartData.period(reviews);
        XYPlot plot = (XYPlot) chart(reviews, new RetroCharts.Options(Leaderboard.Options.DEFAULT, period, 900, 500),
                "false-positive-rate").getPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 1; i < data.getItemCount(s); i++) {
                LocalDate before = LocalDate.ofInstant(java.time.Instant.ofEpochMilli((long) data.getXValue(s, i - 1)), ZoneOffset.UTC);
                LocalDate after = LocalDate.ofInstant(java.time.Instant.ofEpochMilli((long) data.getXValue(s, i)), ZoneOffset.UTC);
                assertThat(after).as("series %s", data.getSeriesKey(s)).isEqualTo(ChartData.next(before, period));
            }
        }
        assertThat(ChartData.falsePositiveTrend(reviews, Leaderboard.Options.DEFAULT, period))
                .allSatisfy(p -> assertThat(p.rate().denominator()).isGreaterThanOrEqualTo(ChartData.MIN_TREND_BASE));
    }

    @Test
    void monthlyTicksFallOnMonthStartsAndASinglePointAtOneHundredPercentIsNotOnTheFrame() {
        List<Review> reviews = samples();
        XYPlot monthly = (XYPlot) chart(reviews, new RetroCharts.Options(Leaderboard.Options.DEFAULT, Leaderboard.Breakdown.MONTH,
                900, 500), "false-positive-rate").getPlot();
        RetroCharts.PeriodAxis x = (RetroCharts.PeriodAxis) monthly.getDomainAxis();
        assertThat(x.tickDates()).isNotEmpty().allSatisfy(d -> assertThat(d.getDayOfMonth()).isEqualTo(1));
        assertThat(x.tickDates().stream().map(x::label).toList()).doesNotHaveDuplicates();

        // One week of reviews: one point per agent. The axes leave room on every side of it.
        LocalDate firstDay = reviews.stream().map(Review::date).min(LocalDate::compareTo).orElseThrow();
        List<Review> oneWeek = reviews.stream().filter(r -> r.date().isBefore(firstDay.plusDays(7))).toList();
        XYPlot plot = (XYPlot) chart(oneWeek, new RetroCharts.Options(new Leaderboard.Options(Grouping.FAMILY, ReviewFilter.ALL, 0,
                Metric.UNIQUE), Leaderboard.Breakdown.WEEK, 900, 500), "downgrade-rate").getPlot();
        assertThat(plot.getDataset().getSeriesCount()).isPositive();
        // The rate axis is fitted to the rates and their intervals, with room below zero (a rate at 0 is
        // not drawn on the frame) and the zero line marked.
        double top = 0;
        YIntervalSeriesCollection shown = (YIntervalSeriesCollection) plot.getDataset();
        for (int s = 0; s < shown.getSeriesCount(); s++) {
            for (int i = 0; i < shown.getItemCount(s); i++) {
                top = Math.max(top, shown.getEndYValue(s, i));
            }
        }
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(top).isLessThanOrEqualTo(106);
        assertThat(plot.getRangeAxis().getLowerBound()).isLessThan(0);
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).anySatisfy(m ->
                assertThat(((org.jfree.chart.plot.ValueMarker) m).getValue()).isZero());
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        double first = Double.MAX_VALUE;
        double last = -Double.MAX_VALUE;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                first = Math.min(first, data.getXValue(s, i));
                last = Math.max(last, data.getXValue(s, i));
            }
        }
        assertThat(plot.getDomainAxis().getLowerBound()).isLessThan(first);
        assertThat(plot.getDomainAxis().getUpperBound()).isGreaterThan(last);
    }
}
