package dev.reviewstats.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.DiagnosticCode;
import org.junit.jupiter.api.Test;

/** Markdown quoted in code fences: which fences are unwrapped, and that every line keeps its number. */
class QuotedMarkdownTest {
    @Test
    void aMarkdownFenceUnderAHeadingIsReadAsMarkdownWithItsLinesInPlace() {
        String text = "### [Codex]\n\n```markdown\n### Findings\n\n**I1. Title** — `a.go:3`\n```\n\n### [Gemini]\n";
        QuotedMarkdown.Unwrapped u = QuotedMarkdown.unwrap(text);
        assertThat(u.text().split("\n", -1)).containsExactly("### [Codex]", "", "", "### Findings", "", "**I1. Title** — `a.go:3`",
                "", "", "### [Gemini]", "");
        assertThat(u.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(DiagnosticCode.MARKUP_REPAIRED);
            assertThat(n.line()).isEqualTo(3);
        });
    }

    @Test
    void aBareFenceWhoseInnerFencesCloseItEarlyIsClosedWhereItsWriterMeant() {
        // CommonMark would end the outer fence at the first inner ``` and turn the rest inside out.
        String text = "### [Claude] — Pass 1\n\n```\n## Findings\n\n**I1. X**\n\n```go\nx := 1\n```\n\nmore\n```\n\n### [Codex] — Pass 1\n";
        String[] lines = QuotedMarkdown.unwrap(text).text().split("\n", -1);
        assertThat(lines[2]).isEmpty();
        assertThat(lines[7]).isEqualTo("```go");
        assertThat(lines[9]).isEqualTo("```");
        assertThat(lines[12]).isEmpty();
        assertThat(lines[14]).isEqualTo("### [Codex] — Pass 1");
    }

    @Test
    void aQuoteItsWriterForgotToCloseEndsBeforeTheNextHeadingThatOpensAnotherQuote() {
        String text = "### [Claude]\n\n````markdown\n## Findings\n\n**I1. X**\n\n### [Codex]\n\n````markdown\n## Findings\n````\n";
        String[] lines = QuotedMarkdown.unwrap(text).text().split("\n", -1);
        assertThat(lines[2]).isEmpty();
        assertThat(lines[7]).isEqualTo("### [Codex]");
        assertThat(lines[9]).isEmpty();
        assertThat(lines[11]).isEmpty();
    }

    @Test
    void codeThatIsCodeIsLeftAlone() {
        String shell = "## Testing\n\n```\n# run it\nmake test\n```\n";
        String goBlock = "### [Claude]\n\n```go\n## not a heading in Go\n```\n";
        String notUnderAHeading = "Some prose.\n\n```markdown\n## Example\n```\n";
        for (String text : new String[] {shell, goBlock, notUnderAHeading}) {
            QuotedMarkdown.Unwrapped u = QuotedMarkdown.unwrap(text);
            assertThat(u.text()).isEqualTo(text);
            assertThat(u.notes()).isEmpty();
        }
    }

    @Test
    void aStrayFenceBeforeAHeadingIsSetAside() {
        String text = "(important, gap)\n````\n\n#### Suggestions\n\n````\nS1. **X** — `a.go:1`\n````\n";
        QuotedMarkdown.Unwrapped u = QuotedMarkdown.unwrap(text);
        assertThat(u.text().split("\n", -1)[1]).isEmpty();
        assertThat(u.text()).contains("#### Suggestions").contains("S1. **X**").doesNotContain("````");
    }
}
