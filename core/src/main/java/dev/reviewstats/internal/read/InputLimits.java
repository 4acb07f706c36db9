package dev.reviewstats.internal.read;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Structural limits for line-based input (Markdown and flattened text), applied before any syntax is
 * parsed. Real reports stay far inside them; a crafted input past them would make the libraries
 * underneath work quadratically (flexmark re-reads a growing paragraph on every line, and recurses
 * once per nested list marker). Like jsoup's and commonmark-java's nesting limits, the excess is
 * not read and a diagnostic names where; line numbers are kept, so every other position still holds.
 */
public final class InputLimits {
    /** The longest line read; the rest of a longer line is cut. */
    public static final int MAX_LINE_CHARS = 64 * 1024;
    /**
     * The most consecutive non-blank lines (one paragraph or table) of Markdown read; later lines of the
     * run are blanked. Flattened text has no such limit: its line reader is linear in the lines of a
     * block, and some extractors write a whole page without one blank line.
     */
    public static final int MAX_BLOCK_LINES = 2_000;
    /**
     * The longest run of spaces or tabs kept in a heading line. flexmark looks for a heading's closing
     * {@code #}s from every position of such a run, quadratic in its length; spaces in a heading mean
     * nothing beyond one, so a longer run is read as one space.
     */
    public static final int MAX_HEADING_BLANKS = 64;
    /** The most container markers (list items, quotes) a line may open; deeper markers are read as text. */
    public static final int MAX_NESTING = 32;

    private InputLimits() {
    }

    /** The input with every limit applied, and a diagnostic for each place a limit cut. */
    public record Limited(String text, List<Diagnostic> notes) {
        public Limited {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Applies the limits. {@code markdown} says whether the input is Markdown, read by flexmark: then
     * blocks are capped, and container markers and heading blanks mean something, so deep nesting is
     * turned into text and long blank runs squeezed rather than left to the parser.
     */
    public static Limited apply(String text, boolean markdown) {
        List<Diagnostic> notes = new ArrayList<>();
        StringBuilder out = null;
        int run = 0;
        int runStart = 0;
        boolean runCut = false;
        int pos = 0;
        int lineNo = 0;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            lineNo++;
            String line = text.substring(pos, end);
            String kept = line;
            if (isBlank(line)) {
                run = 0;
                runCut = false;
            } else {
                if (run == 0) {
                    runStart = lineNo;
                }
                run++;
                if (markdown && run > MAX_BLOCK_LINES) {
                    if (!runCut) {
                        notes.add(Diagnostic.of(DiagnosticCode.INPUT_LIMIT, String.format(Locale.ROOT,
                                "the block starting at line %d runs past %d lines; lines from %d to its end were not read",
                                runStart, MAX_BLOCK_LINES, lineNo), lineNo));
                        runCut = true;
                    }
                    kept = "";
                }
            }
            if (kept.length() > MAX_LINE_CHARS) {
                notes.add(Diagnostic.of(DiagnosticCode.INPUT_LIMIT, String.format(Locale.ROOT,
                        "line %d has %d characters; only the first %d were read", lineNo, kept.length(), MAX_LINE_CHARS), lineNo));
                kept = kept.substring(0, MAX_LINE_CHARS);
            }
            if (markdown && isHeading(kept)) {
                String squeezed = squeezeBlanks(kept);
                if (squeezed != kept) {
                    notes.add(Diagnostic.of(DiagnosticCode.INPUT_LIMIT, String.format(Locale.ROOT,
                            "line %d is a heading with a run of more than %d spaces; each such run was read as one space",
                            lineNo, MAX_HEADING_BLANKS), lineNo));
                    kept = squeezed;
                }
            }
            if (markdown && !kept.isEmpty()) {
                int deep = deepMarker(kept);
                if (deep >= 0) {
                    notes.add(Diagnostic.of(DiagnosticCode.INPUT_LIMIT, String.format(Locale.ROOT,
                            "line %d nests more than %d lists or quotes; the deeper markers were read as text",
                            lineNo, MAX_NESTING), lineNo));
                    kept = kept.substring(0, deep) + "\\" + kept.substring(deep);
                }
            }
            if (kept != line && out == null) {
                out = new StringBuilder(text.length());
                out.append(text, 0, pos);
            }
            if (out != null) {
                out.append(kept);
                if (end < text.length()) {
                    out.append('\n');
                }
            }
            pos = end + 1;
        }
        return new Limited(out == null ? text : out.toString(), notes);
    }

    /** Whether the line, after any list or quote markers, starts with {@code #}: a heading if anything is. */
    static boolean isHeading(String line) {
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '>' || c == '-' || c == '*' || c == '+' || c == '.' || c == ')'
                    || (c >= '0' && c <= '9')) {
                i++;
            } else {
                return c == '#';
            }
        }
        return false;
    }

    /** The line with every run of blanks longer than the limit made one space; the same string when none is. */
    static String squeezeBlanks(String line) {
        StringBuilder out = null;
        int i = 0;
        int n = line.length();
        while (i < n) {
            int end = i;
            while (end < n && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
                end++;
            }
            if (end - i > MAX_HEADING_BLANKS) {
                if (out == null) {
                    out = new StringBuilder(n).append(line, 0, i);
                }
                out.append(' ');
                i = end;
            } else if (end > i) {
                if (out != null) {
                    out.append(line, i, end);
                }
                i = end;
            } else {
                if (out != null) {
                    out.append(line.charAt(i));
                }
                i++;
            }
        }
        return out == null ? line : out.toString();
    }

    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the marker past {@link #MAX_NESTING} starts, or -1. Markers are bullets ({@code - * +}),
     * ordered items ({@code 1.} / {@code 1)}) and quotes ({@code >}), each followed by a space
     * (quotes need none), as CommonMark reads them at the start of a line.
     */
    static int deepMarker(String line) {
        int i = 0;
        int depth = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            int start = i;
            char c = line.charAt(i);
            if (c == '>') {
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < n && (line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t')) {
                i += 2;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && j - i < 9 && Character.isDigit(line.charAt(j))) {
                    j++;
                }
                if (j + 1 < n && (line.charAt(j) == '.' || line.charAt(j) == ')') && (line.charAt(j + 1) == ' ' || line.charAt(j + 1) == '\t')) {
                    i = j + 2;
                } else {
                    return -1;
                }
            } else {
                return -1;
            }
            depth++;
            if (depth > MAX_NESTING) {
                return start;
            }
        }
        return -1;
    }
}
