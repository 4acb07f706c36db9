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

    @Option(names = "--all-commits", description = "For a git source (REPOSITORY@REF), also read each report's earlier versions"
            + " along the ref's history and name on stderr every report changed after it was published, with what changed;"
            + " the version at the ref is the one counted.")
    boolean allCommits;

    @Option(names = "--family-alias", paramLabel = "NAME=FAMILY", converter = Choices.Alias.class,
            description = "Read agent name NAME as family FAMILY (repeatable): teaches a family the tool does not know "
                    + "(DeepSeek=DeepSeek reads DeepSeek-V3 as family DeepSeek) or files a product under its family "
                    + "(Devstral=Mistral).")
    java.util.List<java.util.Map.Entry<String, String>> familyAliases = new java.util.ArrayList<>();

    @Option(names = "--model-alias", paramLabel = "NAME=MODEL", converter = Choices.ModelAlias.class,
            description = "Read model NAME as MODEL (repeatable), for spellings the tool does not already read as one "
                    + "(it reads case, and a hyphen or space before a suffix, as one: GPT 5.6-sol is GPT 5.6 Sol): "
                    + "\"GPT 5.6 Turbo=GPT 5.6 Sol\". NAME and MODEL may start with the family.")
    java.util.List<java.util.Map.Entry<String, String>> modelAliases = new java.util.ArrayList<>();

    /** The library's facade configured as the command line says: threads, git history, aliases, and {@code cache} unless null. */
    dev.reviewstats.ReviewStats stats(dev.reviewstats.parse.ParseCache cache) {
        dev.reviewstats.ReviewStats.Builder b = dev.reviewstats.ReviewStats.builder();
        if (cache != null) {
            b.cache(cache);
        }
        if (jobs > 0) {
            b.threads(jobs);
        }
        if (allCommits) {
            b.allCommits();
        }
        familyAliases.forEach(e -> b.familyAlias(e.getKey(), e.getValue()));
        modelAliases.forEach(e -> b.modelAlias(e.getKey(), e.getValue()));
        return b.build();
    }
}
