package dev.reviewstats.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.ParseResult;
import dev.reviewstats.parse.ReviewParser;
import org.junit.jupiter.api.Test;

/** One stray line inside a table no longer ends it: the rows after it are read, and the line is named. */
class StrayTableLinesTest {
    private static final String REPORT = """
            # Deep Review: 20260601-120000-pr-77

            | | |
            |---|---|
            | **Date** | 2026-06-01 12:00 |
            pasted by mistake
            | **Repo** | example-org/hostile-input |
            | **Round** | 1 |
            | **PR** | #77 — a stray line in the metadata |
            | **Reviewers** | Claude Opus 4.7, Codex GPT 5.5 |
            | **Verdict** | **Merge** — fine |

            ## Executive Summary

            Nothing found.

            ## Critical Issues

            None.
            """;

    @Test
    void theRowsAfterAStrayLineAreKeptAndTheLineIsNamed() {
        ParseResult r = ReviewParser.create().parse("stray.md", REPORT);
        Review review = ((ParseResult.Parsed) r).review();
        assertThat(review.reviewers()).hasSize(2);
        assertThat(review.repository()).isEqualTo("example-org/hostile-input");
        assertThat(review.pullRequest().number()).isEqualTo(77);
        assertThat(review.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.MARKUP_REPAIRED);
            assertThat(d.line()).isEqualTo(6);
        });
    }

    @Test
    void linesOutsideTablesAndInsideFencesAreLeftAlone() {
        String text = "para\n| not | a table |\nplain\n| x |\n\n```\n| a | b |\n|---|---|\nin code\n| c | d |\n```\n";
        StrayTableLines.Repaired r = StrayTableLines.repair(text);
        assertThat(r.text()).isSameAs(text);
        assertThat(r.notes()).isEmpty();
    }
}
