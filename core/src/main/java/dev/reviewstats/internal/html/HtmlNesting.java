package dev.reviewstats.internal.html;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * A depth cap for HTML, applied before jsoup sees the page. jsoup searches its stack of open
 * elements for every list item and paragraph, and walks of the tree recurse per level: 16,000 nested
 * {@code <ul><li>} (138 KB) took seconds and gigabytes. A linear scan of the tags keeps the first
 * {@link #MAX_DEPTH} levels and drops the tags of deeper elements, keeping their text (and the line
 * breaks inside dropped tags, so positions hold). Elements whose end tag HTML lets a page leave out
 * ({@code li}, {@code p}, table cells) are closed as a browser would, so a sloppy page is not taken
 * for a deep one. Real report pages nest about 15 levels.
 *
 * <p>The same scan lists the page's start tags for {@link SourceLines}, so a page's tags are read once.
 */
final class HtmlNesting {
    /** The deepest element kept. */
    static final int MAX_DEPTH = 128;

    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "param", "source", "track", "wbr");
    /** Elements whose content is text up to their end tag, never tags, as jsoup's tokeniser reads them. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed",
            "noframes", "plaintext");
    /** Elements that end an open paragraph, as in a browser. */
    private static final Set<String> ENDS_PARAGRAPH = Set.of("p", "div", "ul", "ol", "dl", "table", "pre", "blockquote", "h1", "h2",
            "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "main", "details", "figure", "form", "li",
            "dt", "dd");

    // What each start tag ends (first) and the element that bounds the search for it (second).
    private static final Set<String> LIST_ITEM = Set.of("li");
    private static final Set<String> LIST = Set.of("ul", "ol", "menu");
    private static final Set<String> DEFINITION_ITEM = Set.of("dt", "dd");
    private static final Set<String> DEFINITION_LIST = Set.of("dl");
    private static final Set<String> ROW = Set.of("tr");
    private static final Set<String> ROW_SCOPE = Set.of("table", "tbody", "thead", "tfoot");
    private static final Set<String> CELL = Set.of("td", "th");
    private static final Set<String> CELL_SCOPE = Set.of("tr", "table");
    private static final Set<String> TABLE_PART = Set.of("tbody", "thead", "tfoot");
    private static final Set<String> TABLE = Set.of("table");
    private static final Set<String> OPTION = Set.of("option");
    private static final Set<String> OPTION_SCOPE = Set.of("select", "datalist");
    private static final Set<String> PARAGRAPH = Set.of("p");

    private HtmlNesting() {
    }

    /**
     * The page with deep tags dropped, the 1-based line of the first one dropped (0 when none was), and
     * the start tags of the page as returned.
     */
    record Capped(String html, int firstCutLine, StartTags tags) {
    }

    /**
     * A page's start tags in source order: names as jsoup normalises them (lower case, up to white
     * space, {@code /} or {@code >}) and the offsets of their {@code <}.
     */
    record StartTags(String[] names, int[] offsets, int count) {
    }

    static Capped cap(String html) {
        Scan first = scan(html);
        if (first.out == null) {
            return new Capped(html, 0, first.tags);
        }
        // Dropped tags moved what follows them: the returned page's own tags are listed again.
        return new Capped(first.out, lineOf(html, first.firstCut), scan(first.out).tags);
    }

    /** The start tags of a page as it is, capped or not. */
    static StartTags startTags(String html) {
        return scan(html).tags;
    }

    /** One pass over a page's tags: the capped page ({@code null} when nothing was cut) and the input's start tags. */
    private record Scan(String out, int firstCut, StartTags tags) {
    }

    private static Scan scan(String html) {
        String[] names = new String[256];
        int[] offsets = new int[256];
        int count = 0;
        Deque<String> open = new ArrayDeque<>();
        StringBuilder out = null;
        int copied = 0;
        int dropped = 0;
        int firstCut = -1;
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            boolean closing = html.charAt(lt + 1) == '/';
            int nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= n || !isLetter(html.charAt(nameStart))) {
                i = lt + 1;
                continue;
            }
            int fullEnd = nameStart;
            while (fullEnd < n && !isNameEnd(html.charAt(fullEnd))) {
                fullEnd++;
            }
            String fullName = html.substring(nameStart, fullEnd).toLowerCase(Locale.ROOT);
            // Nesting goes by the letters, digits and hyphens the name starts with; these lower-case one to one.
            int nameEnd = nameStart;
            while (nameEnd < fullEnd && (isLetter(html.charAt(nameEnd)) || Character.isDigit(html.charAt(nameEnd)) || html.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
            String name = nameEnd == fullEnd ? fullName : fullName.substring(0, nameEnd - nameStart);
            int gt = tagEnd(html, nameEnd);
            int after = gt < 0 ? n : gt + 1;
            if (!closing) {
                if (count == names.length) {
                    names = Arrays.copyOf(names, count * 2);
                    offsets = Arrays.copyOf(offsets, count * 2);
                }
                names[count] = fullName;
                offsets[count++] = lt;
            }
            if (!closing && RAW_TEXT.contains(fullName)) {
                int end = indexOfIgnoreCase(html, "</" + fullName, after);
                i = end < 0 ? n : end;
                continue;
            }
            boolean selfClosed = gt > 0 && html.charAt(gt - 1) == '/';
            if (VOID.contains(name) || (selfClosed && !closing)) {
                i = after;
                continue;
            }
            boolean drop = false;
            if (!closing) {
                if (dropped == 0) {
                    endImplied(open, name);
                }
                if (dropped > 0 || open.size() >= MAX_DEPTH) {
                    drop = true;
                    dropped++;
                } else {
                    open.push(name);
                }
            } else if (open.contains(name)) {
                // Bounded by the cap: the stack never holds more than MAX_DEPTH names.
                while (!open.isEmpty() && !open.pop().equals(name)) {
                    // implied end tags of the elements inside
                }
            } else if (dropped > 0) {
                drop = true;
                dropped--;
            }
            if (drop) {
                if (out == null) {
                    out = new StringBuilder(n);
                    firstCut = lt;
                }
                out.append(html, copied, lt);
                for (int k = lt; k < after; k++) {
                    if (html.charAt(k) == '\n') {
                        out.append('\n');
                    }
                }
                copied = after;
            }
            i = after;
        }
        StartTags tags = new StartTags(names, offsets, count);
        if (out == null) {
            return new Scan(null, 0, tags);
        }
        out.append(html, copied, n);
        return new Scan(out.toString(), firstCut, tags);
    }

    /**
     * Ends the elements an opening tag of {@code name} ends in a browser: a list item the open item,
     * a row the open row and cell, a cell the open cell, a block the open paragraph. The search stops
     * at the element that scopes it (the list, the table), so a nested list is still nested.
     */
    private static void endImplied(Deque<String> open, String name) {
        switch (name) {
            case "li" -> popThrough(open, LIST_ITEM, LIST);
            case "dt", "dd" -> popThrough(open, DEFINITION_ITEM, DEFINITION_LIST);
            case "tr" -> popThrough(open, ROW, ROW_SCOPE);
            case "td", "th" -> popThrough(open, CELL, CELL_SCOPE);
            case "tbody", "thead", "tfoot" -> popThrough(open, TABLE_PART, TABLE);
            case "option" -> popThrough(open, OPTION, OPTION_SCOPE);
            default -> {
            }
        }
        if (ENDS_PARAGRAPH.contains(name)) {
            popThrough(open, PARAGRAPH, ENDS_PARAGRAPH);
        }
    }

    /** Pops down to and including the nearest element named in {@code targets}, unless a {@code scope} element comes first. */
    private static void popThrough(Deque<String> open, Set<String> targets, Set<String> scope) {
        int depth = 0;
        for (String e : open) {
            if (targets.contains(e)) {
                for (int k = 0; k <= depth; k++) {
                    open.pop();
                }
                return;
            }
            if (scope.contains(e)) {
                return;
            }
            depth++;
        }
    }

    /** The '>' ending a tag whose name ends at {@code from}, quotes in attributes respected; -1 if none. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int k = from; k < html.length(); k++) {
            char c = html.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String html, String needle, int from) {
        for (int k = html.indexOf('<', from); k >= 0; k = html.indexOf('<', k + 1)) {
            if (html.regionMatches(true, k, needle, 0, needle.length())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isNameEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int lineOf(String text, int pos) {
        int line = 1;
        for (int k = 0; k < pos; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }
}
