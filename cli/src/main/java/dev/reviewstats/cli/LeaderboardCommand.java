package dev.reviewstats.cli;

import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.Reduced;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code review-stats [PATH...]}: the agent leaderboard. */
@Command(name = "leaderboard", mixinStandardHelpOptions = true,
        description = "Print the agent leaderboard over the reviews found under PATH (default: the current folder).")
final class LeaderboardCommand extends OutputCommand {
    @Mixin
    LoadOptions load = new LoadOptions();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Report files or folders to read, or REPOSITORY@REF for the reports on a git ref (read with no checkout).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text, markdown, csv or json (default: ${DEFAULT-VALUE}).")
    LeaderboardFormat format;

    @Mixin
    RankingOptions ranking = new RankingOptions();

    @Option(names = "--sort", defaultValue = "unique", paramLabel = "METRIC", converter = Choices.SortMetrics.class,
            completionCandidates = Choices.SortMetrics.class,
            description = "Rank by: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Metric sort;

    @Option(names = "--breakdown", paramLabel = "BY", converter = Choices.Breakdowns.class,
            completionCandidates = Choices.Breakdowns.class,
            description = "One table with a leading bucket column: ${COMPLETION-CANDIDATES} (round: round 1 against later rounds; repo: per repository).")
    Leaderboard.Breakdown breakdown;

    @Mixin
    FilterOptions filter = new FilterOptions();

    @Option(names = "--fail-if", paramLabel = "GATE", converter = Choices.GateExpression.class,
            description = {"A quality gate, repeatable: RATE[(AGENT)] OP N%% [over last N reviews], e.g. 'fp-rate(Gemini) > 20%%' or",
                "'downgrade-rate > 30%% over last 20 reviews' (no agent: every ranked agent). A failed gate exits with code 6;",
                "each gate's verdict is one line on stderr. A gate naming an agent or rate the run does not know is a usage",
                "error (exit 2) that lists the known ones."})
    List<dev.reviewstats.analytics.Gate> gates = new ArrayList<>();

    @Option(names = "--gate-on", defaultValue = "point", paramLabel = "BASIS", converter = Choices.GateBases.class,
            completionCandidates = Choices.GateBases.class,
            description = "Gate on the rate (point) or on its 95%% interval (interval: fails only when the whole interval is past the"
                    + " threshold, so a small sample does not fail a build by chance). Default: ${DEFAULT-VALUE}.")
    dev.reviewstats.analytics.Gate.On gateOn;

    @Option(names = "--gate-missing", defaultValue = "fail", paramLabel = "WHAT", converter = Choices.GateMissing.class,
            completionCandidates = Choices.GateMissing.class,
            description = "What a gate does when the agent it names has no reviews in its window: ${COMPLETION-CANDIDATES}"
                    + " (default: ${DEFAULT-VALUE}; a gate that could not be checked does not pass a build).")
    dev.reviewstats.analytics.Gate.Missing gateMissing;

    @Override
    public Integer call() {
        filter.validate(spec);
        PrintWriter out = out();
        PrintWriter err = err();
        Leaderboard.Options options = new Leaderboard.Options(ranking.by, filter.toFilter(), ranking.minRaised, sort);
        Leaderboard.Breakdown b = breakdown;
        List<Path> inputs = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        Reduced<Leaderboard.ReviewRows> loaded;
        if (b == Leaderboard.Breakdown.REPO || !filter.repo.isEmpty()) {
            // Placing reviews that name no repository needs the other reviews of their folder: the
            // reviews are kept whole for this run, then reduced to rows.
            dev.reviewstats.parse.LoadResult all = Inputs.load(inputs, err, load);
            List<Review> placed = FilterOptions.place(all.reviews(), err);
            loaded = new Reduced<>(placed.stream().map(Leaderboard.rows(options)).toList(), all.skipped());
            new FilterOptions.Unplaced().reportAll(filter.toFilter(), placed, err);
        } else {
            // Only each review's agent rows are kept, so years of reports fit in a small heap.
            loaded = Inputs.reduce(inputs, err, load, Leaderboard.rows(options));
        }
        if (b == null) {
            out.print(format.render(Leaderboard.fromRows(loaded.values(), options), "Agent leaderboard"));
        } else {
            if (b == Leaderboard.Breakdown.REPO) {
                // A review that names no repository is counted under "unknown": say which, never silently.
                List<String> unnamed = loaded.values().stream().filter(Leaderboard.ReviewRows::counted)
                        .filter(r -> r.repository().isEmpty()).map(Leaderboard.ReviewRows::id).sorted().toList();
                if (!unnamed.isEmpty()) {
                    err.println(TerminalText.safe("review-stats: " + unnamed.size() + " review(s) name no repository and are counted"
                            + " under 'unknown': " + String.join(", ", unnamed.subList(0, Math.min(5, unnamed.size())))
                            + (unnamed.size() > 5 ? ", … (" + (unnamed.size() - 5) + " more)" : "")));
                }
            }
            out.print(format.renderBreakdown(Leaderboard.breakdownFromRows(loaded.values(), options, b),
                    b.name().toLowerCase(Locale.ROOT)));
        }
        ExitCode code = Inputs.finish(out, err, loaded.skipped());
        boolean gateFailed = false;
        for (dev.reviewstats.analytics.Gate g : gates) {
            dev.reviewstats.analytics.Gate.Verdict v = g.evaluate(loaded.values(), options, gateOn, gateMissing);
            if (v.unknownAgent()) {
                // A typo in a gate must not pass a build: it is a usage error, naming what there is.
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), v.message());
            }
            err.println(TerminalText.safe("review-stats: " + v.message()));
            gateFailed |= v.failed();
        }
        err.flush();
        // A failed write trumps a gate (the data is incomplete); a gate trumps skipped input.
        return (code != ExitCode.OUTPUT_FAILED && gateFailed ? ExitCode.GATE_FAILED : code).code();
    }
}
