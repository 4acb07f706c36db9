package dev.reviewstats.internal.html;

import static dev.reviewstats.internal.html.Markup.PILCROW;
import static dev.reviewstats.internal.html.Markup.PILLS;
import static dev.reviewstats.internal.html.Markup.SKIPPED_TAGS;
import static dev.reviewstats.internal.html.Markup.VERDICT;
import static dev.reviewstats.internal.html.Markup.hasAnyClass;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Inline HTML in the outline's inline markup: bold, strike-through, code and emphasis become their
 * Markdown markers, line breaks stay, agent pills are written into the {@link InlineBuffer} as pills,
 * everything else is its text. Stateless.
 */
final class HtmlInline {
    private HtmlInline() {
    }

    static String of(Element e) {
        InlineBuffer sb = new InlineBuffer();
        for (Node c : e.childNodes()) {
            append(c, sb);
        }
        return sb.finish();
    }

    /**
     * A table cell: agents written as pills ({@code [Claude] Opus 4.6 [Codex] GPT 5.4}, or
     * {@code [Claude] [Codex]}) become the comma-separated list Markdown writes.
     */
    static String ofCell(Element e) {
        InlineBuffer sb = new InlineBuffer();
        for (Node c : e.childNodes()) {
            append(c, sb);
        }
        return sb.finishCell();
    }

    static void append(Node n, InlineBuffer sb) {
        if (n instanceof TextNode t) {
            sb.append(t.getWholeText().replace('\n', ' '));
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (SKIPPED_TAGS.contains(tag) || e.hasClass(PILCROW)) {
            return;
        }
        switch (tag) {
            case "br" -> sb.append('\n');
            case "code" -> sb.append('`').append(e.wholeText()).append('`');
            case "strong", "b" -> wrap(e, "**", sb);
            case "del", "s", "strike" -> wrap(e, "~~", sb);
            case "em", "i" -> emphasis(e, sb);
            case "img" -> sb.append(e.attr("alt"));
            default -> {
                if (hasAnyClass(e, PILLS)) {
                    sb.pill(e.text().strip());
                } else if (e.hasClass(VERDICT)) {
                    wrap(e, "**", sb);
                } else {
                    for (Node c : e.childNodes()) {
                        append(c, sb);
                    }
                }
            }
        }
    }

    private static void wrap(Element e, String marker, InlineBuffer sb) {
        InlineBuffer inner = new InlineBuffer();
        for (Node c : e.childNodes()) {
            append(c, inner);
        }
        if (inner.isBlank()) {
            return;
        }
        sb.append(marker).append(inner).append(marker);
    }

    /**
     * A Markdown renderer that mistakes intraword underscores for emphasis turns
     * {@code read_file 2, run_shell_command} into {@code read<em>file 2, run</em>shell_command};
     * emphasis glued to letters on both sides is put back as underscores.
     */
    private static void emphasis(Element e, InlineBuffer sb) {
        Node prev = e.previousSibling();
        Node next = e.nextSibling();
        boolean gluedBefore = prev instanceof TextNode pt && !pt.getWholeText().isEmpty()
                && Character.isLetterOrDigit(pt.getWholeText().charAt(pt.getWholeText().length() - 1));
        boolean gluedAfter = next instanceof TextNode nt && !nt.getWholeText().isEmpty()
                && Character.isLetterOrDigit(nt.getWholeText().charAt(0));
        if (gluedBefore && gluedAfter) {
            sb.append('_');
            for (Node c : e.childNodes()) {
                append(c, sb);
            }
            sb.append('_');
        } else {
            wrap(e, "*", sb);
        }
    }
}
