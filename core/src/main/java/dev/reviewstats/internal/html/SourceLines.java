package dev.reviewstats.internal.html;

import dev.reviewstats.internal.outline.LineIndex;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** Elements whose content is text up to their end tag, never tags. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed",
            "noframes", "plaintext");
    /** How many start tags an element may be behind the scan before it counts as one no tag made. */
    private static final int LOOKAHEAD = 8;
    /** How far after the element before it a text's first characters are looked for. */
    private static final int TEXT_REACH = 4096;
    private static final int TEXT_PROBE = 12;
    private static final String ENTITY_PRONE = "&<>\"'";

    private final String html;
    private final LineIndex lines;
    private final Map<Element, Integer> offsets = new IdentityHashMap<>();

    SourceLines(String html, Document doc) {
        this.html = html;
        this.lines = LineIndex.of(html);
        Tags tags = scan(html);
        int cursor = 0;
        for (Element e : doc.getAllElements()) {
            String name = e.normalName();
            if (name.startsWith("#")) {
                continue;
            }
            int found = -1;
            for (int j = cursor; j < Math.min(tags.count, cursor + LOOKAHEAD); j++) {
                if (tags.names[j].equals(name)) {
                    found = j;
                    break;
                }
            }
            if (found >= 0) {
                offsets.put(e, tags.offsets[found]);
                cursor = found + 1;
            } else {
                offsets.put(e, cursor < tags.count ? tags.offsets[cursor] : html.length());
            }
        }
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

    /** The page's start tags in source order: lower-case names and offsets of their {@code <}. */
    private record Tags(String[] names, int[] offsets, int count) {
    }

    private static Tags scan(String html) {
        String[] names = new String[256];
        int[] offsets = new int[256];
        int count = 0;
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < n) {
            char c = html.charAt(i + 1);
            if (c == '!' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? -1 : html.indexOf('<', end + 3);
                continue;
            }
            if (!isAsciiLetter(c)) {
                // End tags, doctype, processing instructions and a lone '<' make no element.
                i = html.indexOf('<', i + 1);
                continue;
            }
            int end = i + 1;
            while (end < n && !isNameEnd(html.charAt(end))) {
                end++;
            }
            String name = html.substring(i + 1, end).toLowerCase(Locale.ROOT);
            if (count == names.length) {
                names = Arrays.copyOf(names, count * 2);
                offsets = Arrays.copyOf(offsets, count * 2);
            }
            names[count] = name;
            offsets[count++] = i;
            if (RAW_TEXT.contains(name)) {
                int close = indexOfIgnoreCase(html, "</" + name, end);
                i = close < 0 ? -1 : html.indexOf('<', close + 1);
            } else {
                i = html.indexOf('<', end);
            }
        }
        return new Tags(names, offsets, count);
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
    }
}
