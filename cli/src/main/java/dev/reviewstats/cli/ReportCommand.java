package dev.reviewstats.cli;

import dev.reviewstats.analytics.charts.RetroCharts;
import dev.reviewstats.parse.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code review-stats report PATH... -o retro.html}: one self-contained page (charts embedded, no
 * external requests) with the leaderboard, the charts, the reviews covered and the lint summary.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a one-page, self-contained HTML retro report for the reviews under PATH.")
final class ReportCommand extends SourcesCommand {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The HTML file to write, or - for standard output. An existing file is replaced whole (its permissions"
                    + " kept), a new one gets the process's umask; a device or a pipe is written to; a symbolic link is replaced,"
                    + " never written through.")
    Path output;

    @Mixin
    ChartOptions chart = new ChartOptions();

    @Option(names = "--since-last", paramLabel = "DATE", converter = Choices.IsoDate.class,
            description = "The date of the last retro: the page adds \"What moved since DATE\", every agent's rates before that"
                    + " date against on or after it, with the difference, its interval and the verdict (as compare --since-last).")
    java.time.LocalDate sinceLast;

    @Override
    public Integer call() {
        PrintWriter out = out();
        RetroCharts.Options options = chart.toOptions(spec);
        boolean toStdout = OutputTarget.isStdout(output);
        if (!toStdout) {
            OutputTarget.checkFile(spec, "-o", output);
        }
        LoadResult loaded = Inputs.loadCompact(sources.paths, err(), sources.load);
        // Reviews that name no repository are placed as the command line places them (its folder's).
        List<dev.reviewstats.model.Review> placed = FilterOptions.place(loaded.reviews(), err());
        String filters = filterDescription();
        if (toStdout) {
            try {
                RetroPage.render(placed, options, filters, Main.VERSION, sinceLast, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Inputs.finish(out, err(), loaded.skipped()).code();
        }
        try {
            // Written as it is made, into a file beside the target that replaces it once whole.
            OutputTarget.write(output, stream -> {
                java.io.Writer page = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
                RetroPage.render(placed, options, filters, Main.VERSION, sinceLast, page);
                page.flush();
            });
        } catch (IOException e) {
            err().println(TerminalText.safe(OutputTarget.describe(output, e)));
            err().flush();
            return ExitCode.OUTPUT_FAILED.code();
        }
        out.println(output);
        return Inputs.finish(out, err(), loaded.skipped()).code();
    }

    /** The filters as the command line gave them, for the page to say what it covers. */
    private String filterDescription() {
        List<String> parts = new java.util.ArrayList<>();
        FilterOptions f = chart.filter;
        if (f.since != null) {
            parts.add("--since " + f.since);
        }
        if (f.until != null) {
            parts.add("--until " + f.until);
        }
        if (!f.repo.isEmpty()) {
            parts.add("--repo " + f.repo);
        }
        if (!f.prs.isEmpty()) {
            parts.add("--pr " + f.prs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
        }
        return parts.isEmpty() ? "none" : String.join(" ", parts);
    }
}
