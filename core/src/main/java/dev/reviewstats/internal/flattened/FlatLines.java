package dev.reviewstats.internal.flattened;

import java.util.ArrayList;
import java.util.List;

import java.util.Arrays;
import org.jsoup.parser.Parser;

/**
 * The input's lines, each also cleaned of what text extractors add (html2text's starred headings,
 * rules, w3m's and lynx's strike-through brackets, undecoded entities, the trailing pilcrow).
 * Cleaned lines are made once each, on first use. One per read.
 */
final class FlatLines {
    static final String PILCROW = "¶";
    /** Pages under the pilcrow style mark every heading with one; fewer than this many is chance. */
    private static final int PILCROW_STYLE_MINIMUM = 3;
    /** Fewer lines of running text than this say nothing of a wrap width. */
    private static final int MIN_PROSE_LINES = 20;
    /** A wrapped line ends within this many characters of the width (a long word and its space). */
    private static final int NEAR_WIDTH = 15;
    /** The share of running-text lines that end near the width when the extractor wrapped them. */
    private static final double MIN_NEAR_SHARE = 0.4;
    /** Deeper than this is no page margin. */
    private static final int MAX_INDENT = 8;
    /** Wrapped lines fill their width to within a word; the longest few are the unwrapped ones. */
    private static final double WRAP_PERCENTILE = 0.9;

    private final String[] raw;
    private final String[] clean;
    private final boolean pilcrowStyle;
    private final int wrapWidth;
    private final String[] layout;

    FlatLines(String text) {
        this(text, text);
    }

    /** Lines of {@code text}; {@code layout} is the same lines as the extractor laid them out, for their widths. */
    FlatLines(String text, String layout) {
        this.raw = text.split("\n", -1);
        String[] laid = layout.split("\n", -1);
        this.layout = laid.length == raw.length ? laid : raw;
        this.clean = new String[raw.length];
        int pilcrows = 0;
        for (String l : raw) {
            pilcrows += l.strip().endsWith(PILCROW) ? 1 : 0;
        }
        this.pilcrowStyle = pilcrows >= PILCROW_STYLE_MINIMUM;
        this.wrapWidth = wrapWidth(this.layout);
    }

    /**
     * The width the extractor wrapped prose at: a high percentile of the lengths of lines of running
     * text (several words, no gaps), so that a few long unwrapped lines (code, addresses) do not
     * count. {@link Integer#MAX_VALUE} when the text has too few such lines to tell.
     */
    private static int wrapWidth(String[] raw) {
        // Running text sits at the page's own indent; code keeps its own (lynx sets it at column 0).
        int[] atIndent = new int[MAX_INDENT + 1];
        for (String l : raw) {
            int indent = indentOf(l);
            if (indent <= MAX_INDENT && LineGrammar.isProseLine(l.strip())) {
                atIndent[indent]++;
            }
        }
        int margin = 0;
        for (int k = 1; k <= MAX_INDENT; k++) {
            margin = atIndent[k] > atIndent[margin] ? k : margin;
        }
        int[] lengths = new int[raw.length];
        int n = 0;
        for (String l : raw) {
            if (indentOf(l) == margin && LineGrammar.isProseLine(l.strip())) {
                lengths[n++] = l.stripTrailing().length();
            }
        }
        if (n < MIN_PROSE_LINES) {
            return Integer.MAX_VALUE;
        }
        Arrays.sort(lengths, 0, n);
        int width = lengths[(int) Math.floor(n * WRAP_PERCENTILE)];
        // Wrapped text fills its lines to within a word of the width; text that was never wrapped
        // (the DOM's text, one paragraph a line) spreads its lengths, and has no width to break at.
        int near = 0;
        for (int k = 0; k < n; k++) {
            near += lengths[k] <= width && lengths[k] > width - NEAR_WIDTH ? 1 : 0;
        }
        return near >= n * MIN_NEAR_SHARE ? width : Integer.MAX_VALUE;
    }

    private static int indentOf(String l) {
        int k = 0;
        while (k < l.length() && Character.isWhitespace(l.charAt(k))) {
            k++;
        }
        return k;
    }

