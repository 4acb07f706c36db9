package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.testing.SharedCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code findings} and {@code lint}, run in-process. */
class FindingsAndLintCommandTest {
    @Test
    void findingsPrintsOneCsvRowPerFinding() {
        ParseCommandTest.Run r = run("findings", SharedCorpus.review("20260415-184215-pr-316.md").toString());
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(FindingsCommand.HEADER);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(3)).isEqualTo("20260415-184215-pr-316,2026-04-15,rancher-sandbox/rancher-desktop-daemon,316,1,"
                + "S1,SUGGESTION,InProgress action state is defined but never written,"
                + "Claude Opus 4.6; Codex GPT 5.4; Gemini 3.1 Pro,false,FIXED");
    }

    @Test
    void lintReportsTheGeminiSummaryMismatchAndStrictFails() {
        String pr316 = SharedCorpus.review("20260415-184215-pr-316.md").toString();
        ParseCommandTest.Run r = run("lint", pr316);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("20260415-184215-pr-316")
                .contains("L101 inconsistent: summary table says Gemini findings 1I 1S, but the findings credited to it give 1I 2S");
        ParseCommandTest.Run strict = run("lint", "--strict", pr316);
        assertThat(strict.exit()).isEqualTo(ExitCode.STRICT_FAILURE.code());
    }

    @Test
    void lintOfAConsistentReviewPassesStrict() {
        ParseCommandTest.Run r = run("lint", "--strict", ParseCommandTest.samples().resolve("20260112-140000-pr-12.md").toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).endsWith("1 reviews, 0 with issues: 0 inconsistencies in 0 reviews, 0 diagnostics\n");
    }
}
