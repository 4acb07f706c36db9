package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Review;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The repository and round a report states, in every way reports state them. */
class RepositoryAndRoundTest {
    private static Review parse(String name, String text) {
        return ((ParseResult.Parsed) ReviewParser.create().parse(name, text)).review();
    }

    private static String markdown(String rows) {
        return "# Deep Review: 20260316-111459-pr-238\n\n| | |\n|---|---|\n| **Date** | 2026-03-16 11:14 |\n" + rows
                + "| **Reviewers** | Claude Opus 4.6, Codex GPT 5.4 |\n| **Verdict** | **Merge** — fine |\n\n## Executive Summary\n\nFine.\n";
    }

    @Test
    void aReportWithNoRepoRowNamesItsRepositoryInItsPrLinkInEveryForm() {
        String md = markdown("| **PR** | [#238](https://github.com/example-org/ledger/pull/238) — Split the finalizer |\n");
        Review fromMarkdown = parse("r.md", md);
        assertThat(fromMarkdown.repository()).isEqualTo("example-org/ledger");
        assertThat(fromMarkdown.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.REPOSITORY_FROM_LINK));
        String html = "<html><body><h1>Deep Review: 20260316-111459-pr-238</h1><table><tr><td><strong>Date</strong></td><td>2026-03-16</td></tr>"
                + "<tr><td><strong>PR</strong></td><td><a href=\"https://gitlab.example.com/team/ledger/-/merge_requests/238\">!238</a>"
                + " — Split</td></tr><tr><td><strong>Reviewers</strong></td><td>Claude Opus 4.6, Codex GPT 5.4</td></tr></table>"
                + "<h2>Executive Summary</h2><p>Fine.</p></body></html>";
        assertThat(parse("r.html", html).repository()).isEqualTo("team/ledger");
        String lynx = "Deep Review: 20260316-111459-pr-238\n\n   Date 2026-03-16\n   PR [1]#238 — Split\n   Reviewers Claude Opus 4.6,"
                + " Codex GPT 5.4\n\nExecutive Summary\n\n   Fine.\n\nReferences\n\n   1. https://github.com/example-org/ledger/pull/238\n";
        assertThat(parse("r.txt", lynx).repository()).isEqualTo("example-org/ledger");
        // A Repo row wins over any link.
        String both = markdown("| **Repo** | other-org/other |\n| **PR** | [#238](https://github.com/example-org/ledger/pull/238) |\n");
        assertThat(parse("r.md", both).repository()).isEqualTo("other-org/other");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"3;3;''", "3 (of PR #711);3;of PR #711", "round 2 of 4;2;of 4", "Round 5;5;''", "R2;2;''",
        "2/4;2;of 4"})
    void theRoundIsReadFromEveryFormTheCorporaUse(String written, int number, String qualifier) {
        Review r = parse("r.md", markdown("| **Round** | " + written + " |\n"));
        assertThat(r.round()).isNotNull();
        assertThat(r.round().number()).isEqualTo(number);
        assertThat(r.round().qualifier()).isEqualTo(qualifier);
    }
}
