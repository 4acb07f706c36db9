package dev.reviewstats.cli;

import dev.reviewstats.analytics.AgentScore;
import dev.reviewstats.analytics.AgentValue;
import dev.reviewstats.analytics.Bucket;
import dev.reviewstats.analytics.Comparison;
import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Lint;
import dev.reviewstats.analytics.LintIssue;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.analytics.ReviewFilter;
import dev.reviewstats.analytics.charts.RetroCharts;
import dev.reviewstats.model.DiagnosticLevel;
import dev.reviewstats.model.Review;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The retro page: one self-contained HTML document (charts embedded, no external requests) that says
 * what it covers, then the leaderboard as the command line ranks it, the charts, the lint summary and
 * the reviews covered. Every element is built with jsoup's element API, which escapes whatever text
 * it is given, so nothing taken from a report can become markup.
 */
final class RetroPage {
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT);
    private static final String STYLE = "\n"
            + "body{font-family:\"DejaVu Sans\",\"Liberation Sans\",Arial,sans-serif;margin:2rem auto;max-width:1250px;color:#1f2937}\n"
            + "table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}td,th{border:1px solid #d1d5db;padding:.3rem .6rem;text-align:right}\n"
            + "td:first-child,th:first-child{text-align:left}img{max-width:100%;border:1px solid #e5e7eb;margin:.5rem 0}\n"
            + "h1{margin-bottom:.2rem}.muted{color:#6b7280}details{margin:.3rem 0}\n";
    private static final String NONE = "—";

    private RetroPage() {
    }

    /**
     * Writes the page to {@code out} element by element: over tens of thousands of reviews the lint
     * details and the table of reviews covered run to megabytes, never held whole.
     *
     * @param filters the filters as given on the command line ("none" when there are none)
     * @param version the tool's name and version, for the page to say what made it
     * @param sinceLast the date of the last retro, for a section on what moved since; {@code null} for none
     * @param out where the page goes
     * @throws IOException when {@code out} cannot be written
     */
    static void render(List<Review> reviews, RetroCharts.Options options, String filters, String version, LocalDate sinceLast,
            Writer out) throws IOException {
        // The leaderboard is ranked as the command line ranks it by default; the charts draw their own metric.
        Leaderboard.Options lo = options.leaderboard();
        Leaderboard board = Leaderboard.compute(reviews, new Leaderboard.Options(lo.grouping(), lo.filter(), lo.minRaised(), Metric.UNIQUE));
        List<Review> counted = reviews.stream().filter(lo.filter()).toList();
        Page page = new Page(out);
        page.open();
        page.write(element("h1", "Review retro"));
        page.write(coverage(counted, filters, version));
        page.write(muted(board.reviews() + " reviews, " + board.ranked().size() + " ranked agents (at least " + lo.minRaised()
                + " raised findings), ranked by " + board.options().sort().cliName() + " as the command line ranks them; rates show a"
                + " 95% Wilson interval; raised, and every rate over it, counts the reviews that account for the agent's own findings"
                + " (its review in the appendix lists them and the consolidation says what became of each; — where no review does)."));
        page.write(element("h2", "Leaderboard"));
        Element leaderboard = table("Agent", "Reviews", "Raised", "Credited", "Unique", "False-positive rate", "Downgrade rate",
                "Keep rate", "Fix rate");
        for (AgentScore s : board.all()) {
            Element tr = leaderboard.appendElement("tr");
            Element agent = tr.appendElement("td").text(s.agent());
            if (!s.ranked()) {
                agent.appendText(" ").appendElement("span").addClass("muted").text("(unranked)");
            }
            cells(tr, s.reviews(), s.reviewsWithAppendix() == 0 ? NONE : s.raised(), s.credited().total(), s.unique(),
                    s.falsePositiveRate(), s.downgradeRate(), s.keepRate(), s.fixRate());
        }
        page.write(leaderboard);
        String unread = board.unread().footer();
        if (!unread.isEmpty()) {
            Element p = new Element("p").addClass("muted");
            String[] lines = unread.strip().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    p.appendElement("br");
                }
                p.appendText(lines[i]);
            }
            page.write(p);
        }
        if (sinceLast != null) {
            moved(page, counted, sinceLast, lo.grouping());
        }
        comparisons(page, counted);
        value(page, counted, lo.grouping());
        repositories(page, reviews, lo);
        page.write(element("h2", "Charts"));
        for (RetroCharts.Rendered r : RetroCharts.render(reviews, options)) {
            Element figure = new Element("figure");
            figure.appendElement("img").attr("alt", r.title()).attr("src", "data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(r.png()));
            page.write(figure);
        }
        // The count heads the details: one pass counts, a second writes them as it goes.
        int inconsistent = 0;
        for (Review r : counted) {
            inconsistent += (int) Lint.check(r, DiagnosticLevel.WARNING).stream().filter(LintIssue::inconsistency).count();
        }
        page.write(element("h2", "Lint"));
        page.write(element("p", inconsistent + " inconsistencies between the reports' summary tables and their sections; details per"
                + " review:"));
        for (Review r : counted) {
            List<LintIssue> issues = Lint.check(r, DiagnosticLevel.WARNING);
            if (issues.isEmpty()) {
                continue;
            }
            Element details = new Element("details");
            details.appendElement("summary").text(r.id() + ": " + issues.size() + " issue(s)");
            Element ul = details.appendElement("ul");
            issues.forEach(i -> ul.appendElement("li").text(i.code() + " " + i.message()));
            page.write(details);
        }
        page.write(element("h2", "Reviews covered"));
        // Row by row: the table of a run over tens of thousands of reviews is never built whole.
        page.openTable(headerRow("Review", "Date", "Repository", "PR", "Round", "Verdict", "Sources"));
        for (Review r : counted) {
            Element tr = new Element("tr");
            cells(tr, r.id(), r.date() == null ? "" : r.date(), r.repository(),
                    r.pullRequest() == null ? "" : "#" + r.pullRequest().number(), r.round() == null ? "" : r.round().number(),
                    r.verdict() == null ? "" : r.verdict().outcome().name(), r.sources().size());
            page.write(tr);
        }
        page.closeTable();
        page.close();
    }

    /** What each agent adds, in the sentences a lead reads in a minute, then the figures behind them (as {@code value}). */
    private static void value(Page page, List<Review> counted, Grouping grouping) throws IOException {
        AgentValue.Report v = AgentValue.of(counted.stream().map(r -> AgentValue.facts(r, grouping)).toList(), 1);
        page.write(element("h2", "What each agent adds"));
        Element ul = new Element("ul");
        for (AgentValue.Row row : v.rows()) {
            ul.appendElement("li").text(ValueCommand.sentence(row));
        }
        page.write(ul);
        Element table = table("Agent", "Runs", "Only it (C/I/S)", "Of those fixed", "Unique per run [95% interval]",
                "Lost without it (C+I)", "Share of all fixed", "Median minutes");
        for (AgentValue.Row row : v.rows()) {
            cells(table.appendElement("tr"), row.agent(), row.runs(),
                    row.unique().critical() + "/" + row.unique().important() + "/" + row.unique().suggestion(), row.uniqueFixed(),
                    String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", row.uniquePerRun(), row.uniquePerRunLow(), row.uniquePerRunHigh()),
                    row.lostWithout(), row.shareOfFixed() == null ? NONE : String.format(Locale.ROOT, "%.0f%%", 100 * row.shareOfFixed()),
                    row.medianMinutes() == null ? NONE : String.format(Locale.ROOT, "%.0f", row.medianMinutes()));
        }
        page.write(table);
        if (!v.panels().isEmpty()) {
            int ci = v.findings().critical() + v.findings().important();
            List<String> sizes = new ArrayList<>();
            for (AgentValue.Panel p : v.panels()) {
                sizes.add(String.join(" + ", p.agents()) + (p.size() == 1 ? " catches " : " catch ") + p.caught() + " of " + ci);
            }
            Element p = muted("Best panels: " + String.join("; ", sizes) + " critical and important findings. Only it: findings"
                    + " attributed to the agent alone; definitions in docs/metrics.md (");
            p.appendElement("code").text("review-stats value");
            p.appendText(").");
            page.write(p);
        }
    }

    /**
     * What moved since the last retro: each agent's rates before the date against on or after it, the
     * real differences first in words, then every comparison (adjusted together, as compare adjusts them).
     */
    private static void moved(Page page, List<Review> counted, LocalDate since, Grouping grouping) throws IOException {
        List<Comparison> rows = Comparison.adjustTogether(Comparison.sinceDate(counted, since, grouping, Metric.rates()));
        long before = counted.stream().filter(r -> r.date() != null && r.date().isBefore(since)).count();
        long after = counted.stream().filter(r -> r.date() != null && !r.date().isBefore(since)).count();
        page.write(element("h2", "What moved since " + since));
        long undated = Comparison.undated(counted);
        page.write(muted(before + " review" + (before == 1 ? "" : "s") + " before " + since + ", " + after + " on or after it"
                + (undated > 0 ? "; " + undated + " with no date are on neither side" : "")
                + ". Each rate is compared for every agent with reviews on both sides; p-values are adjusted together (Holm)."));
        if (rows.isEmpty()) {
            page.write(element("p", "No agent has reviews on both sides of " + since + ": nothing to compare."));
            return;
        }
        List<Comparison> real = rows.stream().filter(Comparison::significant).toList();
        Element ul = new Element("ul");
        if (real.isEmpty()) {
            // The nearest miss, so that a lead sees what to watch at the next retro.
            String nearest = rows.stream().filter(c -> c.test() != null).min(Comparator.comparingDouble(c -> c.test().pValue()))
                    .map(c -> String.format(Locale.ROOT, " The largest move: %s's %s, %s to %s (p %.3f; %s once the %d"
                            + " tests are adjusted together).", c.agent(), c.metric().label(), c.leftRate(), c.rightRate(), c.test().pValue(),
                            c.holmP() == null ? "the same" : String.format(Locale.ROOT, "%.3f", c.holmP()),
                            rows.stream().filter(x -> x.test() != null).count()))
                    .orElse("");
            ul.appendElement("li").text("No rate moved by more than chance explains, for any agent." + nearest);
        }
        for (Comparison c : real) {
            ul.appendElement("li").text(String.format(Locale.ROOT, "%s: %s went from %s to %s (%s).", c.agent(), c.metric().label(),
                    c.leftRate(), c.rightRate(), c.better() ? "better" : "worse"));
        }
        page.write(ul);
        page.write(comparisonTable("Agent", rows, false));
    }

    /** Each family's latest model against the one before, with the test's verdict in words. */
    private static void comparisons(Page page, List<Review> counted) throws IOException {
        List<List<String>> pairs = Comparison.consecutiveModels(counted);
        page.write(element("h2", "Model comparisons"));
        String oneOffs = CompareCommand.oneOffLine(Comparison.oneOffs(counted));
        if (!oneOffs.isEmpty()) {
            page.write(muted(oneOffs));
        }
        if (pairs.isEmpty()) {
            page.write(muted("No family changed model version in range."));
            return;
        }
        Leaderboard byModel = Leaderboard.compute(counted, new Leaderboard.Options(Grouping.MODEL, ReviewFilter.ALL, 0, Metric.UNIQUE));
        // The latest change of each family: the question a retro asks first.
        Map<String, List<String>> latest = new LinkedHashMap<>();
        Map<String, String> families = Comparison.familiesByModel(counted);
        pairs.forEach(p -> latest.put(families.get(p.get(0)), p));
        // Every test on the page is adjusted together (Holm): several changes tested at once find a
        // difference by chance more often than one.
        List<Comparison> rows = new ArrayList<>();
        latest.forEach((family, pair) -> {
            AgentScore a = byModel.all().stream().filter(s -> s.agent().equals(pair.get(0))).findFirst().orElse(null);
            AgentScore b = byModel.all().stream().filter(s -> s.agent().equals(pair.get(1))).findFirst().orElse(null);
            if (a != null && b != null) {
                rows.addAll(Comparison.of(pair.get(0), a, pair.get(1), b, family, List.of(Metric.FALSE_POSITIVE_RATE, Metric.DOWNGRADE_RATE)));
            }
        });
        page.write(comparisonTable("Change", Comparison.adjustTogether(rows), true));
    }

    /** Comparisons as a table, adjusted p-values beside the raw ones; the first column names the change or the agent. */
    private static Element comparisonTable(String first, List<Comparison> rows, boolean change) {
        Element table = table(first, "Rate", "Before", "After", "Difference [95%]", "p", "p (Holm)", "Verdict");
        for (Comparison c : rows) {
            cells(table.appendElement("tr"), change ? c.left() + " → " + c.right() : c.agent(), c.metric().label(), c.leftRate(),
                    c.rightRate(), c.test() == null ? NONE : String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f] pts",
                            100 * c.test().difference(), 100 * c.test().low(), 100 * c.test().high()),
                    c.test() == null ? NONE : String.format(Locale.ROOT, "%.3f", c.test().pValue()),
                    c.holmP() == null ? NONE : String.format(Locale.ROOT, "%.3f", c.holmP()), c.verdict());
        }
        return table;
    }

    /** The leaderboard's false-positive rate per repository, when the range holds more than one. */
    private static void repositories(Page page, List<Review> reviews, Leaderboard.Options lo) throws IOException {
        Map<String, Leaderboard> byRepo = Leaderboard.breakdown(reviews, lo, Leaderboard.Breakdown.REPO);
        if (byRepo.size() < 2) {
            return;
        }
        page.write(element("h2", "Per repository"));
        Element table = table("Repository", "Agent", "Reviews", "Credited", "False-positive rate", "Downgrade rate");
        byRepo.forEach((repo, board) -> board.all().forEach(s -> cells(table.appendElement("tr"),
                repo.equals(Bucket.UNKNOWN) ? "(names none)" : repo, s.agent(), s.reviews(), s.credited().total(),
                s.falsePositiveRate(), s.downgradeRate())));
        page.write(table);
    }

    /** What the page covers: dates, repositories, filters, and when and by what it was made. */
    static Element coverage(List<Review> counted, String filters, String version) {
        List<LocalDate> dates = counted.stream().map(Review::date).filter(Objects::nonNull).sorted().toList();
        TreeSet<String> repos = new TreeSet<>();
        long unnamed = 0;
        for (Review r : counted) {
            if (r.repository() == null || r.repository().isEmpty()) {
                unnamed++;
            } else {
                repos.add(r.repository());
            }
        }
        StringBuilder p = new StringBuilder("Covers ").append(counted.size()).append(" reviews");
        if (!dates.isEmpty()) {
            p.append(" from ").append(dates.get(0)).append(" to ").append(dates.get(dates.size() - 1));
        }
        p.append("; repositories: ").append(repos.isEmpty() ? "none named" : String.join(", ", repos));
        if (unnamed > 0) {
            p.append(" (").append(unnamed).append(" review").append(unnamed == 1 ? "" : "s").append(" name none)");
        }
        p.append("; filters: ").append(filters).append(". Made ").append(ZonedDateTime.now(ZoneOffset.UTC).format(MADE))
                .append(" by ").append(version).append('.');
        return new Element("p").addClass("coverage").text(p.toString());
    }

    private static Element element(String tag, String text) {
        return new Element(tag).text(text);
    }

    private static Element muted(String text) {
        return element("p", text).addClass("muted");
    }

    /** A table with its header row. */
    private static Element table(String... headers) {
        Element table = new Element("table");
        table.appendChild(headerRow(headers));
        return table;
    }

    private static Element headerRow(String... headers) {
        Element tr = new Element("tr");
        for (String h : headers) {
            tr.appendElement("th").text(h);
        }
        return tr;
    }

    /** Appends a cell per value, each its string as text. */
    private static void cells(Element tr, Object... values) {
        for (Object v : values) {
            tr.appendElement("td").text(String.valueOf(v));
        }
    }

    /**
     * The page as it is written: the document's frame, then one element at a time, each serialized as
     * jsoup writes it and let go, so that memory holds one element, not the page.
     */
    private static final class Page {
        private final Writer out;
        private final Document doc = Document.createShell("");

        Page(Writer out) {
            this.out = out;
            doc.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8);
        }

        /** The doctype, the head (title, viewport, style) and the body's opening. */
        void open() throws IOException {
            Element head = doc.head();
            head.appendElement("meta").attr("charset", "utf-8");
            head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
            head.appendElement("title").text("Review retro");
            head.appendElement("style").appendChild(new DataNode(STYLE));
            out.append("<!DOCTYPE html>\n<html lang=\"en\">\n").append(head.outerHtml()).append("\n<body>\n");
        }

        void write(Element e) throws IOException {
            doc.body().appendChild(e);
            out.append(e.outerHtml()).append('\n');
            e.remove();
        }

        /** A table written row by row: its opening and header row now, each row by {@link #write}, then {@link #closeTable}. */
        void openTable(Element header) throws IOException {
            out.append("<table>\n");
            write(header);
        }

        void closeTable() throws IOException {
            out.append("</table>\n");
        }

        void close() throws IOException {
            out.append("</body>\n</html>\n");
            out.flush();
        }
    }
}