    /**
     * Whether line {@code i} carries on the line before it because the extractor broke that line
     * at its width: the first word of this line would not have fitted on it.
     */
    boolean continuesByWidth(int i) {
        if (i <= 0 || raw[i].isBlank() || raw[i - 1].isBlank() || wrapWidth == Integer.MAX_VALUE) {
            return false;
        }
        String next = layout[i].strip();
        int word = next.indexOf(' ');
        return layout[i - 1].stripTrailing().length() + 1 + (word < 0 ? next.length() : word) > wrapWidth;
    }

    /**
     * Whether a list value stops inside its last item: every earlier item ends in a parenthetical
     * note ("Claude Opus 4.8 (effort: xhigh)") and the last has none yet ("Gemini 3.1"), so the rest
     * of the item is on the next line.
     */
    static boolean unfinishedList(String value) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                items.add(value.substring(from, k).strip());
                from = k + 1;
            }
        }
        items.add(value.substring(from).strip());
        if (items.size() < 2 || items.get(items.size() - 1).isEmpty()) {
            return false;
        }
        return items.subList(0, items.size() - 1).stream().allMatch(i -> i.endsWith(")"))
                && !items.get(items.size() - 1).contains("(");
    }

    /** How many parentheses {@code text} leaves open: negative when it closes one it never opened. */
    static int parenthesisDepth(String text) {
        int depth = 0;
        int lowest = 0;
        for (int k = 0; k < text.length(); k++) {
            depth += text.charAt(k) == '(' ? 1 : text.charAt(k) == ')' ? -1 : 0;
            lowest = Math.min(lowest, depth);
        }
        return lowest < 0 ? lowest : depth;
    }

    /** How far line {@code i} is indented. */
    int indent(int i) {
        return indentOf(raw[i]);
    }

    int size() {
        return raw.length;
    }

    /** How many lines the input has: a final line break ends the last line rather than starting one. */
    int count() {
        int n = raw.length > 0 && raw[raw.length - 1].isEmpty() ? raw.length - 1 : raw.length;
        return Math.max(n, 1);
    }

    String raw(int i) {
        return raw[i];
    }

    boolean isBlank(int i) {
        return raw[i].isBlank();
    }

    /** Whether the raw line is indented (w3m indents a cell's further lines). */
    boolean isIndented(int i) {
        return !raw[i].isEmpty() && Character.isWhitespace(raw[i].charAt(0));
    }

    boolean endsWithPilcrow(int i) {
        return raw[i].strip().endsWith(PILCROW);
    }

    /** Whether headings end in pilcrows throughout (a page copied with its anchor marks). */
    boolean pilcrowStyle() {
        return pilcrowStyle;
    }

    /** The line cleaned; "" for a rule. */
    String clean(int i) {
        String c = clean[i];
        if (c == null) {
            c = clean(raw[i]);
            clean[i] = c;
        }
        return c;
    }

    /** Line {@code i} cleaned, or "" past the end. */
    String cleanOrEmpty(int i) {
        return i >= 0 && i < raw.length ? clean(i) : "";
    }

    /** w3m draws struck-out text as "[S:Gemini 3.1 Pro:S]", lynx as "[DEL: Gemini 3.1 Pro :DEL]": the outline's ~~. */
    static String unstrike(String s) {
        if (s.indexOf('[') < 0) {
            return s;
        }
        return LineGrammar.unstrike(s);
    }

    static String clean(String raw) {
        String s = unstrike(raw.strip());
        // html2text may leave entities ("&ensp;") undecoded.
        if (s.indexOf('&') >= 0 && s.indexOf(';') > 0) {
            s = Parser.unescapeEntities(s, false).replace('\u2002', ' ').replace('\u00A0', ' ');
        }
        String starred = LineGrammar.starredHeading(s);
        if (starred != null) {
            s = starred.strip();
        } else if (LineGrammar.isRule(s)) {
            return "";
        }
        if (s.endsWith(PILCROW)) {
            s = s.substring(0, s.length() - 1).strip();
        }
        // A template that numbers findings "C-1" in a badge of their own: the id as every other form writes it.
        LineGrammar.DashedId badge = LineGrammar.dashedId(s);
        if (badge != null) {
            s = badge.id() + ". " + s.substring(badge.end());
        }
        return s;
    }
}
