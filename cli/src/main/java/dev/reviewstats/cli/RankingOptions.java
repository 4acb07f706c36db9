package dev.reviewstats.cli;

import dev.reviewstats.analytics.Grouping;
import picocli.CommandLine.Option;

/** How agents are pooled into rows and which are ranked: the same for the leaderboard and its charts. */
final class RankingOptions {
    @Option(names = "--by", defaultValue = "family", paramLabel = "BY", converter = Choices.Groupings.class,
            completionCandidates = Choices.Groupings.class,
            description = "Rows per agent ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Grouping by;

    @Option(names = "--min-raised", defaultValue = "10", paramLabel = "N", converter = Choices.NonNegative.class,
            description = "Rank only agents that raised at least N findings (default: ${DEFAULT-VALUE}).")
    int minRaised;
}
