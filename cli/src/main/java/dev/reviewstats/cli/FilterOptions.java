package dev.reviewstats.cli;

import dev.reviewstats.analytics.ReviewFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The review filters shared by the commands that aggregate. */
final class FilterOptions {
    @Option(names = "--since", paramLabel = "DATE", description = "Count reviews on or after this date (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Count reviews on or before this date (YYYY-MM-DD).")
    LocalDate until;

    @Option(names = "--repo", paramLabel = "REPO", description = "Count only this repository (owner/name, or name).")
    String repo = "";

    @Option(names = "--pr", paramLabel = "N", split = ",", description = "Count only these PR numbers.")
    List<Integer> prs = new ArrayList<>();

    ReviewFilter toFilter() {
        return new ReviewFilter(since, until, repo, Set.copyOf(prs));
    }
}
