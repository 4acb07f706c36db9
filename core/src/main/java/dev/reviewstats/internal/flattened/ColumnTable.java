package dev.reviewstats.internal.flattened;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table laid out in columns of spaces under a rule of dash runs, as {@code pandoc -t plain} writes
 * a simple table:
 *
 * <pre>
 *                         Claude Opus 4.6     Codex GPT 5.4
 *   --------------------- ------------------- -------------
 *   Findings              2S                  1I 1S
 * </pre>
 *
 * The dash runs give the columns; each line is cut at them. Rows run to the first blank line.
 */
final class ColumnTable {
    /** The longest table read; a longer run of rows is read no further (the input limits bound it anyway). */
    private static final int MAX_ROWS = 500;
    /** How many lines a multiline table's header may wrap over. */
    private static final int MAX_HEADER_LINES = 4;

    /** A table as read: header cells, rows of cells, each row's 0-based line, and the line after the table. */
    record Read(List<String> header, List<List<String>> rows, List<Integer> rowLines, int next) {
    }

    private ColumnTable() {
    }

    /** Whether {@code line} is a rule of at least two dash runs separated by spaces. */
    static boolean isRule(String line) {
        String s = line.strip();
        if (s.isEmpty() || !s.replace("-", "").replace(" ", "").isEmpty()) {
            return false;
        }
        return TableGrammar.dashRuns(line).size() >= 2;
    }

    /** Reads the table whose header is line {@code header} and whose rule is the line after it. */
    static Optional<Read> read(FlatLines lines, int header) {
        if (header + 1 >= lines.size() || !isRule(lines.raw(header + 1))) {
            return Optional.empty();
        }
        List<int[]> spans = TableGrammar.dashRuns(lines.raw(header + 1));
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        int i = header + 2;
        while (i < lines.size() && !lines.isBlank(i) && !isRule(lines.raw(i)) && rows.size() < MAX_ROWS) {
            rows.add(cut(lines.raw(i), spans));
            rowLines.add(i);
            i++;
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Read(cut(lines.raw(header), spans), rows, rowLines, i));
    }

    /**
     * A table opened by a rule of dash runs and closed by another, as pandoc writes a headerless
     * table: a simple one has a row per line; a multiline one wraps its cells inside their columns
     * and puts blank lines between rows. With {@code header}, the lines between a full-width rule and
     * the opening rule are the header (pandoc's multiline table with a header).
     *
     * @param lines the input
     * @param rule the line of the opening rule
     * @param header whether header lines stand between a full-width rule and {@code rule}
     * @return the table, or empty when no closing rule follows
     */
    static Optional<Read> readMultiline(FlatLines lines, int rule, boolean header) {
        if (!isRule(lines.raw(rule))) {
            return Optional.empty();
        }
        List<int[]> spans = TableGrammar.dashRuns(lines.raw(rule));
        List<String> head = List.of();
        if (header) {
            int top = rule - 1;
            while (top >= 0 && !lines.isBlank(top) && !isFullRule(lines.raw(top))) {
                top--;
            }
            if (top < 0 || top == rule - 1 || !isFullRule(lines.raw(top))) {
                return Optional.empty();
            }
            head = joinCells(lines, top + 1, rule, spans);
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        List<Integer> rowEnds = new ArrayList<>();
        boolean blankInside = false;
        int i = rule + 1;
        int from = -1;
        while (i < lines.size() && rowLines.size() < MAX_ROWS) {
            String raw = lines.raw(i);
            boolean closing = isRule(raw) || isFullRule(raw);
            if (closing || raw.isBlank()) {
                if (from >= 0) {
                    rowLines.add(from);
                    rowEnds.add(i);
                    from = -1;
                }
                if (closing) {
                    break;
                }
                blankInside = true;
            } else if (from < 0) {
                from = i;
            }
            i++;
        }
        if (i >= lines.size() || rowLines.isEmpty()) {
            return Optional.empty();
        }
        if (!blankInside) {
            // A simple table: each line is a row.
            rowLines.clear();
            for (int k = rule + 1; k < i; k++) {
                rows.add(cut(lines.raw(k), spans));
                rowLines.add(k);
            }
        } else {
            for (int k = 0; k < rowLines.size(); k++) {
                rows.add(joinCells(lines, rowLines.get(k), rowEnds.get(k), spans));
            }
        }
        return Optional.of(new Read(head, rows, rowLines, i + 1));
    }

    /** The cells of lines {@code from} (inclusive) to {@code to} (exclusive), each column's pieces joined. */
    private static List<String> joinCells(FlatLines lines, int from, int to, List<int[]> spans) {
        List<String> cells = new ArrayList<>(cut(lines.raw(from), spans));
        for (int k = from + 1; k < to; k++) {
            List<String> more = cut(lines.raw(k), spans);
            for (int c = 0; c < more.size(); c++) {
                if (!more.get(c).isEmpty()) {
                    cells.set(c, cells.get(c).isEmpty() ? more.get(c) : cells.get(c) + " " + more.get(c));
                }
            }
        }
        return cells;
    }

    /**
     * Reads pandoc's multiline table with a header from its opening full-width rule at line
     * {@code top}: header lines, then the rule of dash runs.
     */
    static Optional<Read> readFromFullRule(FlatLines lines, int top) {
        if (!isFullRule(lines.raw(top))) {
            return Optional.empty();
        }
        for (int k = top + 1; k <= top + MAX_HEADER_LINES + 1 && k < lines.size() && !lines.isBlank(k); k++) {
            if (isRule(lines.raw(k))) {
                return k == top + 1 ? Optional.empty() : readMultiline(lines, k, true);
            }
        }
        return Optional.empty();
    }

    /** A rule of one dash run across the width, as pandoc opens and closes a multiline table. */
    static boolean isFullRule(String line) {
        String s = line.strip();
        return s.length() >= 10 && s.replace("-", "").isEmpty();
    }

    /** The cells of a line: from each column's start to the next column's start (the last to the end). */
    private static List<String> cut(String line, List<int[]> spans) {
        List<String> cells = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            int from = Math.min(spans.get(k)[0], line.length());
            int to = k + 1 < spans.size() ? Math.min(spans.get(k + 1)[0], line.length()) : line.length();
            cells.add(line.substring(from, Math.max(from, to)).strip());
        }
        return cells;
    }
}
