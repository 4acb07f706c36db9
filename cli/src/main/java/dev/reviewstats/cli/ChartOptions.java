package dev.reviewstats.cli;

import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.analytics.charts.RetroCharts;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options shared by {@code charts} and {@code report}. */
final class ChartOptions {
    @Option(names = "--width", defaultValue = "1200", description = "Chart width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "675", description = "Chart height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--period", paramLabel = "week|month", description = "Trend period (default: chosen from the data's span).")
    String period;

    @Option(names = "--by", defaultValue = "family", description = "Lines per agent family or per model (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--min-raised", defaultValue = "10", paramLabel = "N", description = "Rank only agents with N raised findings.")
    int minRaised;

    @Option(names = "--metric", defaultValue = "fp-rate", paramLabel = "METRIC",
            description = "Rate for the leaderboard chart: fp-rate, downgrade-rate, keep-rate, fix-rate (default: ${DEFAULT-VALUE}).")
    String metric;

    @Mixin
    FilterOptions filter = new FilterOptions();

    RetroCharts.Options toOptions(CommandSpec spec) {
        Grouping grouping = switch (by.toLowerCase(Locale.ROOT)) {
            case "family" -> Grouping.FAMILY;
            case "model" -> Grouping.MODEL;
            default -> throw new ParameterException(spec.commandLine(), "--by takes family or model, not '" + by + "'");
        };
        Metric m = Metric.byName(metric).orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown --metric '" + metric + "'"));
        Leaderboard.Breakdown p = period == null ? null : switch (period.toLowerCase(Locale.ROOT)) {
            case "week" -> Leaderboard.Breakdown.WEEK;
            case "month" -> Leaderboard.Breakdown.MONTH;
            default -> throw new ParameterException(spec.commandLine(), "--period takes week or month, not '" + period + "'");
        };
        try {
            return new RetroCharts.Options(new Leaderboard.Options(grouping, filter.toFilter(), Math.max(0, minRaised), m), p, width, height);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
