package dev.reviewstats.analytics.charts;

import dev.reviewstats.analytics.AgentScore;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.analytics.Rate;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.SeverityCounts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Renders the retro charts to PNG, headless: false-positive and downgrade rates over time with their
 * 95% bands and model-version markers, kept findings by severity, original → final severity, the
 * leaderboard metric with interval whiskers, and findings per round. Deterministic: the same input on
 * the same machine gives the same bytes.
 */
public final class RetroCharts {
    /** Fonts present on a bare Debian machine with a JDK, then Java's logical fallback. */
    private static final List<String> FONTS = List.of("DejaVu Sans", "Liberation Sans", Font.SANS_SERIF);
    private static final Map<Severity, Color> SEVERITY_COLOURS = Map.of(Severity.CRITICAL, new Color(0xB0, 0x1C, 0x1C),
            Severity.IMPORTANT, new Color(0xD9, 0x77, 0x06), Severity.SUGGESTION, new Color(0x25, 0x63, 0xEB));

    /**
     * @param leaderboard filters, grouping, minimum and metric
     * @param period weeks or months for the trends, or {@code null} to choose from the data's span
     * @param width PNG width in pixels
     * @param height PNG height in pixels
     */
    public record Options(Leaderboard.Options leaderboard, Leaderboard.Breakdown period, int width, int height) {
        public Options {
            Objects.requireNonNull(leaderboard, "leaderboard");
            if (width < 200 || height < 150 || width > 10_000 || height > 10_000) {
                throw new IllegalArgumentException("chart size must be between 200×150 and 10000×10000");
            }
            if (period == Leaderboard.Breakdown.ROUND) {
                throw new IllegalArgumentException("trends are by week or month");
            }
        }
    }

    /** One chart as PNG bytes. */
    public record Rendered(String name, String title, byte[] png) {
    }

    private RetroCharts() {
    }

    public static List<Rendered> render(List<Review> reviews, Options o) {
        System.setProperty("java.awt.headless", "true");
        Leaderboard.Options lo = o.leaderboard();
        Leaderboard.Breakdown period = o.period() != null ? o.period() : ChartData.period(reviews.stream().filter(lo.filter()).toList());
        Leaderboard board = Leaderboard.compute(reviews, lo);
        Map<String, Integer> shades = shades(reviews, lo);
        String per = period == Leaderboard.Breakdown.WEEK ? "week" : "month";
        List<Rendered> out = new ArrayList<>();
        out.add(png("false-positive-rate", trend("False-positive rate per " + per,
                ChartData.falsePositiveTrend(reviews, lo, period), ChartData.modelChanges(reviews, lo), shades), o));
        out.add(png("downgrade-rate", trend("Downgrade rate per " + per,
                ChartData.downgradeTrend(reviews, lo, period), ChartData.modelChanges(reviews, lo), shades), o));
        out.add(png("kept-by-severity", keptBySeverity(ChartData.keptBySeverity(board)), o));
        out.add(png("severity-changes", transitions(ChartData.severityTransitions(reviews, lo), shades), o));
        out.add(png("leaderboard", leaderboard(board, shades), o));
        out.add(png("findings-per-round", perRound(ChartData.findingsPerRound(reviews, lo), shades), o));
        return out;
    }

    /** The shade of each agent key: a family's model versions in order of first appearance. */
    private static Map<String, Integer> shades(List<Review> reviews, Leaderboard.Options lo) {
        Map<String, Integer> shades = new HashMap<>();
        Map<String, Integer> perFamily = new HashMap<>();
        reviews.stream().filter(r -> r.date() != null).sorted((a, b) -> a.date().compareTo(b.date()))
                .flatMap(r -> r.reviewers().stream()).forEach(a -> {
                    String key = lo.grouping().key(a);
                    if (!shades.containsKey(key)) {
                        shades.put(key, perFamily.merge(a.family(), 1, Integer::sum) - 1);
                    }
                });
        return shades;
    }

