package dev.reviewstats.analytics.charts;

import dev.reviewstats.analytics.AgentScore;
import dev.reviewstats.analytics.AgentValue;
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
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
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
    /** The colour of agents below the ranking minimum: visibly apart from the ranked ones. */
    static final Color UNRANKED = new Color(0x9C, 0xA3, 0xAF);
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
        /**
         * Checks the components.
         *
         * @param leaderboard filters, grouping, minimum and metric
         * @param period weeks or months for the trends, or {@code null} to choose from the data's span
         * @param width PNG width in pixels
         * @param height PNG height in pixels
         */
        public Options {
            Objects.requireNonNull(leaderboard, "leaderboard");
            if (width < 200 || height < 150 || width > 10_000 || height > 10_000) {
                throw new IllegalArgumentException("chart size must be between 200×150 and 10000×10000");
            }
            if (period == Leaderboard.Breakdown.ROUND || period == Leaderboard.Breakdown.REPO) {
                throw new IllegalArgumentException("trends are by week or month");
            }
        }
    }

    /** One chart as PNG bytes. */
    public record Rendered(String name, String title, byte[] png) {
    }

    private RetroCharts() {
    }

    /**
     * Renders every chart the reviews allow.
     *
     * @param reviews the reviews
     * @param o the options
     * @return the charts, PNG bytes with name and title
     */
    public static List<Rendered> render(List<Review> reviews, Options o) {
        return charts(reviews, o).stream().map(c -> png(c.name(), c.chart(), o)).toList();
    }

    /** A chart before it is drawn: tests read what it will draw (datasets, renderers, markers). */
    record Chart(String name, JFreeChart chart) {
    }

    static List<Chart> charts(List<Review> reviews, Options o) {
        System.setProperty("java.awt.headless", "true");
        Leaderboard.Options lo = o.leaderboard();
        Leaderboard.Breakdown period = o.period() != null ? o.period() : ChartData.period(reviews.stream().filter(lo.filter()).toList());
        Leaderboard board = Leaderboard.compute(reviews, lo);
        Map<String, Color> shades = shades(reviews, lo);
        String per = period == Leaderboard.Breakdown.WEEK ? "week" : "month";
        List<ModelChange> changes = ChartData.modelChanges(reviews, lo);
        List<Chart> out = new ArrayList<>();
        out.add(new Chart("false-positive-rate", trend("False-positive rate per " + per,
                ChartData.falsePositiveTrend(reviews, lo, period), period, changes, shades, o)));
        out.add(new Chart("downgrade-rate", trend("Downgrade rate per " + per,
                ChartData.downgradeTrend(reviews, lo, period), period, changes, shades, o)));
        out.add(new Chart("kept-by-severity", keptBySeverity(ChartData.keptBySeverity(board))));
        out.add(new Chart("severity-changes", transitions(ChartData.severityTransitions(reviews, lo), shades)));
        out.add(new Chart("leaderboard", leaderboard(board, shades)));
        out.add(new Chart("findings-per-round", perRound(ChartData.findingsPerRound(reviews, lo), shades)));
        List<AgentValue.ReviewFacts> facts = reviews.stream().filter(lo.filter()).map(r -> AgentValue.facts(r, lo.grouping())).toList();
        out.add(new Chart("agent-overlap", overlap(facts)));
        out.add(new Chart("cost-and-value", costAndValue(AgentValue.of(facts, 1), shades)));
        return out;
    }

    /** The shade of each agent key: a family's model versions in order of first appearance. */
    static Map<String, Color> shades(List<Review> reviews, Leaderboard.Options lo) {
        // Each row's colour comes from its agent's family, typed, never from splitting the row's name:
        // "Qwen3 Coder Next" is Qwen, "GLM-4.7 Flash" is GLM. Families the palette does not know take the
        // next free colour in order of first appearance, so two of them never share one.
        Map<String, Color> colours = new HashMap<>();
        Map<String, Integer> perFamily = new HashMap<>();
        List<String> otherFamilies = new ArrayList<>();
        reviews.stream().sorted(java.util.Comparator.comparing(Review::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(Review::id))
                .flatMap(r -> r.reviewers().stream()).forEach(a -> {
                    String key = lo.grouping().key(a);
                    if (!colours.containsKey(key)) {
                        String family = a.family().toLowerCase(Locale.ROOT);
                        if (!AgentColours.knows(family) && !otherFamilies.contains(family)) {
                            otherFamilies.add(family);
                        }
                        colours.put(key, AgentColours.of(family, otherFamilies.indexOf(family), perFamily.merge(family, 1, Integer::sum) - 1));
                    }
                });
        return colours;
    }

    /** Every row's key is a reviewer's of some review drawn, so {@link #shades} holds it; grey says otherwise. */
    private static Color colour(String agent, Map<String, Color> shades) {
        return shades.getOrDefault(agent, UNRANKED);
    }

    /** Height of one row of model-change labels, in pixels: labels of markers close together take different rows. */
    static final int LABEL_ROW = 18;

    private static JFreeChart trend(String title, List<TrendPoint> points, Leaderboard.Breakdown period, List<ModelChange> changes,
            Map<String, Color> shades, Options o) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<String> agents = ChartData.agentsOf(points);
        List<String> seriesAgent = new ArrayList<>();
        for (String agent : agents) {
            // One series per run of consecutive periods: a line never bridges a period with no point.
            List<List<TrendPoint>> runs = ChartData.segments(points, agent, period);
            for (int i = 0; i < runs.size(); i++) {
                YIntervalSeries s = new YIntervalSeries(i == 0 ? agent : agent + " (" + (i + 1) + ")");
                for (TrendPoint p : runs.get(i)) {
                    Rate r = p.rate();
                    s.add(millis(p.start()), 100 * r.value(), 100 * r.low(), 100 * r.high());
                }
                data.addSeries(s);
                seriesAgent.add(agent);
            }
        }
        java.time.LocalDate lo = points.stream().map(TrendPoint::start).min(java.time.LocalDate::compareTo).orElse(null);
        java.time.LocalDate hi = points.stream().map(TrendPoint::start).max(java.time.LocalDate::compareTo).orElse(null);
        DateAxis x = new PeriodAxis(period == Leaderboard.Breakdown.MONTH ? "Month" : "Week (starting Monday)", period, lo, hi);
        x.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        x.setLocale(Locale.ROOT);
        if (lo != null) {
            // Half a period of room on the left, a whole one on the right: the last label is not cut at the frame.
            long half = (millis(ChartData.next(lo, period)) - millis(lo)) / 2;
            x.setRange(millis(lo) - half, millis(ChartData.next(hi, period)) + half);
        }
        double top = points.stream().mapToDouble(p -> 100 * p.rate().high()).filter(v -> !Double.isNaN(v)).max().orElse(100);
        NumberAxis y = new NumberAxis("Rate (%); 95% interval shaded");
        // Fitted to the rates and their intervals (a 5% rate is not flattened against a 0–100 axis), with
        // room below zero so that a rate at 0 is not drawn on the frame; the zero line is marked.
        double upper = Math.min(100, Math.max(10, Math.ceil(top * 1.1 / 5) * 5));
        y.setRange(-upper * 0.05, upper + (upper >= 100 ? 6 : 0));
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(upper <= 20 ? 2 : upper <= 50 ? 5 : 10));
        // Each point's area grows with the findings its rate rests on: a point from 5 findings looks
        // lighter than one from 50 (the base is in TrendPoint for a reader of the data).
        DeviationRenderer renderer = new DeviationRenderer(true, true) {
            @Override
            public java.awt.Shape getItemShape(int series, int item) {
                double d = pointDiameter(baseAt(points, seriesAgent.get(series), data.getXValue(series, item)));
                return new java.awt.geom.Ellipse2D.Double(-d / 2, -d / 2, d, d);
            }
        };
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, new Color(0x55, 0x55, 0x55), new BasicStroke(1.2f)));
        addModelChanges(plot, changes, agents, x, o);
        plot.setNoDataMessage("No rates to show: no period in range has " + ChartData.MIN_TREND_BASE
                + " or more findings behind an agent's rate");
        JFreeChart chart = styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        for (int i = 0; i < seriesAgent.size(); i++) {
            Color c = colour(seriesAgent.get(i), shades);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(3f));
            renderer.setSeriesVisibleInLegend(i, data.getSeriesKey(i).equals(seriesAgent.get(i)));
        }
        chart.addSubtitle(new org.jfree.chart.title.TextTitle("Point area grows with the findings behind the rate; periods with fewer than "
                + ChartData.MIN_TREND_BASE + " are left out, and a line never crosses a period without a point",
                new Font(font(), Font.PLAIN, 12)));
        renderer.setAlpha(0.12f);
        return chart;
    }

    /**
     * A date axis whose ticks fall on the periods the points stand for: the first of each month, or each
     * Monday; every label unique, thinned to at most {@link #MAX_PERIOD_LABELS} so none overlaps.
     */
    static final class PeriodAxis extends DateAxis {
        private static final long serialVersionUID = 1L;
        private final transient Leaderboard.Breakdown period;
        private final transient java.time.LocalDate first;
        private final transient java.time.LocalDate last;

        PeriodAxis(String label, Leaderboard.Breakdown period, java.time.LocalDate first, java.time.LocalDate last) {
            super(label);
            this.period = period;
            this.first = first;
            this.last = last;
        }

        /** The tick dates: each period start from the first point's to the last's, every k-th. */
        List<java.time.LocalDate> tickDates() {
            List<java.time.LocalDate> all = new ArrayList<>();
            if (first == null) {
                return all;
            }
            for (java.time.LocalDate d = first; !d.isAfter(last); d = ChartData.next(d, period)) {
                all.add(d);
            }
            int step = Math.max(1, (int) Math.ceil(all.size() / (double) MAX_PERIOD_LABELS));
            List<java.time.LocalDate> out = new ArrayList<>();
            for (int i = 0; i < all.size(); i += step) {
                out.add(all.get(i));
            }
            return out;
        }

        String label(java.time.LocalDate d) {
            return period == Leaderboard.Breakdown.MONTH
                    ? d.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", Locale.ROOT))
                    : d.format(java.time.format.DateTimeFormatter.ofPattern("d MMM", Locale.ROOT));
        }

        @Override
        public List<org.jfree.chart.axis.ValueTick> refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                java.awt.geom.Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
            List<org.jfree.chart.axis.ValueTick> ticks = new ArrayList<>();
            for (java.time.LocalDate d : tickDates()) {
                ticks.add(new org.jfree.chart.axis.DateTick(new java.util.Date(millis(d)), label(d),
                        org.jfree.chart.ui.TextAnchor.TOP_CENTER, org.jfree.chart.ui.TextAnchor.CENTER, 0.0));
            }
            return ticks;
        }
    }

    /** The most period labels an axis shows: more would crowd a chart a few hundred pixels wide. */
    static final int MAX_PERIOD_LABELS = 8;

    private static java.text.DateFormat utc(java.text.DateFormat f) {
        f.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        return f;
    }

    private static long millis(java.time.LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The base (denominator) of the point of {@code agent} at {@code x}. */
    static int baseAt(List<TrendPoint> points, String agent, double x) {
        return points.stream().filter(p -> p.agent().equals(agent) && millis(p.start()) == (long) x).findFirst()
                .map(p -> p.rate().denominator()).orElse(0);
    }

    /** A point's diameter in pixels: its area in proportion to its base, from 6 px (5 findings) to 20 px (60 and more). */
    static double pointDiameter(int base) {
        return Math.max(6, Math.min(20, 6 * Math.sqrt(base / (double) ChartData.MIN_TREND_BASE)));
    }

    /**
     * Model-change markers, labelled so that labels never overlap or leave the plot: a label stands to
     * the right of its line, or to the left in the right third of the chart, and markers closer than a
     * label's width take successive rows.
     */
    private static void addModelChanges(XYPlot plot, List<ModelChange> changes, List<String> agents, DateAxis x, Options o) {
        List<ModelChange> shown = changes.stream().filter(m -> agents.stream().anyMatch(a -> a.startsWith(m.family()))).toList();
        if (shown.isEmpty() || x.getRange().getLength() <= 0) {
            return;
        }
        double span = x.getRange().getLength();
        // About how much of the x range one label covers, from the chart's width.
        double labelShare = 190.0 / Math.max(200, o.width());
        int maxRows = Math.max(1, (o.height() - 160) / LABEL_ROW);
        List<double[]> placed = new ArrayList<>();
        for (ModelChange m : shown) {
            double at = millis(m.firstSeen());
            double share = (at - x.getRange().getLowerBound()) / span;
            boolean leftOfLine = share > 0.66;
            double from = leftOfLine ? share - labelShare : share;
            double to = leftOfLine ? share : share + labelShare;
            int row = 0;
            while (row < maxRows - 1 && overlaps(placed, row, from, to)) {
                row++;
            }
            placed.add(new double[] {row, from, to});
            ValueMarker marker = new ValueMarker(at);
            marker.setPaint(AgentColours.of(m.family().toLowerCase(Locale.ROOT), -1, 0));
            marker.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(m.family() + " → " + m.model());
            marker.setLabelFont(new Font(font(), Font.PLAIN, 12));
            marker.setLabelAnchor(leftOfLine ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(leftOfLine ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4 + row * LABEL_ROW, 4, 4, 4));
            plot.addDomainMarker(marker);
        }
    }

    private static boolean overlaps(List<double[]> placed, int row, double from, double to) {
        return placed.stream().anyMatch(p -> p[0] == row && from < p[2] && p[1] < to);
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

    private static JFreeChart transitions(Map<String, Map<String, Integer>> changes, Map<String, Color> shades) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> columns = changes.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
        List<String> agents = new ArrayList<>(changes.keySet());
        for (String agent : agents) {
            for (String col : columns) {
                data.addValue(changes.get(agent).getOrDefault(col, 0), agent, col);
            }
        }
        BarRenderer renderer = new BarRenderer();
        CategoryAxis fates = new CategoryAxis("Original → final severity");
        // "false positive" and "out of scope" wrap onto a second line rather than being cut to "fal…".
        fates.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, fates, new NumberAxis("Findings"), renderer);
        plot.setNoDataMessage("No severity changes in range");
        JFreeChart chart = styled(new JFreeChart("How consolidation re-graded each agent's findings", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true));
        for (int i = 0; i < agents.size(); i++) {
            renderer.setSeriesPaint(i, colour(agents.get(i), shades));
        }
        return chart;
    }

    /**
     * The leaderboard's rate per agent as a point with its 95% interval drawn whole (lower to upper
     * bound), {@code n} in each agent's label; unranked agents follow the ranked ones, in grey.
     */
    private static JFreeChart leaderboard(Leaderboard board, Map<String, Color> shades) {
        Metric metric = board.options().sort();
        Metric shown = metric.isRate() ? metric : Metric.FALSE_POSITIVE_RATE;
        List<AgentScore> scores = board.all().stream().filter(s -> shown.rate(s).isKnown()).toList();
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        double[][] lows = new double[1][scores.size()];
        double[][] highs = new double[1][scores.size()];
        String[] keys = new String[scores.size()];
        List<Color> colours = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            AgentScore s = scores.get(i);
            Rate r = shown.rate(s);
            String label = s.agent() + "  n=" + r.denominator() + (s.ranked() ? "" : "  (unranked)");
            points.addValue(100 * r.value(), label(shown), label);
            keys[i] = label;
            lows[0][i] = 100 * r.low();
            highs[0][i] = 100 * r.high();
            colours.add(s.ranked() ? colour(s.agent(), shades) : UNRANKED);
        }
        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true) {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return column < colours.size() ? colours.get(column) : super.getItemPaint(row, column);
            }
        };
        dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        CategoryPlot plot = new CategoryPlot(points, new CategoryAxis("Agent"), new NumberAxis(label(shown) + " (%)"), dots);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // Fitted to the intervals, as the trend charts are: rates of 1–10% are not squeezed against a 0–100 axis.
        double top = java.util.Arrays.stream(highs[0]).filter(v -> !Double.isNaN(v)).max().orElse(100);
        double upper = Math.min(100, Math.max(10, Math.ceil(top * 1.1 / 5) * 5));
        plot.getRangeAxis().setRange(-upper * 0.02, upper + (upper >= 100 ? 2 : 0));
        ((NumberAxis) plot.getRangeAxis()).setTickUnit(new org.jfree.chart.axis.NumberTickUnit(upper <= 20 ? 2 : upper <= 50 ? 5 : 10));
        plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, new Color(0x55, 0x55, 0x55), new BasicStroke(1.2f)));
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        if (scores.size() > 0) {
            IntervalBarRenderer interval = new IntervalBarRenderer() {
                @Override
                public java.awt.Paint getItemPaint(int row, int column) {
                    Color c = column < colours.size() ? colours.get(column) : Color.GRAY;
                    return new Color(c.getRed(), c.getGreen(), c.getBlue(), 110);
                }
            };
            interval.setMaximumBarWidth(0.035);
            interval.setDrawBarOutline(false);
            plot.setDataset(1, new DefaultIntervalCategoryDataset(new String[] {"95% interval"}, keys, toObjects(lows), toObjects(highs)));
            plot.setRenderer(1, interval);
            // Points over their intervals.
            plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        }
        plot.setNoDataMessage("No agent has a " + label(shown).toLowerCase(Locale.ROOT) + " in range");
        return styled(new JFreeChart(label(shown) + " per agent: point and 95% interval",
                JFreeChart.DEFAULT_TITLE_FONT, plot, false));
    }

    /** How many sets to show: the rest are summed into one bar, so no finding is left out. */
    static final int OVERLAP_SETS = 12;

    /**
     * Which agents raised each finding, UpSet-style: one bar per set of agents ("Claude alone",
     * "Claude + Codex"), stacked by final severity, the largest sets first.
     */
    private static JFreeChart overlap(List<AgentValue.ReviewFacts> facts) {
        Map<String, int[]> bySet = new HashMap<>();
        for (AgentValue.ReviewFacts r : facts) {
            for (AgentValue.FindingFacts f : r.findings()) {
                String set = f.agents().size() == 1 ? f.agents().iterator().next() + " alone" : String.join(" + ", new java.util.TreeSet<>(f.agents()));
                bySet.computeIfAbsent(set, k -> new int[Severity.values().length])[f.severity().ordinal()]++;
            }
        }
        List<Map.Entry<String, int[]>> sorted = new ArrayList<>(bySet.entrySet());
        sorted.sort((a, b) -> {
            int c = Integer.compare(Arrays.stream(b.getValue()).sum(), Arrays.stream(a.getValue()).sum());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        if (sorted.size() > OVERLAP_SETS) {
            int[] rest = new int[Severity.values().length];
            int sets = 0;
            for (Map.Entry<String, int[]> e : sorted.subList(OVERLAP_SETS - 1, sorted.size())) {
                sets++;
                for (int i = 0; i < rest.length; i++) {
                    rest[i] += e.getValue()[i];
                }
            }
            sorted = new ArrayList<>(sorted.subList(0, OVERLAP_SETS - 1));
            sorted.add(Map.entry(sets + " other sets", rest));
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Severity s : Severity.values()) {
            for (Map.Entry<String, int[]> e : sorted) {
                data.addValue(e.getValue()[s.ordinal()], s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT), e.getKey());
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        CategoryPlot plot = new CategoryPlot(sorted.isEmpty() ? new DefaultCategoryDataset() : data, new CategoryAxis("Raised by"),
                new NumberAxis("Consolidated findings"), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setNoDataMessage("No attributed findings in range");
        JFreeChart chart = styled(new JFreeChart("Which agents raised each finding", JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        for (Severity s : Severity.values()) {
            renderer.setSeriesPaint(s.ordinal(), SEVERITY_COLOURS.get(s));
        }
        return chart;
    }

    /**
     * What a run costs against what only the agent adds: median minutes per run across, unique
     * findings per run up, with the bootstrap interval as a vertical bar; each point named.
     */
    private static JFreeChart costAndValue(AgentValue.Report value, Map<String, Color> shades) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        List<String> names = new ArrayList<>();
        for (AgentValue.Row row : value.rows()) {
            if (row.medianMinutes() == null || row.runs() == 0) {
                continue;
            }
            YIntervalSeries s = new YIntervalSeries(row.agent() + "  n=" + row.runs());
            s.add(row.medianMinutes(), row.uniquePerRun(), row.uniquePerRunLow(), row.uniquePerRunHigh());
            data.addSeries(s);
            names.add(row.agent());
        }
        org.jfree.chart.renderer.xy.XYErrorRenderer renderer = new org.jfree.chart.renderer.xy.XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> dataset.getSeriesKey(series).toString());
        renderer.setDefaultItemLabelsVisible(true);
        NumberAxis x = new NumberAxis("Median minutes per run");
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis("Findings only it raised, per run (95% interval)");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setNoDataMessage("No agent states its time in range");
        JFreeChart chart = styled(new JFreeChart("Cost of a run against what only the agent adds", JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        for (int i = 0; i < names.size(); i++) {
            Color c = colour(names.get(i), shades);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        }
        renderer.setErrorPaint(null);
        return chart;
    }

    private static Number[][] toObjects(double[][] v) {
        Number[][] out = new Number[v.length][];
        for (int i = 0; i < v.length; i++) {
            out[i] = Arrays.stream(v[i]).boxed().toArray(Number[]::new);
        }
        return out;
    }

    /** The metric's prose name with a capital, for titles and axes. */
    private static String label(Metric m) {
        return Character.toUpperCase(m.label().charAt(0)) + m.label().substring(1);
    }

    private static JFreeChart perRound(Map<String, Map<Integer, ChartData.RoundMean>> perRound, Map<String, Color> shades) {
        XYSeriesCollection data = new XYSeriesCollection();
        List<String> agents = new ArrayList<>();
        Map<String, Integer> reviewsAt = new java.util.HashMap<>();
        for (Map.Entry<String, Map<Integer, ChartData.RoundMean>> e : perRound.entrySet()) {
            XYSeries s = new XYSeries(e.getKey());
            e.getValue().forEach((round, m) -> {
                if (m.drawn()) {
                    s.add((double) round, (Number) m.mean());
                    reviewsAt.put(e.getKey() + "\u0000" + round, m.reviews());
                }
            });
            if (!s.isEmpty()) {
                data.addSeries(s);
                agents.add(e.getKey());
            }
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        // Each point says how many reviews its mean rests on.
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> "n=" + reviewsAt.getOrDefault(
                dataset.getSeriesKey(series) + "\u0000" + (int) dataset.getXValue(series, item), 0));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(font(), Font.PLAIN, 11));
        NumberAxis x = new NumberAxis("Round");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis("Kept findings per review");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setNoDataMessage("No round of a PR reviewed in several rounds has " + ChartData.MIN_ROUND_REVIEWS + " or more reviews");
        JFreeChart chart = styled(new JFreeChart("Findings per round, PRs with several rounds", JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        chart.addSubtitle(new org.jfree.chart.title.TextTitle("n: reviews behind each mean; rounds with fewer than "
                + ChartData.MIN_ROUND_REVIEWS + " reviews are left out", new Font(font(), Font.PLAIN, 12)));
        for (int i = 0; i < agents.size(); i++) {
            renderer.setSeriesPaint(i, colour(agents.get(i), shades));
            renderer.setSeriesStroke(i, new BasicStroke(3f));
            // Alternate series put their n above and below the point, so that two lines close together
            // do not print their labels on top of each other.
            boolean below = i % 2 == 1;
            renderer.setSeriesPositiveItemLabelPosition(i, new org.jfree.chart.labels.ItemLabelPosition(
                    below ? org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE6 : org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12,
                    below ? org.jfree.chart.ui.TextAnchor.TOP_CENTER : org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER));
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
