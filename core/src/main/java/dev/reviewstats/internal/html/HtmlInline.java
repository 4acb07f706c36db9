package dev.reviewstats.internal.html;

import static dev.reviewstats.internal.html.Markup.PILCROW;
import static dev.reviewstats.internal.html.Markup.PILLS;
import static dev.reviewstats.internal.html.Markup.SKIPPED_TAGS;
import static dev.reviewstats.internal.html.Markup.VERDICT;
import static dev.reviewstats.internal.html.Markup.hasAnyClass;

import dev.reviewstats.internal.outline.Inline;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Inline HTML in the outline's inline markup: bold, strike-through, code and emphasis become their
 * Markdown markers, line breaks stay, everything else is its text. Stateless.
 */
final class HtmlInline {
    private HtmlInline() {
    }

    /** Marks pill brackets so that adjacent pills merge into one list, as Markdown writes them. */
    private static final char PILL_MARK = '\u0001';
    private static final char PILL_START = '\u0002';
    private static final Pattern PILL_SPAN = Pattern.compile(PILL_MARK + "\\[(?<name>[^\\]]*)\\]" + PILL_MARK);
    private static final Pattern TEXT_BEFORE_PILL = Pattern.compile("(?<last>[^,\\s])\\s*(?<struck>(?:~~)?)" + PILL_START);
    private static final Pattern ADJACENT_PILLS = Pattern.compile("\\]" + PILL_MARK + "\\s*" + PILL_MARK + "\\[");

    static String of(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node c : e.childNodes()) {
            append(c, sb);
        }
        return finish(sb);
    }

    /**
     * A table cell: agents written as pills ({@code [Claude] Opus 4.6 [Codex] GPT 5.4}, or
     * {@code [Claude] [Codex]}) become the comma-separated list Markdown writes.
     */
    static String ofCell(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node c : e.childNodes()) {
            append(c, sb);
        }
        String marked = PILL_SPAN.matcher(sb).replaceAll(PILL_START + "${name}");
        marked = TEXT_BEFORE_PILL.matcher(marked).replaceAll("${last}, ${struck}" + PILL_START);
        return finish(marked.replace(String.valueOf(PILL_START), ""));
    }

    /**
     * Merges adjacent pills, folds runs of horizontal white space into one space and drops the
     * spaces around line breaks. A character scan: every paragraph and cell of a page passes here.
     */
    static String finish(CharSequence raw) {
        String s = raw.toString();
        if (s.indexOf(PILL_MARK) >= 0) {
            s = ADJACENT_PILLS.matcher(s).replaceAll(", ").replace(String.valueOf(PILL_MARK), "");
        }
        return Inline.fold(s, HtmlInline::isHorizontalSpace, true).strip();
    }

    /** {@code [ \t\x0B\f\r]}: white space that is not a line break. */
    private static boolean isHorizontalSpace(int c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static void append(Node n, StringBuilder sb) {
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
                    sb.append(PILL_MARK).append('[').append(e.text().strip()).append(']').append(PILL_MARK);
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

    private static void wrap(Element e, String marker, StringBuilder sb) {
        StringBuilder inner = new StringBuilder();
        for (Node c : e.childNodes()) {
            append(c, inner);
        }
        if (inner.toString().isBlank()) {
            return;
        }
        sb.append(marker).append(inner).append(marker);
    }

    /**
     * A Markdown renderer that mistakes intraword underscores for emphasis turns
     * {@code read_file 2, run_shell_command} into {@code read<em>file 2, run</em>shell_command};
     * emphasis glued to letters on both sides is put back as underscores.
     */
    private static void emphasis(Element e, StringBuilder sb) {
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
