package dev.reviewstats.cli;

import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.analytics.charts.RetroCharts;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options shared by {@code charts} and {@code report}. */
final class ChartOptions {
    @Option(names = "--width", defaultValue = "1200", converter = Choices.Positive.class, description = "Chart width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "675", converter = Choices.Positive.class, description = "Chart height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--period", paramLabel = "PERIOD", converter = Choices.Periods.class, completionCandidates = Choices.Periods.class,
            description = "Trend period: ${COMPLETION-CANDIDATES} (default: chosen from the data's span).")
    Leaderboard.Breakdown period;

    @Mixin
    RankingOptions ranking = new RankingOptions();

    @Option(names = "--metric", defaultValue = "fp-rate", paramLabel = "METRIC", converter = Choices.RateMetrics.class,
            completionCandidates = Choices.RateMetrics.class,
            description = "Rate for the leaderboard chart: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Metric metric;

    @Mixin
    FilterOptions filter = new FilterOptions();

    RetroCharts.Options toOptions(CommandSpec spec) {
        filter.validate(spec);
        try {
            return new RetroCharts.Options(new Leaderboard.Options(ranking.by, filter.toFilter(), ranking.minRaised, metric), period, width, height);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
