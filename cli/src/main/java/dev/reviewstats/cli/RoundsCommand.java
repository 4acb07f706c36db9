package dev.reviewstats.cli;

import dev.reviewstats.analytics.FindingTrail;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.LoadResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code review-stats rounds PATH...}: each multi-round PR's finding trail, and per agent how its findings fared. */
@Command(name = "rounds", mixinStandardHelpOptions = true,
        description = {"Follow each finding of a PR reviewed in several rounds, and what became of it.",
            "Each finding is fixed, declined or deferred (the round's Resolution), still open (a later round carries it over),",
            "or re-raised (a guess by title similarity, marked as one). Then, per agent: findings with a later round, the share",
            "fixed by the next round, and the mean rounds a finding stayed open."})
final class RoundsCommand extends SourcesCommand {
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    FilterOptions filter = new FilterOptions();

    @Override
    public Integer call() {
        filter.validate(spec);
        if (!format.equals("text") && !format.equals("csv")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format takes text or csv, not '" + format + "'");
        }
        PrintWriter out = out();
        PrintWriter err = err();
        // Every review is held until the last is read (a PR's rounds may lie anywhere), each cut to what a trail reads.
        LoadResult loaded = Inputs.load(sources.paths, err, sources.load, FindingTrail::essentials);
        List<Review> reviews = filter.apply(loaded.reviews(), err);
        java.util.Map<String, String> inferred = dev.reviewstats.analytics.Repositories.inferred(reviews);
        if (!inferred.isEmpty()) {
            err.println("review-stats: " + inferred.size() + " review(s) name no repository; each was placed in the one its folder's"
                    + " other reviews name: " + TerminalText.safe(String.join(", ", inferred.keySet().stream().limit(5).toList()))
                    + (inferred.size() > 5 ? ", … (" + (inferred.size() - 5) + " more)" : ""));
        }
        List<String> unplaced = reviews.stream().filter(r -> r.pullRequest() != null && r.repository().isEmpty()
                && !inferred.containsKey(r.id())).map(Review::id).toList();
        if (!unplaced.isEmpty()) {
            err.println("review-stats: " + unplaced.size() + " review(s) name no repository and could not be placed; they are grouped"
                    + " by PR number alone: " + TerminalText.safe(String.join(", ", unplaced.stream().limit(5).toList())));
        }
        err.flush();
        List<FindingTrail> trails = FindingTrail.of(reviews);
        // Written as it is made: over thousands of PRs the whole text would be a second copy of the trails.
        if (format.equals("csv")) {
            csv(trails, out);
        } else {
            text(trails, out);
        }
        return Inputs.finish(out, err, loaded.skipped()).code();
    }

    private static void text(List<FindingTrail> trails, PrintWriter out) {
        if (trails.isEmpty()) {
            out.print("No PR was reviewed in more than one round.\n");
            return;
        }
        for (FindingTrail t : trails) {
            StringBuilder b = new StringBuilder();
            b.append("PR #").append(t.pullRequest()).append(t.repository().isEmpty() ? "" : " — " + TerminalText.safe(t.repository())).append(": ")
                    .append(t.reviews().size()).append(" rounds\n");
            for (int i = 0; i < t.reviews().size(); i++) {
                Review r = t.reviews().get(i);
                b.append("  round ").append(i + 1).append(r.round() == null ? "" : " (Round " + r.round().number() + ")")
                        .append(": ").append(TerminalText.safe(r.id())).append('\n');
                int round = i + 1;
                for (FindingTrail.Fate f : t.fates()) {
                    if (f.round() == round) {
                        b.append("    ").append(TerminalText.safe(f.findingId())).append(' ').append(TerminalText.safe(f.title()))
                                .append(f.agents().isEmpty() ? "" : " [" + TerminalText.safe(String.join(", ", f.agents())) + "]").append(" → ")
                                .append(describe(f)).append('\n');
                    }
                }
            }
            b.append('\n');
            out.print(b);
        }
        out.append("Agents (findings with a later round)\n\n");
        out.append(String.format(Locale.ROOT, "%-10s %9s %26s %17s%n", "Agent", "Followed", "Fixed by the next round", "Mean rounds open"));
        for (FindingTrail.AgentSummary s : FindingTrail.summary(trails)) {
            out.append(String.format(Locale.ROOT, "%-10s %9d %26s %17.2f%n", TerminalText.safe(s.agent()), s.followed(),
                    s.fixedByNextRound(), s.meanRoundsOpen()));
        }
        out.append("\nFixed, declined and deferred come from the round's Resolution; still open from a later round's stated")
                .append(" carry-over; a re-raise found by title similarity is marked as a guess and counts as neither.\n");
    }

    private static String describe(FindingTrail.Fate f) {
        return switch (f.outcome()) {
            case FIXED -> "fixed (" + f.detail() + ")";
            case DECLINED -> "declined (" + f.detail() + ")";
            case DEFERRED -> "deferred (" + f.detail() + ")";
            case RESOLVED_OTHERWISE -> "resolved otherwise (" + f.detail() + ")";
            case STILL_OPEN -> "still open: round " + f.laterRound() + " carries it over as " + f.laterId();
            case RE_RAISED_GUESS -> "re-raised in round " + f.laterRound() + " as " + f.laterId() + "? (" + f.detail() + ")";
            case NOT_MENTIONED -> "no later round mentions it";
            case LAST_ROUND -> "found in the last round";
        };
    }

    private static void csv(List<FindingTrail> trails, PrintWriter out) {
        out.append("repository,pr,round,review,finding,severity,title,agents,outcome,later_round,later_id,guessed,detail\n");
        for (FindingTrail t : trails) {
            for (FindingTrail.Fate f : t.fates()) {
                List<String> v = new ArrayList<>(List.of(t.repository(), String.valueOf(t.pullRequest()), String.valueOf(f.round()),
                        f.reviewId(), f.findingId(), f.severity().name().toLowerCase(Locale.ROOT), f.title(), String.join("; ", f.agents()),
                        f.outcome().name().toLowerCase(Locale.ROOT), f.laterRound() == 0 ? "" : String.valueOf(f.laterRound()), f.laterId(),
                        String.valueOf(f.guessed()), f.detail()));
                out.append(Csv.row(v));
            }
        }
    }
}
