package dev.reviewstats.cli;

import dev.reviewstats.analytics.AgentScore;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Lint;
import dev.reviewstats.analytics.LintIssue;
import dev.reviewstats.analytics.charts.RetroCharts;
import dev.reviewstats.model.DiagnosticLevel;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code review-stats report PATH... -o retro.html}: one self-contained page (charts embedded, no
 * external requests) with the leaderboard, the charts, the reviews covered and the lint summary.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a one-page, self-contained HTML retro report for the reviews under PATH.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoadOptions load = new LoadOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders to read.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The HTML file to write.")
    Path output;

    @Mixin
    ChartOptions chart = new ChartOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RetroCharts.Options options = chart.toOptions(spec);
        OutputTarget.checkFile(spec, "-o", output);
        LoadResult loaded = Inputs.load(paths, spec.commandLine().getErr(), load);
        Leaderboard board = Leaderboard.compute(loaded.reviews(), options.leaderboard());
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Review retro</title>\n<style>\n")
                .append("body{font-family:\"DejaVu Sans\",\"Liberation Sans\",Arial,sans-serif;margin:2rem auto;max-width:1250px;color:#1f2937}\n")
                .append("table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}td,th{border:1px solid #d1d5db;padding:.3rem .6rem;text-align:right}\n")
                .append("td:first-child,th:first-child{text-align:left}img{max-width:100%;border:1px solid #e5e7eb;margin:.5rem 0}\n")
                .append("h1{margin-bottom:.2rem}.muted{color:#6b7280}details{margin:.3rem 0}\n</style>\n</head>\n<body>\n");
        h.append("<h1>Review retro</h1>\n<p class=\"muted\">").append(board.reviews()).append(" reviews, ")
                .append(board.ranked().size()).append(" ranked agents, ranked by ").append(esc(board.options().sort().cliName()))
                .append(". Rates show a 95% Wilson interval.</p>\n");
        h.append("<h2>Leaderboard</h2>\n<table>\n<tr><th>Agent</th><th>Reviews</th><th>Raised</th><th>Kept</th><th>Unique</th>")
                .append("<th>False positives</th><th>Downgrades</th><th>Keep rate</th><th>Fix rate</th></tr>\n");
        for (AgentScore s : board.all()) {
            h.append("<tr><td>").append(esc(s.agent())).append(s.ranked() ? "" : " <span class=\"muted\">(unranked)</span>")
                    .append("</td><td>").append(s.reviews()).append("</td><td>").append(s.raised()).append("</td><td>")
                    .append(s.credited().total()).append("</td><td>").append(s.unique()).append("</td><td>")
                    .append(esc(LeaderboardFormat.rate(s.falsePositiveRate()))).append("</td><td>")
                    .append(esc(LeaderboardFormat.rate(s.downgradeRate()))).append("</td><td>")
                    .append(esc(LeaderboardFormat.rate(s.keepRate()))).append("</td><td>")
                    .append(esc(LeaderboardFormat.rate(s.fixRate()))).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Charts</h2>\n");
        for (RetroCharts.Rendered r : RetroCharts.render(loaded.reviews(), options)) {
            h.append("<figure><img alt=\"").append(esc(r.title())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(r.png())).append("\"></figure>\n");
        }
        List<Review> counted = loaded.reviews().stream().filter(options.leaderboard().filter()).toList();
        int inconsistent = 0;
        StringBuilder lint = new StringBuilder();
        for (Review r : counted) {
            List<LintIssue> issues = Lint.check(r, DiagnosticLevel.WARNING);
            if (issues.isEmpty()) {
                continue;
            }
            long n = issues.stream().filter(LintIssue::inconsistency).count();
            inconsistent += (int) n;
            lint.append("<details><summary>").append(esc(r.id())).append(": ").append(issues.size()).append(" issue(s)</summary><ul>");
            issues.forEach(i -> lint.append("<li>").append(esc(i.code())).append(' ').append(esc(i.message())).append("</li>"));
            lint.append("</ul></details>\n");
        }
        h.append("<h2>Lint</h2>\n<p>").append(inconsistent).append(" inconsistencies between the reports' summary tables and their")
                .append(" sections; details per review:</p>\n").append(lint);
        h.append("<h2>Reviews covered</h2>\n<table>\n<tr><th>Review</th><th>Date</th><th>PR</th><th>Round</th><th>Verdict</th><th>Sources</th></tr>\n");
        for (Review r : counted) {
            h.append("<tr><td>").append(esc(r.id())).append("</td><td>").append(r.date() == null ? "" : r.date()).append("</td><td>")
                    .append(r.pullRequest() == null ? "" : "#" + r.pullRequest().number()).append("</td><td>")
                    .append(r.round() == null ? "" : r.round().number()).append("</td><td>")
                    .append(r.verdict() == null ? "" : esc(r.verdict().outcome().name())).append("</td><td>")
                    .append(r.sources().size()).append("</td></tr>\n");
        }
        h.append("</table>\n</body>\n</html>\n");
        try {
            OutputTarget.write(output, h.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            spec.commandLine().getErr().println(TerminalText.safe(OutputTarget.describe(output, e)));
            spec.commandLine().getErr().flush();
            return ExitCode.OUTPUT_FAILED.code();
        }
        out.println(output);
        return Inputs.finish(out, spec.commandLine().getErr(), loaded.skipped()).code();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
