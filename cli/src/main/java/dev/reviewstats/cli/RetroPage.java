package dev.reviewstats.cli;

import dev.reviewstats.analytics.AgentScore;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Lint;
import dev.reviewstats.analytics.LintIssue;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.analytics.charts.RetroCharts;
import dev.reviewstats.model.DiagnosticLevel;
import dev.reviewstats.model.Review;
import dev.reviewstats.render.HtmlText;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The retro page: one self-contained HTML document (charts embedded, no external requests) that says
 * what it covers, then the leaderboard as the command line ranks it, the charts, the lint summary and
 * the reviews covered. Everything taken from reports is escaped.
 */
final class RetroPage {
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT);

    private RetroPage() {
    }

    /**
     * Writes the page to {@code out} section by section: over tens of thousands of reviews the lint
     * details and the table of reviews covered run to megabytes, never held whole.
     *
     * @param filters the filters as given on the command line ("none" when there are none)
     * @param version the tool's name and version, for the page to say what made it
     * @param sinceLast the date of the last retro, for a section on what moved since; {@code null} for none
     * @param out where the page goes
     * @throws IOException when {@code out} cannot be written
     */
    static void render(List<Review> reviews, RetroCharts.Options options, String filters, String version, java.time.LocalDate sinceLast,
            Writer out) throws IOException {
        // The leaderboard is ranked as the command line ranks it by default; the charts draw their own metric.
        Leaderboard.Options lo = options.leaderboard();
        Leaderboard board = Leaderboard.compute(reviews, new Leaderboard.Options(lo.grouping(), lo.filter(), lo.minRaised(), Metric.UNIQUE));
        List<Review> counted = reviews.stream().filter(lo.filter()).toList();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Review retro</title>\n<style>\n")
                .append("body{font-family:\"DejaVu Sans\",\"Liberation Sans\",Arial,sans-serif;margin:2rem auto;max-width:1250px;color:#1f2937}\n")
                .append("table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}td,th{border:1px solid #d1d5db;padding:.3rem .6rem;text-align:right}\n")
                .append("td:first-child,th:first-child{text-align:left}img{max-width:100%;border:1px solid #e5e7eb;margin:.5rem 0}\n")
                .append("h1{margin-bottom:.2rem}.muted{color:#6b7280}details{margin:.3rem 0}\n</style>\n</head>\n<body>\n");
        h.append("<h1>Review retro</h1>\n").append(coverage(counted, filters, version)).append('\n');
        h.append("<p class=\"muted\">").append(board.reviews()).append(" reviews, ").append(board.ranked().size())
                .append(" ranked agents (at least ").append(lo.minRaised()).append(" raised findings), ranked by ")
                .append(esc(board.options().sort().cliName())).append(" as the command line ranks them; rates show a 95% Wilson interval;")
                .append(" raised, and every rate over it, counts the reviews that account for the agent's own findings (its review in the")
                .append(" appendix lists them and the consolidation says what became of each; — where no review does).</p>\n");
        h.append("<h2>Leaderboard</h2>\n<table>\n<tr><th>Agent</th><th>Reviews</th><th>Raised</th><th>Credited</th><th>Unique</th>")
                .append("<th>False-positive rate</th><th>Downgrade rate</th><th>Keep rate</th><th>Fix rate</th></tr>\n");
        for (AgentScore s : board.all()) {
            h.append("<tr><td>").append(esc(s.agent())).append(s.ranked() ? "" : " <span class=\"muted\">(unranked)</span>")
                    .append("</td><td>").append(s.reviews()).append("</td><td>").append(s.reviewsWithAppendix() == 0 ? "—" : s.raised())
                    .append("</td><td>").append(s.credited().total()).append("</td><td>").append(s.unique()).append("</td><td>")
                    .append(esc(s.falsePositiveRate().toString())).append("</td><td>")
                    .append(esc(s.downgradeRate().toString())).append("</td><td>")
                    .append(esc(s.keepRate().toString())).append("</td><td>")
                    .append(esc(s.fixRate().toString())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        String unread = board.unread().footer();
        if (!unread.isEmpty()) {
            h.append("<p class=\"muted\">").append(esc(unread.strip()).replace("\n", "<br>")).append("</p>\n");
        }
        if (sinceLast != null) {
            moved(h, counted, sinceLast, lo.grouping());
        }
        comparisons(h, counted);
        value(h, counted, lo.grouping());
        repositories(h, reviews, lo);
        h.append("<h2>Charts</h2>\n");
        flush(h, out);
        for (RetroCharts.Rendered r : RetroCharts.render(reviews, options)) {
            h.append("<figure><img alt=\"").append(esc(r.title())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(r.png())).append("\"></figure>\n");
            flush(h, out);
        }
        // The count heads the details: one pass counts, a second writes them as it goes.
        int inconsistent = 0;
        for (Review r : counted) {
            inconsistent += (int) Lint.check(r, DiagnosticLevel.WARNING).stream().filter(LintIssue::inconsistency).count();
        }
        h.append("<h2>Lint</h2>\n<p>").append(inconsistent).append(" inconsistencies between the reports' summary tables and their")
                .append(" sections; details per review:</p>\n");
        for (Review r : counted) {
            List<LintIssue> issues = Lint.check(r, DiagnosticLevel.WARNING);
            if (issues.isEmpty()) {
                continue;
            }
            h.append("<details><summary>").append(esc(r.id())).append(": ").append(issues.size()).append(" issue(s)</summary><ul>");
            issues.forEach(i -> h.append("<li>").append(esc(i.code())).append(' ').append(esc(i.message())).append("</li>"));
            h.append("</ul></details>\n");
            flushSome(h, out);
        }
        h.append("<h2>Reviews covered</h2>\n<table>\n<tr><th>Review</th><th>Date</th><th>Repository</th><th>PR</th><th>Round</th>")
                .append("<th>Verdict</th><th>Sources</th></tr>\n");
        for (Review r : counted) {
            h.append("<tr><td>").append(esc(r.id())).append("</td><td>").append(r.date() == null ? "" : r.date()).append("</td><td>")
                    .append(esc(r.repository())).append("</td><td>")
                    .append(r.pullRequest() == null ? "" : "#" + r.pullRequest().number()).append("</td><td>")
                    .append(r.round() == null ? "" : r.round().number()).append("</td><td>")
                    .append(r.verdict() == null ? "" : esc(r.verdict().outcome().name())).append("</td><td>")
                    .append(r.sources().size()).append("</td></tr>\n");
            flushSome(h, out);
        }
        h.append("</table>\n</body>\n</html>\n");
        flush(h, out);
        out.flush();
    }

    /** Hands what {@code h} holds to {@code out} and empties it. */
    private static void flush(StringBuilder h, Writer out) throws IOException {
        out.append(h);
        h.setLength(0);
    }

    /** As {@link #flush}, once {@code h} holds enough to be worth a write. */
    private static void flushSome(StringBuilder h, Writer out) throws IOException {
        if (h.length() >= 64 * 1024) {
            flush(h, out);
        }
    }

    /** What each agent adds, in the sentences a lead reads in a minute, then the figures behind them (as {@code value}). */
    private static void value(StringBuilder h, List<Review> counted, dev.reviewstats.analytics.Grouping grouping) {
        dev.reviewstats.analytics.AgentValue.Report v = dev.reviewstats.analytics.AgentValue.of(
                counted.stream().map(r -> dev.reviewstats.analytics.AgentValue.facts(r, grouping)).toList(), 1);
        h.append("<h2>What each agent adds</h2>\n<ul>\n");
        for (dev.reviewstats.analytics.AgentValue.Row row : v.rows()) {
            h.append("<li>").append(esc(ValueCommand.sentence(row))).append("</li>\n");
        }
        h.append("</ul>\n<table>\n<tr><th>Agent</th><th>Runs</th><th>Only it (C/I/S)</th><th>Of those fixed</th>")
                .append("<th>Unique per run [95% interval]</th><th>Lost without it (C+I)</th><th>Share of all fixed</th><th>Median minutes</th></tr>\n");
        for (dev.reviewstats.analytics.AgentValue.Row row : v.rows()) {
            h.append("<tr><td>").append(esc(row.agent())).append("</td><td>").append(row.runs()).append("</td><td>")
                    .append(row.unique().critical()).append('/').append(row.unique().important()).append('/').append(row.unique().suggestion())
                    .append("</td><td>").append(row.uniqueFixed()).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", row.uniquePerRun(), row.uniquePerRunLow(), row.uniquePerRunHigh()))
                    .append("</td><td>").append(row.lostWithout()).append("</td><td>")
                    .append(row.shareOfFixed() == null ? "—" : String.format(Locale.ROOT, "%.0f%%", 100 * row.shareOfFixed()))
                    .append("</td><td>").append(row.medianMinutes() == null ? "—" : String.format(Locale.ROOT, "%.0f", row.medianMinutes()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!v.panels().isEmpty()) {
            int ci = v.findings().critical() + v.findings().important();
            h.append("<p class=\"muted\">Best panels: ");
            List<String> sizes = new java.util.ArrayList<>();
            for (dev.reviewstats.analytics.AgentValue.Panel p : v.panels()) {
                sizes.add(esc(String.join(" + ", p.agents())) + (p.size() == 1 ? " catches " : " catch ") + p.caught() + " of " + ci);
            }
            h.append(String.join("; ", sizes)).append(" critical and important findings. Only it: findings attributed to the agent")
                    .append(" alone; definitions in docs/metrics.md (<code>review-stats value</code>).</p>\n");
        }
    }

    /**
     * What moved since the last retro: each agent's rates before the date against on or after it, the
     * real differences first in words, then every comparison (adjusted together, as compare adjusts them).
     */
    private static void moved(StringBuilder h, List<Review> counted, java.time.LocalDate since, dev.reviewstats.analytics.Grouping grouping) {
        List<dev.reviewstats.analytics.Comparison> rows = dev.reviewstats.analytics.Comparison.adjustTogether(
                dev.reviewstats.analytics.Comparison.sinceDate(counted, since, grouping, Metric.rates()));
        long before = counted.stream().filter(r -> r.date() != null && r.date().isBefore(since)).count();
        long after = counted.stream().filter(r -> r.date() != null && !r.date().isBefore(since)).count();
        h.append("<h2>What moved since ").append(since).append("</h2>\n<p class=\"muted\">").append(before).append(" review")
                .append(before == 1 ? "" : "s").append(" before ").append(since).append(", ").append(after).append(" on or after it");
        long undated = dev.reviewstats.analytics.Comparison.undated(counted);
        if (undated > 0) {
            h.append("; ").append(undated).append(" with no date are on neither side");
        }
        h.append(". Each rate is compared for every agent with reviews on both sides; p-values are adjusted together (Holm).</p>\n");
        if (rows.isEmpty()) {
            h.append("<p>No agent has reviews on both sides of ").append(since).append(": nothing to compare.</p>\n");
            return;
        }
        List<dev.reviewstats.analytics.Comparison> real = rows.stream().filter(dev.reviewstats.analytics.Comparison::significant).toList();
        h.append("<ul>\n");
        if (real.isEmpty()) {
            h.append("<li>No rate moved by more than chance explains, for any agent.");
            // The nearest miss, so that a lead sees what to watch at the next retro.
            rows.stream().filter(c -> c.test() != null).min(java.util.Comparator.comparingDouble(c -> c.test().pValue()))
                    .ifPresent(c -> h.append(esc(String.format(Locale.ROOT, " The largest move: %s's %s, %s to %s (p %.3f; %s once the %d"
                            + " tests are adjusted together).", c.agent(), c.metric().label(), c.leftRate(), c.rightRate(), c.test().pValue(),
                            c.holmP() == null ? "the same" : String.format(Locale.ROOT, "%.3f", c.holmP()),
                            rows.stream().filter(x -> x.test() != null).count()))));
            h.append("</li>\n");
        }
        for (dev.reviewstats.analytics.Comparison c : real) {
            h.append("<li>").append(esc(String.format(Locale.ROOT, "%s: %s went from %s to %s (%s).", c.agent(), c.metric().label(),
                    c.leftRate(), c.rightRate(), c.better() ? "better" : "worse"))).append("</li>\n");
        }
        h.append("</ul>\n");
        comparisonTable(h, "Agent", rows, false);
    }

    /** Each family's latest model against the one before, with the test's verdict in words. */
    private static void comparisons(StringBuilder h, List<Review> counted) {
        List<List<String>> pairs = dev.reviewstats.analytics.Comparison.consecutiveModels(counted);
        h.append("<h2>Model comparisons</h2>\n");
        String oneOffs = CompareCommand.oneOffLine(dev.reviewstats.analytics.Comparison.oneOffs(counted));
        if (!oneOffs.isEmpty()) {
            h.append("<p class=\"muted\">").append(esc(oneOffs)).append("</p>\n");
        }
        if (pairs.isEmpty()) {
            h.append("<p class=\"muted\">No family changed model version in range.</p>\n");
            return;
        }
        Leaderboard byModel = Leaderboard.compute(counted, new Leaderboard.Options(dev.reviewstats.analytics.Grouping.MODEL,
                dev.reviewstats.analytics.ReviewFilter.ALL, 0, Metric.UNIQUE));
        // The latest change of each family: the question a retro asks first.
        java.util.Map<String, List<String>> latest = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> families = dev.reviewstats.analytics.Comparison.familiesByModel(counted);
        pairs.forEach(p -> latest.put(families.get(p.get(0)), p));
        // Every test on the page is adjusted together (Holm): several changes tested at once find a
        // difference by chance more often than one.
        List<dev.reviewstats.analytics.Comparison> rows = new java.util.ArrayList<>();
        latest.forEach((family, pair) -> {
            AgentScore a = byModel.all().stream().filter(s -> s.agent().equals(pair.get(0))).findFirst().orElse(null);
            AgentScore b = byModel.all().stream().filter(s -> s.agent().equals(pair.get(1))).findFirst().orElse(null);
            if (a != null && b != null) {
                rows.addAll(dev.reviewstats.analytics.Comparison.of(pair.get(0), a, pair.get(1), b, family,
                        List.of(Metric.FALSE_POSITIVE_RATE, Metric.DOWNGRADE_RATE)));
            }
        });
        comparisonTable(h, "Change", dev.reviewstats.analytics.Comparison.adjustTogether(rows), true);
    }

    /** Comparisons as a table, adjusted p-values beside the raw ones; the first column names the change or the agent. */
    private static void comparisonTable(StringBuilder h, String first, List<dev.reviewstats.analytics.Comparison> rows, boolean change) {
        h.append("<table>\n<tr><th>").append(first).append("</th><th>Rate</th><th>Before</th><th>After</th><th>Difference [95%]</th><th>p</th>")
                .append("<th>p (Holm)</th><th>Verdict</th></tr>\n");
        for (dev.reviewstats.analytics.Comparison c : rows) {
            h.append("<tr><td>").append(esc(change ? c.left() + " → " + c.right() : c.agent())).append("</td><td>")
                    .append(esc(c.metric().label())).append("</td><td>")
                    .append(esc(c.leftRate().toString())).append("</td><td>").append(esc(c.rightRate().toString())).append("</td><td>")
                    .append(c.test() == null ? "—" : String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f] pts", 100 * c.test().difference(),
                            100 * c.test().low(), 100 * c.test().high()))
                    .append("</td><td>").append(c.test() == null ? "—" : String.format(Locale.ROOT, "%.3f", c.test().pValue()))
                    .append("</td><td>").append(c.holmP() == null ? "—" : String.format(Locale.ROOT, "%.3f", c.holmP()))
                    .append("</td><td>").append(esc(c.verdict())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** The leaderboard's false-positive rate per repository, when the range holds more than one. */
    private static void repositories(StringBuilder h, List<Review> reviews, Leaderboard.Options lo) {
        java.util.Map<String, Leaderboard> byRepo = Leaderboard.breakdown(reviews, lo, Leaderboard.Breakdown.REPO);
        if (byRepo.size() < 2) {
            return;
        }
        h.append("<h2>Per repository</h2>\n<table>\n<tr><th>Repository</th><th>Agent</th><th>Reviews</th><th>Credited</th>")
                .append("<th>False-positive rate</th><th>Downgrade rate</th></tr>\n");
        byRepo.forEach((repo, board) -> board.all().forEach(s -> h.append("<tr><td>")
                .append(esc(repo.equals(dev.reviewstats.analytics.Bucket.UNKNOWN) ? "(names none)" : repo)).append("</td><td>").append(esc(s.agent())).append("</td><td>")
                .append(s.reviews()).append("</td><td>").append(s.credited().total()).append("</td><td>")
                .append(esc(s.falsePositiveRate().toString())).append("</td><td>").append(esc(s.downgradeRate().toString()))
                .append("</td></tr>\n")));
        h.append("</table>\n");
    }

    /** What the page covers: dates, repositories, filters, and when and by what it was made. */
    static String coverage(List<Review> counted, String filters, String version) {
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
        StringBuilder p = new StringBuilder("<p class=\"coverage\">Covers ").append(counted.size()).append(" reviews");
        if (!dates.isEmpty()) {
            p.append(" from ").append(dates.get(0)).append(" to ").append(dates.get(dates.size() - 1));
        }
        p.append("; repositories: ").append(repos.isEmpty() ? "none named" : esc(String.join(", ", repos)));
        if (unnamed > 0) {
            p.append(" (").append(unnamed).append(" review").append(unnamed == 1 ? "" : "s").append(" name none)");
        }
        p.append("; filters: ").append(esc(filters)).append(". Made ").append(ZonedDateTime.now(ZoneOffset.UTC).format(MADE))
                .append(" by ").append(esc(version)).append(".</p>");
        return p.toString();
    }

    private static String esc(String s) {
        return HtmlText.escape(s);
    }
}
