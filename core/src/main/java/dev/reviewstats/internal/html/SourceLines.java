package dev.reviewstats.internal.html;

import dev.reviewstats.internal.outline.LineIndex;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The input line of each element of a page parsed without jsoup's position tracking, which doubles
 * jsoup's time (a line and column, by binary search, for both ends of every node). The page's start
 * tags are found by a scan of the source and matched in order with the tree's elements: an element
 * takes the next start tag of its name. An element no start tag made (jsoup's implied
 * {@code tbody} or {@code body}) takes the position of the next tag instead, which is where jsoup's
 * own tracking puts it too. {@code SourceLinesTest} checks the result against jsoup's tracking on
 * every element of the corpus.
 *
 * <p>Text is found by its first characters in the source after the element before it. One per read.
 */
final class SourceLines {
    /** How many start tags an element may be behind the scan before it counts as one no tag made. */
    private static final int LOOKAHEAD = 8;
    /** How far after the element before it a text's first characters are looked for. */
    private static final int TEXT_REACH = 4096;
    private static final int TEXT_PROBE = 12;
    private static final String ENTITY_PRONE = "&<>\"'";

    private final String html;
    private final LineIndex lines;
    private final Map<Element, Integer> offsets;
    private final List<Element> elements;

    /** Places the elements of a page whose start tags {@link HtmlNesting} has not listed yet. */
    SourceLines(String html, Document doc) {
        this(html, doc, HtmlNesting.startTags(html));
    }

    /**
     * Places the elements of a page by its start tags. The elements are visited once, in document
     * order, and kept: the front end's other questions about the whole page go to {@link #elements()}
     * rather than to another walk of the tree, which costs as much as this one.
     */
    SourceLines(String html, Document doc, HtmlNesting.StartTags tags) {
        this.html = html;
        this.lines = LineIndex.of(html);
        this.offsets = new IdentityHashMap<>(tags.count() + 16);
        List<Element> all = new ArrayList<>(tags.count() + 16);
        int cursor = 0;
        for (Element e = doc.firstElementChild(); e != null; e = next(e)) {
            all.add(e);
            String name = e.normalName();
            int found = -1;
            for (int j = cursor; j < Math.min(tags.count(), cursor + LOOKAHEAD); j++) {
                if (tags.names()[j].equals(name)) {
                    found = j;
                    break;
                }
            }
            if (found >= 0) {
                offsets.put(e, tags.offsets()[found]);
                cursor = found + 1;
            } else {
                offsets.put(e, cursor < tags.count() ? tags.offsets()[cursor] : html.length());
            }
        }
        this.elements = List.copyOf(all);
    }

    /** The element after {@code e} in document order: its first child, else the next sibling of it or an ancestor. */
    private static Element next(Element e) {
        Element child = e.firstElementChild();
        if (child != null) {
            return child;
        }
        for (Element at = e; at != null; at = at.parent()) {
            Element sibling = at.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    /** Every element of the page in document order, the document itself aside. */
    List<Element> elements() {
        return elements;
    }

    /** How many lines the page has. */
    int lineCount() {
        return lines.count();
    }

    /** The 1-based line where a node starts, or 0 when it cannot be placed. */
    int lineOf(Node n) {
        int offset = offsetOf(n);
        return offset < 0 ? 0 : lines.line(offset);
    }

    private int offsetOf(Node n) {
        if (n instanceof Element e) {
            return offsets.getOrDefault(e, -1);
        }
        // Text lies after the element before it (or its parent's start tag) and before the element after it.
        Element before = null;
        for (Node b = n.previousSibling(); b != null && before == null; b = b.previousSibling()) {
            before = b instanceof Element e ? e : null;
        }
        Element anchor = before != null ? before : n.parent() instanceof Element p ? p : null;
        int from = anchor == null ? 0 : offsets.getOrDefault(anchor, 0);
        int to = Math.min(html.length(), from + TEXT_REACH);
        for (Node a = n.nextSibling(); a != null; a = a.nextSibling()) {
            if (a instanceof Element e) {
                to = Math.min(to, offsets.getOrDefault(e, to));
                break;
            }
        }
        String probe = n instanceof TextNode t ? probe(t.getWholeText()) : "";
        int at = probe.isEmpty() || to <= from ? -1 : html.indexOf(probe, from);
        return at >= 0 && at + probe.length() <= to ? at : from;
    }

    /**
     * The text's first characters as the source must spell them: ASCII other than what an entity
     * might have written, up to the first run of white space, which markup may have re-flowed.
     */
    private static String probe(String text) {
        String s = text.stripLeading();
        int end = 0;
        while (end < s.length() && end < TEXT_PROBE && isLiteral(s, end)) {
            end++;
        }
        return s.substring(0, end).stripTrailing();
    }

    /** Printable ASCII that no entity stands for, or a single space (the text starts with no space). */
    private static boolean isLiteral(String s, int i) {
        char c = s.charAt(i);
        if (c == ' ') {
            return s.charAt(i - 1) != ' ';
        }
        return c > ' ' && c < 0x7f && ENTITY_PRONE.indexOf(c) < 0;
    }
}
