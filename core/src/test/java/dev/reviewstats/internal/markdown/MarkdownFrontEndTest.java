package dev.reviewstats.internal.markdown;

import dev.reviewstats.internal.outline.FrontEndContract;
import java.util.List;

/** The Markdown front end holds the front-end contract; a final line break, or its absence, is the equivalent input. */
class MarkdownFrontEndTest extends FrontEndContract {
    MarkdownFrontEndTest() {
        super(new MarkdownFrontEnd(), ".md");
    }

    @Override
    protected List<String> typicalLines() {
        return List.of("# Deep Review: 20260415-184215-pr-77", "| | |", "|---|---|", "| **Date** | 2026-04-15 18:42 |",
                "| **Reviewers** | Claude Opus 4.6, ~~Gemini 3.1 Pro~~ (429 capacity) |", "## Important Issues",
                "## 2. Agent Performance Retro", "I1. **Retry loop** — `a/b.go:12-30` [Codex GPT 5.4] (important, gap)",
                "**[CRITICAL]** `x.go:1` — Title [Claude Opus 4.6]", "~~2. **Struck** -- FIXED~~", "Fix: cap it.",
                "- **Concern (future)**: text [Codex]", "```go", "```", "| | Claude Opus 4.6 | Codex GPT 5.4 |",
                "| Findings | 1C 1S | 1I |", "<details>", "</details>", "None.", "1. **Numbered** [Claude]");
    }

    /**
     * A final line break ends the last line and opens no new one (CommonMark's line endings), so a
     * text with it and without it are the same document. When the last line is empty, the break
     * before it is part of the document (an open fence holds the blank line), and nothing changes.
     */
    @Override
    protected String equivalent(String input) {
        if (!input.endsWith("\n")) {
            return input + "\n";
        }
        return input.endsWith("\n\n") || input.equals("\n") ? input : input.substring(0, input.length() - 1);
    }
}
