package dev.reviewstats.cli;

import picocli.CommandLine.Option;

/** How inputs are loaded, shared by every command that reads reports. */
final class LoadOptions {
    @Option(names = "--no-cache", description = "Parse every file again instead of using the parse cache "
            + "(in $XDG_CACHE_HOME/review-stats or ~/.cache/review-stats; safe to delete).")
    boolean noCache;

    @Option(names = "--jobs", paramLabel = "N", converter = Choices.Positive.class,
            description = "Parse on N threads (N ≥ 1); 1 parses on one thread (default: all cores).")
    int jobs;
}
