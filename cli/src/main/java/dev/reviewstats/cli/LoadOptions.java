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

    /** The model aliases given on the command line. */
    dev.reviewstats.parse.ModelAliases models() {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        modelAliases.forEach(e -> map.put(e.getKey(), e.getValue()));
        return new dev.reviewstats.parse.ModelAliases(map);
    }

    /** A parser that knows the aliases given on the command line, or empty when none was given. */
    java.util.Optional<dev.reviewstats.parse.ReviewParser> parser() {
        if (familyAliases.isEmpty() && modelAliases.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(dev.reviewstats.parse.ReviewParser.create().withFamilyAliases(aliases()).withModelAliases(models()));
    }

    /** The aliases given on the command line. */
    dev.reviewstats.parse.FamilyAliases aliases() {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        familyAliases.forEach(e -> map.put(e.getKey(), e.getValue()));
        return new dev.reviewstats.parse.FamilyAliases(map);
    }
}
