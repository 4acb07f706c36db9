package dev.reviewstats.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.ReviewStats;
import dev.reviewstats.model.DiagnosticLevel;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.ParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure line's design-observation count against the section, on reports written here. */
class LintTest {
    private static Review review(String stated) {
        String text = "# Deep Review: 20260601-120000-pr-9\n\n| | |\n|---|---|\n| **Date** | 2026-06-01 |\n"
                + "| **Reviewers** | Claude Opus 4.7, Codex GPT 5.5 |\n\n## Executive Summary\n\n"
                + "Structure: 0 critical, 1 important, 0 suggestions, " + stated + " design observations.\n\n"
                + "## Important Issues\n\nI1. **Retry loop never backs off** — `a.go:1` [Codex GPT 5.5]\n\nBody.\n\n"
                + "## Design Observations\n\n### Concerns\n\n1. **Cache and queue share a lock** [Claude Opus 4.7] `(future)`. Text.\n\n"
                + "### Strengths\n\n- **Retries are bounded elsewhere** [Codex GPT 5.5]. Text.\n"
                + "- **Errors are joined** [Claude Opus 4.7]. Text.\n";
        return ((ParseResult.Parsed) ReviewStats.parse("r.md", text)).review();
    }

    private static List<String> structureIssues(Review r) {
        return Lint.check(r, DiagnosticLevel.WARNING).stream().filter(i -> i.code().equals("L201"))
                .map(LintIssue::message).toList();
    }

    @Test
    void aStructureLineCountingConcernsAloneOrEveryObservationAgreesWithTheSection() {
        assertThat(review("1").designObservations()).hasSize(3);
        assertThat(structureIssues(review("1"))).as("the concerns alone").isEmpty();
        assertThat(structureIssues(review("3"))).as("every observation").isEmpty();
    }

    @Test
    void aStructureLineCountingNeitherIsAContradiction() {
        assertThat(structureIssues(review("2")))
                .containsExactly("executive summary says 2 design observations, but the section holds 3 (1 concerns)");
    }
}
