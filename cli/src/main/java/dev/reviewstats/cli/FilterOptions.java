package dev.reviewstats.cli;

import dev.reviewstats.analytics.ReviewFilter;
import dev.reviewstats.model.Review;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The review filters shared by the commands that aggregate. */
final class FilterOptions {
    @Option(names = "--since", paramLabel = "DATE", converter = Choices.IsoDate.class, description = "Count reviews on or after this date (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", converter = Choices.IsoDate.class, description = "Count reviews on or before this date (YYYY-MM-DD).")
    LocalDate until;

    @Option(names = "--repo", paramLabel = "REPO", description = "Count only this repository (owner/name, or name).")
    String repo = "";

    @Option(names = "--pr", paramLabel = "N", split = ",", description = "Count only these PR numbers.")
    List<Integer> prs = new ArrayList<>();

    /** Refuses filters that can match nothing, before any report is read. */
    void validate(CommandSpec spec) {
        if (since != null && until != null && since.isAfter(until)) {
            throw new ParameterException(spec.commandLine(), "--since " + since + " is after --until " + until
                    + ": no review can match");
        }
        for (Integer pr : prs) {
            if (pr == null || pr <= 0) {
                throw new ParameterException(spec.commandLine(), "--pr takes positive PR numbers, not " + pr);
            }
        }
    }

    ReviewFilter toFilter() {
        return new ReviewFilter(since, until, repo, Set.copyOf(prs));
    }

    /**
     * Reviews that name no repository placed in the one their folder's other reviews name, said on
     * stderr in one line (each placed review also carries diagnostic RS206).
     */
    static List<Review> place(List<Review> reviews, PrintWriter err) {
        dev.reviewstats.analytics.Repositories.Placement p = dev.reviewstats.analytics.Repositories.place(reviews);
        if (!p.placed().isEmpty()) {
            err.println("review-stats: " + p.placed().size() + " review(s) name no repository; each was placed in the one its folder's"
                    + " other reviews name: " + TerminalText.safe(String.join(", ", p.placed().subList(0, Math.min(5, p.placed().size()))))
                    + (p.placed().size() > 5 ? ", … (" + (p.placed().size() - 5) + " more)" : ""));
            err.flush();
        }
        return p.reviews();
    }

    /** The reviews the filter keeps; those it left out only for want of a value are named on stderr. */
    List<Review> apply(List<Review> reviews, PrintWriter err) {
        if (!repo.isEmpty()) {
            reviews = place(reviews, err);
        }
        ReviewFilter f = toFilter();
        Unplaced unplaced = new Unplaced();
        List<Review> kept = new ArrayList<>();
        for (Review r : reviews) {
            if (f.test(r)) {
                kept.add(r);
            } else {
                unplaced.note(f, r);
            }
        }
        unplaced.report(err);
        return kept;
    }

    /** Reviews a filter left out because they do not state the filtered value, by what they lack. */
    static final class Unplaced {
        private final Map<String, List<String>> byReason = new TreeMap<>();

        synchronized void note(ReviewFilter f, Review r) {
            f.unknownFor(r).ifPresent(reason -> byReason.computeIfAbsent(reason, k -> new ArrayList<>()).add(r.id()));
        }

        /** Notes and reports, in one go, the reviews {@code f} leaves out for want of a value. */
        void reportAll(ReviewFilter f, List<Review> reviews, PrintWriter err) {
            reviews.stream().filter(r -> !f.test(r)).forEach(r -> note(f, r));
            report(err);
        }

        void report(PrintWriter err) {
            byReason.forEach((reason, ids) -> {
                List<String> sorted = ids.stream().sorted().toList();
                String shown = String.join(", ", sorted.subList(0, Math.min(5, sorted.size())))
                        + (sorted.size() > 5 ? ", … (" + (sorted.size() - 5) + " more)" : "");
                err.println("review-stats: left out " + ids.size() + " review(s) with " + reason
                        + " that the filter could not place: " + TerminalText.safe(shown));
            });
            err.flush();
        }
    }
}
