package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.Finding;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Parse never throws, keeps diagnostics inside the input, and keeps finding ids unique, for any
 * arrangement of the fragments reports are made of (headings, tables, finding heads, noise).
 */
class ReviewParserPropertiesTest {
    private static final ReviewParser PARSER = ReviewParser.create();
    private static final List<String> FRAGMENTS = List.of(
            "# Deep Review: 20260101-120000-pr-1", "## Executive Summary", "## Critical Issues", "## Important Issues",
            "## Suggestions", "## Agent Performance Retro", "### Summary", "## Resolution",
            "## Appendix: Original Reviews", "### [Gemini] — Pass 1", "#### Findings", "None.",
            "| | |", "|---|---|", "| **Reviewers** | Claude Opus 4.6, Codex GPT 5.4 |", "| **Verdict** | **Rework** — x |",
            "| **Date** | 2026-01-01 12:00 |", "| | Claude Opus 4.6 | Codex GPT 5.4 |", "|---|---|---|",
            "| Findings | 1I | 2S |", "| Duration | 5:46 | — |", "| # | Finding | Action |",
            "| 1 | Important #1: x | Fixed |", "I1. **Title** — `a/b.go:1-2` [Claude Opus 4.6]",
            "S1. **Other** [Codex]", "1. **Numbered** — `x.go:3`", "**[CRITICAL] y.go:4 — Bracketed**",
            "**Reconciliation:** Gemini C1 (t): critical → important I1, because x.", "Fix: do it.",
            "```go", "```", "- **Item (in-scope)**: text [Gemini 3.1 Pro]", "<details>", "</details>",
            "", "|", "#", "**", "~~", "`", "\u0000", "\uFFFD", "| a | b | c | d | e | f |");

    @Provide
    Arbitrary<List<String>> documents() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(60);
    }

    @Property(tries = 1000)
    void anyArrangementParsesWithoutThrowing(@ForAll("documents") List<String> lines) {
        String text = String.join("\n", lines);
        ParseResult r = PARSER.parse("generated.md", text);
        int lineCount = (int) text.lines().count();
        if (r instanceof ParseResult.Parsed p) {
            for (Diagnostic d : p.review().diagnostics()) {
                assertThat(d.line()).isBetween(0, Math.max(lineCount, 1));
            }
            assertThat(p.review().findings().stream().map(Finding::id).distinct().count())
                    .isEqualTo(p.review().findings().size());
        } else {
            assertThat(((ParseResult.Skipped) r).detail()).isNotBlank();
        }
    }

    @net.jqwik.api.Property(tries = 10_000)
    void exceptionNamesBecomeWordsAsThePatternMadeThem(@net.jqwik.api.ForAll("classNames") String name) {
        org.assertj.core.api.Assertions.assertThat(ReviewParser.words(name)).as(name)
                .isEqualTo(java.util.regex.Pattern.compile("(?<lower>[a-z])(?<upper>[A-Z])").matcher(name).replaceAll("${lower} ${upper}"));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> classNames() {
        return net.jqwik.api.Arbitraries.strings().withChars("aBcDXyz$1").ofMaxLength(12);
    }
}
