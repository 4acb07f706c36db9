package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Review;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Numbers no model value can hold are reported and left unknown; the rest of the report is still read. */
class ImpossibleMetadataTest {
    private static String report(String id, String pr, String round) {
        return report(id, pr, round, "12 min 5 s");
    }

    private static String report(String id, String pr, String round, String wallClock) {
        return """
                # Deep Review: %s

                | | |
                |---|---|
                | **Date** | 2026-03-01 10:00 |
                | **PR** | %s |
                | **Round** | %s |
                | **Reviewers** | Claude Opus 4.6, Codex GPT 5.4 |
                | **Wall-clock time** | `%s` |

                ## Executive Summary

                A small change.

                ## Important Issues

                I1. **Lock never released on error** — `pkg/lock.go:10` [Claude Opus 4.6]

                The lock stays held when the write fails.
                """.formatted(id, pr, round, wallClock);
    }

    private static Review parsed(String id, String text) {
        ParseResult r = ReviewParser.create().parse(id + ".md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) r).review();
    }

    @Test
    void pullRequestZeroInTheRowAndTheIdIsReportedNotFatal() {
        Review r = parsed("20260301-100000-pr-0", report("20260301-100000-pr-0", "#0 — change", "1"));
        assertThat(r.pullRequestIfKnown()).isEmpty();
        assertThat(r.findings()).hasSize(1);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.METADATA_UNREADABLE);
    }

    @Test
    void numbersTooLargeForACountAreReportedNotFatal() {
        Review r = parsed("20260301-100000-pr-99999999999", report("20260301-100000-pr-99999999999",
                "#99999999999 — change", "99999999999 (of PR #5)", "99999999999999999999 h"));
        assertThat(r.pullRequestIfKnown()).isEmpty();
        assertThat(r.round()).isNull();
        assertThat(r.findings()).hasSize(1);
        assertThat(r.wallClock()).isNull();
        assertThat(r.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.METADATA_UNREADABLE).hasSize(3);
    }

    @Test
    void aReadablePullRequestRowIsKept() {
        Review r = parsed("20260301-100000-pr-7", report("20260301-100000-pr-7", "#7 — change seven", "2 (of PR #7)"));
        assertThat(r.pullRequestIfKnown()).hasValueSatisfying(pr -> assertThat(pr.number()).isEqualTo(7));
        assertThat(r.round().number()).isEqualTo(2);
        assertThat(r.wallClock()).isEqualTo(java.time.Duration.ofSeconds(12 * 60 + 5));
    }
}
