package dev.reviewstats.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.outline.FrontEndContract;
import dev.reviewstats.internal.outline.Lead;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.Outline;
import dev.reviewstats.internal.outline.Paragraph;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

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

    private static List<Object> blocks(String markdown) {
        Outline o = new MarkdownFrontEnd().read(markdown);
        return List.copyOf(o.sections().get(o.sections().size() - 1).blocks());
    }

    @Example
    void stampsTheBoldAParagraphOpensWithFromTheSyntaxTree() {
        Paragraph p = (Paragraph) blocks("# T\n\n**Retry loop** — it spins.\n").get(0);
        assertThat(p.lead()).contains(new Lead("Retry loop", " — it spins."));
        // Escaped asterisks are text: the outline writes them as asterisks, but they open no bold.
        Paragraph escaped = (Paragraph) blocks("# T\n\n\\*\\*Not bold\\*\\* — text\n").get(0);
        assertThat(escaped.text()).isEqualTo("**Not bold** — text");
        assertThat(escaped.lead()).isEmpty();
        Paragraph emphasisFirst = (Paragraph) blocks("# T\n\n*Note* **then bold**\n").get(0);
        assertThat(emphasisFirst.lead()).isEmpty();
    }

    @Example
    void stampsTheBoldOfListItemsAndOfHeadingsInsideThem() {
        ListBlock list = (ListBlock) blocks("# T\n\n- **Concern (future)**: text [Codex]\n- plain item\n").get(0);
        assertThat(list.items().get(0).lead()).contains(new Lead("Concern (future)", ": text [Codex]"));
        assertThat(list.items().get(1).lead()).isEmpty();
        ListBlock withHeading = (ListBlock) blocks("# T\n\n- item\n\n  ### Concerns\n").get(0);
        Paragraph heading = (Paragraph) withHeading.items().get(0).children().get(0);
        assertThat(heading.text()).isEqualTo("**Concerns**");
        assertThat(heading.lead().map(Lead::standsAlone)).isEqualTo(Optional.of(true));
    }
}
