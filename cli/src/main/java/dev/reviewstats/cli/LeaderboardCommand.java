package dev.reviewstats.cli;

import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.parse.Reduced;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code review-stats [PATH...]}: the agent leaderboard. */
@Command(name = "leaderboard", mixinStandardHelpOptions = true,
        description = "Print the agent leaderboard over the reviews found under PATH (default: the current folder).")
final class LeaderboardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoadOptions load = new LoadOptions();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Report files or folders to read.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text, markdown, csv or json (default: ${DEFAULT-VALUE}).")
    LeaderboardFormat format;

    @Option(names = "--by", defaultValue = "family", description = "Rows per agent family or per model (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--min-raised", defaultValue = "10", paramLabel = "N",
            description = "Rank only agents that raised at least N findings (default: ${DEFAULT-VALUE}).")
    int minRaised;

    @Option(names = "--sort", defaultValue = "unique", paramLabel = "METRIC", description = "Rank by: reviews, raised, credited,"
            + " unique, consensus, keep-rate, fp-rate, downgrade-rate, fix-rate, duration, tool-calls (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--breakdown", paramLabel = "BY", description = "One table per round (round 1 vs later), week or month.")
    String breakdown;

    @Mixin
    FilterOptions filter = new FilterOptions();

    @Override
    public Integer call() {
        filter.validate(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Metric metric = Metric.byName(sort).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown --sort metric '" + sort + "'"));
        Grouping grouping = switch (by.toLowerCase(Locale.ROOT)) {
            case "family" -> Grouping.FAMILY;
            case "model" -> Grouping.MODEL;
            default -> throw new ParameterException(spec.commandLine(), "--by takes family or model, not '" + by + "'");
        };
        if (minRaised < 0) {
            throw new ParameterException(spec.commandLine(), "--min-raised must not be negative");
        }
        Leaderboard.Options options = new Leaderboard.Options(grouping, filter.toFilter(), minRaised, metric);
        Leaderboard.Breakdown b = breakdown == null ? null : switch (breakdown.toLowerCase(Locale.ROOT)) {
            case "round" -> Leaderboard.Breakdown.ROUND;
            case "week" -> Leaderboard.Breakdown.WEEK;
            case "month" -> Leaderboard.Breakdown.MONTH;
            default -> throw new ParameterException(spec.commandLine(), "--breakdown takes round, week or month, not '" + breakdown + "'");
        };
        // Only each review's agent rows are kept, so years of reports fit in a small heap.
        Reduced<Leaderboard.ReviewRows> loaded = Inputs.reduce(paths.isEmpty() ? List.of(Path.of(".")) : paths, err, load,
                Leaderboard.rows(options));
        if (b == null) {
            out.print(format.render(Leaderboard.fromRows(loaded.values(), options), "Agent leaderboard"));
        } else {
            out.print(format.renderBreakdown(Leaderboard.breakdownFromRows(loaded.values(), options, b),
                    b.name().toLowerCase(Locale.ROOT)));
        }
        return Inputs.finish(out, err, loaded.skipped()).code();
    }
}
