package dev.reviewstats.internal.flattened;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The input's lines, each also cleaned of what text extractors add (html2text's starred headings,
 * rules, w3m's and lynx's strike-through brackets, undecoded entities, the trailing pilcrow).
 * Cleaned lines are made once each, on first use. One per read.
 */
final class FlatLines {
    static final String PILCROW = "¶";
    /** html2text marks headings with runs of stars: "***** Executive Summary *****". */
    static final Pattern STARRED_HEADING = Pattern.compile("^\\*{3,}\\s+(?<title>.{1,200}?)\\s+\\*{3,}$");
    private static final Pattern STRUCK_LYNX = Pattern.compile("\\[DEL:\\s*(?<text>[^\\]]{1,120}?)\\s*:DEL\\]");
    private static final Pattern STRUCK_W3M = Pattern.compile("\\[S:(?<text>[^\\]]{1,120}?):S\\]");
    /** A horizontal rule as text extractors draw it. */
    private static final Pattern RULE = Pattern.compile("^(?=.*[=\\-_*─━═]{3})[=\\-_*─━═ ]{10,}$");
    /** Pages under the pilcrow style mark every heading with one; fewer than this many is chance. */
    private static final int PILCROW_STYLE_MINIMUM = 3;

    private final String[] raw;
    private final String[] clean;
    private final boolean pilcrowStyle;

    FlatLines(String text) {
        this.raw = text.split("\n", -1);
        this.clean = new String[raw.length];
        int pilcrows = 0;
        for (String l : raw) {
            pilcrows += l.strip().endsWith(PILCROW) ? 1 : 0;
        }
        this.pilcrowStyle = pilcrows >= PILCROW_STYLE_MINIMUM;
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

    static String clean(String raw) {
        String s = raw.strip();
        // w3m draws struck-out text as "[S:Gemini 3.1 Pro:S]", lynx as "[DEL: Gemini 3.1 Pro :DEL]": the outline's ~~.
        s = STRUCK_W3M.matcher(s).replaceAll("~~${text}~~");
        s = STRUCK_LYNX.matcher(s).replaceAll("~~${text}~~");
        // html2text may leave entities ("&ensp;") undecoded.
        if (s.indexOf('&') >= 0 && s.indexOf(';') > 0) {
            s = Parser.unescapeEntities(s, false).replace('\u2002', ' ').replace('\u00A0', ' ');
        }
        Matcher starred = STARRED_HEADING.matcher(s);
        if (starred.matches()) {
            s = starred.group("title").strip();
        } else if (RULE.matcher(s).matches()) {
            return "";
        }
        if (s.endsWith(PILCROW)) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
