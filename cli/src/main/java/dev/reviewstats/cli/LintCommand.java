package dev.reviewstats.cli;

import dev.reviewstats.analytics.Lint;
import dev.reviewstats.analytics.LintIssue;
import dev.reviewstats.model.DiagnosticLevel;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.Reduced;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code review-stats lint PATH...}: parse diagnostics and internal inconsistencies, per review. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "List each review's parse diagnostics and the places where it contradicts itself.")
final class LintCommand extends SourcesCommand {
    @Option(names = "--strict", description = "Exit with code 4 when any review contradicts itself.")
    boolean strict;

    @Option(names = "--all", description = "Also list informational diagnostics (documented rules the parser applied).")
    boolean all;

    @Option(names = "--summary", description = "Instead of each review's issues, one line per code: how many issues and in how"
            + " many reviews (CSV: code,issues,reviews).")
    boolean summary;

    /** What lint keeps of a review. */
    private record Linted(String id, String path, List<LintIssue> issues) {
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        DiagnosticLevel level = all ? DiagnosticLevel.INFO : DiagnosticLevel.WARNING;
        // Only each review's issues are kept, so any number of reviews is linted in a small heap.
        Reduced<Linted> loaded = Inputs.reduce(sources.paths, err(), sources.load,
                r -> new Linted(r.id(), r.sources().get(0).path(), Lint.check(r, level)));
        int inconsistencies = 0;
        int diagnostics = 0;
        int reviewsWithIssues = 0;
        int inconsistent = 0;
        java.util.Map<String, int[]> byCode = new java.util.TreeMap<>();
        for (Linted r : loaded.values()) {
            List<LintIssue> issues = r.issues();
            if (issues.isEmpty()) {
                continue;
            }
            reviewsWithIssues++;
            inconsistent += issues.stream().anyMatch(LintIssue::inconsistency) ? 1 : 0;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (LintIssue i : issues) {
                int[] c = byCode.computeIfAbsent(i.code(), k -> new int[2]);
                c[0]++;
                c[1] += seen.add(i.code()) ? 1 : 0;
            }
            if (summary) {
                for (LintIssue i : issues) {
                    if (i.inconsistency()) {
                        inconsistencies++;
                    } else {
                        diagnostics++;
                    }
                }
                continue;
            }
            // Ids, paths and messages quote the reports: escaped before they reach a terminal.
            out.println(TerminalText.safe(r.id() + " (" + r.path() + ")"));
            for (LintIssue i : issues) {
                out.println("  " + (i.line() > 0 ? "line " + i.line() + ": " : "") + i.code() + " "
                        + (i.inconsistency() ? "inconsistent: " : "") + TerminalText.safe(i.message()));
                if (i.inconsistency()) {
                    inconsistencies++;
                } else {
                    diagnostics++;
                }
            }
        }
        if (summary) {
            out.print(Csv.row(List.of("code", "issues", "reviews")));
            byCode.forEach((code, c) -> out.print(Csv.row(List.of(code, String.valueOf(c[0]), String.valueOf(c[1])))));
        }
        out.println(loaded.values().size() + " reviews, " + reviewsWithIssues + " with issues: " + inconsistencies
                + " inconsistencies in " + inconsistent + " reviews, " + diagnostics + " diagnostics");
        ExitCode code = Inputs.finish(out, err(), loaded.skipped());
        if (code == ExitCode.OUTPUT_FAILED || !(strict && inconsistencies > 0)) {
            return code.code();
        }
        return ExitCode.STRICT_FAILURE.code();
    }
}