    private static Color colour(String agent, Map<String, Integer> shades) {
        return AgentColours.of(agent, shades.getOrDefault(agent, 0));
    }

    private static JFreeChart trend(String title, List<TrendPoint> points, List<ModelChange> changes, Map<String, Integer> shades) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<String> agents = ChartData.agentsOf(points);
        for (String agent : agents) {
            YIntervalSeries s = new YIntervalSeries(agent);
            for (TrendPoint p : points) {
                if (p.agent().equals(agent)) {
                    Rate r = p.rate();
                    s.add(p.start().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(), 100 * r.value(), 100 * r.low(),
                            100 * r.high());
                }
            }
            data.addSeries(s);
        }
        DateAxis x = new DateAxis("Period");
        x.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        x.setLocale(Locale.ROOT);
        NumberAxis y = new NumberAxis("Rate (%), 95% interval shaded");
        y.setRange(0, 100);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        for (ModelChange m : changes) {
            if (agents.stream().noneMatch(a -> a.startsWith(m.family()))) {
                continue;
            }
            ValueMarker marker = new ValueMarker(m.firstSeen().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            marker.setPaint(AgentColours.of(m.family(), 0));
            marker.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(m.family() + " → " + m.model());
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker);
        }
        plot.setNoDataMessage("No rates to show: no review in range states the needed counts");
        JFreeChart chart = styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        for (int i = 0; i < agents.size(); i++) {
            Color c = colour(agents.get(i), shades);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(3f));
        }
        renderer.setAlpha(0.12f);
        return chart;
    }

    private static JFreeChart keptBySeverity(Map<String, SeverityCounts> kept) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Severity s : Severity.values()) {
            for (Map.Entry<String, SeverityCounts> e : kept.entrySet()) {
                data.addValue(e.getValue().get(s), s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT), e.getKey());
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        CategoryPlot plot = new CategoryPlot(kept.isEmpty() || !ChartData.anyKept(kept) ? new DefaultCategoryDataset() : data,
                new CategoryAxis("Agent"), new NumberAxis("Kept findings"), renderer);
        plot.setNoDataMessage("No kept findings in range");
        JFreeChart chart = styled(new JFreeChart("Kept findings by severity", JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        for (Severity s : Severity.values()) {
            renderer.setSeriesPaint(s.ordinal(), SEVERITY_COLOURS.get(s));
        }
        return chart;
    }

    private static JFreeChart transitions(Map<String, Map<String, Integer>> changes, Map<String, Integer> shades) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> columns = changes.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
        List<String> agents = new ArrayList<>(changes.keySet());
        for (String agent : agents) {
            for (String col : columns) {
                data.addValue(changes.get(agent).getOrDefault(col, 0), agent, col);
            }
        }
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Original → final severity"), new NumberAxis("Findings"), renderer);
        plot.setNoDataMessage("No severity changes in range");
        JFreeChart chart = styled(new JFreeChart("How consolidation re-graded each agent's findings", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true));
        for (int i = 0; i < agents.size(); i++) {
            renderer.setSeriesPaint(i, colour(agents.get(i), shades));
        }
        return chart;
    }

    private static JFreeChart leaderboard(Leaderboard board, Map<String, Integer> shades) {
        Metric metric = board.options().sort();
        boolean rate = metric == Metric.FALSE_POSITIVE_RATE || metric == Metric.DOWNGRADE_RATE || metric == Metric.KEEP_RATE
                || metric == Metric.FIX_RATE;
        Metric shown = rate ? metric : Metric.FALSE_POSITIVE_RATE;
        List<AgentScore> scores = board.all().stream().filter(s -> rateOf(s, shown).isKnown()).toList();
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        double[][] lows = new double[1][scores.size()];
        double[][] highs = new double[1][scores.size()];
        String[] keys = new String[scores.size()];
        List<Color> colours = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            AgentScore s = scores.get(i);
            Rate r = rateOf(s, shown);
            String label = s.agent() + (s.ranked() ? "" : " (unranked)");
            bars.addValue(100 * r.value(), label(shown), label);
            keys[i] = label;
            lows[0][i] = 100 * r.low();
            highs[0][i] = 100 * r.high();
            colours.add(colour(s.agent(), shades));
        }
        // One series, each bar in its agent's colour, so the whisker sits on its bar.
        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return column < colours.size() ? colours.get(column) : super.getItemPaint(row, column);
            }
        };
        renderer.setMaximumBarWidth(0.5);
        CategoryPlot plot = new CategoryPlot(bars, new CategoryAxis("Agent"), new NumberAxis(label(shown) + " (%)"), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getRangeAxis().setRange(0, 100);
        IntervalBarRenderer whisker = new IntervalBarRenderer();
        if (scores.size() > 0) {
            DefaultIntervalCategoryDataset whiskers = new DefaultIntervalCategoryDataset(new String[] {"95% interval"}, keys,
                    toObjects(lows), toObjects(highs));
            whisker.setMaximumBarWidth(0.06);
            plot.setDataset(1, whiskers);
            plot.setRenderer(1, whisker);
        }
        plot.setNoDataMessage("No agent has a " + label(shown).toLowerCase(Locale.ROOT) + " in range");
        JFreeChart chart = styled(new JFreeChart(label(shown) + " per agent, 95% interval as the dark bar",
                JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        whisker.setSeriesPaint(0, new Color(0x22, 0x22, 0x22));
        return chart;
    }

    private static Number[][] toObjects(double[][] v) {
        Number[][] out = new Number[v.length][];
        for (int i = 0; i < v.length; i++) {
            out[i] = Arrays.stream(v[i]).boxed().toArray(Number[]::new);
        }
        return out;
    }

    static Rate rateOf(AgentScore s, Metric m) {
        return switch (m) {
            case DOWNGRADE_RATE -> s.downgradeRate();
            case KEEP_RATE -> s.keepRate();
            case FIX_RATE -> s.fixRate();
            default -> s.falsePositiveRate();
        };
    }

    private static String label(Metric m) {
        return switch (m) {
            case DOWNGRADE_RATE -> "Downgrade rate";
            case KEEP_RATE -> "Keep rate";
            case FIX_RATE -> "Fix rate";
            default -> "False-positive rate";
        };
    }

    private static JFreeChart perRound(Map<String, Map<Integer, Double>> perRound, Map<String, Integer> shades) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<String> agents = new ArrayList<>(perRound.keySet());
        for (String agent : agents) {
            XYSeries s = new XYSeries(agent);
            perRound.get(agent).forEach(s::add);
            data.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        NumberAxis x = new NumberAxis("Round");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, x, new NumberAxis("Kept findings per review"), renderer);
        plot.setNoDataMessage("No PR in range was reviewed in more than one round");
        JFreeChart chart = styled(new JFreeChart("Findings per round, PRs with several rounds", JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        for (int i = 0; i < agents.size(); i++) {
            renderer.setSeriesPaint(i, colour(agents.get(i), shades));
            renderer.setSeriesStroke(i, new BasicStroke(3f));
        }
        return chart;
    }

    private static JFreeChart styled(JFreeChart chart) {
        String family = font();
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 22));
        theme.setLargeFont(new Font(family, Font.BOLD, 16));
        theme.setRegularFont(new Font(family, Font.PLAIN, 14));
        theme.setSmallFont(new Font(family, Font.PLAIN, 12));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        // The theme resets series paints: callers colour their series after this.
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static String font() {
        List<String> available = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
        return FONTS.stream().filter(f -> f.equals(Font.SANS_SERIF) || available.contains(f)).findFirst().orElse(Font.SANS_SERIF);
    }

    private static Rendered png(String name, JFreeChart chart, Options o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, o.width(), o.height());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(name + ".png", chart.getTitle() == null ? name : chart.getTitle().getText(), out.toByteArray());
    }
}
