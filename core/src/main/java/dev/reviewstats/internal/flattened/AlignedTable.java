package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.template.MetadataField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A table set in columns of spaces, as {@code w3m -dump} and {@code html2text} lay it out at their
 * default width: cells wrap onto further lines, and a cell shorter than its row is centred in it
 * (w3m and html2text both put a one-line label on the middle line of a three-line row, and a
 * three-line value one line above a one-line label). pandoc's wrapped tables keep cells at the top.
 *
 * <pre>
 *                Claude   Codex GPT   Gemini 3.1 Pro
 *                Opus 5    5.6 Sol
 * Findings     1I 6S      1I        2S
 *              40 (Bash             35 (runshellcommand
 * Tool calls   31, Read   —         34, read_file 1)
 *              9)
 * Design       5          4         0
 * observations
 * </pre>
 *
 * <p>Columns are the runs of text between gutters no line crosses. Rows are found by dividing the lines
 * so that every row's label is one the caller knows and every cell sits where the layout puts it:
 * centred, or at the top; the division that works is the table. Lines above the first row whose label
 * column is empty are the header. Linear in the lines for each row length tried, which is bounded.
 */
final class AlignedTable {
    /** A row runs over at most this many lines (a Commits cell lists one commit a line). */
    private static final int MAX_ROW_LINES = 80;
    /** A table is at most this many lines; longer runs are read no further. */
    private static final int MAX_LINES = 400;
    /** What a cell that reads cut from its neighbour costs: its own punctuation says so. */
    private static final int UNFINISHED = 8;
    /**
     * What a cell costs whose last line the width may have broken: weaker, since a line that fills
     * its column looks the same whether it was broken or ended.
     */
    private static final int WRAPS_ON = 3;
    private static final String COMMITS = MetadataField.COMMITS.label();

    /** Where a renderer puts a cell that is shorter than its row. */
    private enum Valign { MIDDLE, TOP }

    /** A table as read: header cells, rows of cells, each row's 0-based first line, and the line after the table. */
    record Read(List<String> header, List<List<String>> rows, List<Integer> rowLines, int next) {
    }

    private AlignedTable() {
    }

    /**
     * Reads the table of the non-blank lines from {@code start}.
     *
     * @param lines the input
     * @param start the first line
     * @param maxColumns how many columns at most: 2 for a label and value table, so a value's own spaces
     *     never split it
     * @param isLabel whether a row's first cell is a label of the table
     * @param header whether lines with an empty first cell may head the table
     * @return the table, or empty when no division of the lines fits
     */
    static Optional<Read> read(FlatLines lines, int start, int maxColumns, Predicate<String> isLabel, boolean header) {
        int end = start;
        int bodyIndent = -1;
        int labelWidth = 0;
        while (end < lines.size() && !lines.isBlank(end) && !lines.clean(end).isEmpty() && end - start < MAX_LINES) {
            String line = lines.raw(end).replace('\t', ' ');
            if (LineGrammar.starredHeading(line.strip()) != null || TableGrammar.isAnyListItem(line.strip())) {
                // A heading or a list set right under the table (html2text leaves no blank line).
                break;
            }
            String text = line.strip();
            int indent = indent(line);
            String first = TableGrammar.beforeGap(text);
            if (bodyIndent < 0 && (!header || isLabel.test(first))) {
                bodyIndent = indent;
                labelWidth = first.length() == text.length() ? Integer.MAX_VALUE : gapEnd(text, first.length());
            } else if (bodyIndent >= 0 && indent <= bodyIndent && first.length() >= labelWidth && endsTable(text, labelWidth, isLabel)) {
                break;
            }
            end++;
        }
        if (end - start < 2) {
            return Optional.empty();
        }
        String[] raw = new String[end - start];
        int margin = Integer.MAX_VALUE;
        for (int k = 0; k < raw.length; k++) {
            raw[k] = stripEnd(lines.raw(start + k).replace('\t', ' ').replace("¶", " "));
            margin = Math.min(margin, indent(raw[k]));
        }
        for (int k = 0; k < raw.length; k++) {
            raw[k] = raw[k].substring(Math.min(margin, raw[k].length()));
        }
        // Some extractors (html2text) lay columns out by the bytes a character takes in UTF-8: the
        // lines read both ways, and the reading with more columns is the layout's.
        String[] byBytes = byBytes(raw);
        if (byBytes != raw) {
            Optional<Read> asBytes = read(byBytes, start, maxColumns, isLabel, header);
            Optional<Read> asChars = read(raw, start, maxColumns, isLabel, header);
            if (asBytes.isPresent() && (asChars.isEmpty() || asBytes.get().header().size() > asChars.get().header().size())) {
                return asBytes;
            }
            return asChars;
        }
        return read(raw, start, maxColumns, isLabel, header);
    }

    /** The lines with each non-ASCII character's extra UTF-8 bytes as spaces at the gap after its cell; the same array when all is ASCII. */
    private static String[] byBytes(String[] raw) {
        String[] out = raw;
        for (int k = 0; k < raw.length; k++) {
            String line = raw[k];
            StringBuilder b = null;
            int pad = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c > '\u007F' && !Character.isLowSurrogate(c)) {
                    if (b == null) {
                        b = new StringBuilder(line.length() + 8).append(line, 0, i);
                    }
                    pad += (c < '\u0800' ? 2 : Character.isHighSurrogate(c) ? 4 : 3) - 1;
                    b.append(c);
                    continue;
                }
                if (b != null) {
                    if (c == ' ' && pad > 0 && (i + 1 >= line.length() || line.charAt(i + 1) == ' ')) {
                        b.append(" ".repeat(pad));
                        pad = 0;
                    }
                    b.append(c);
                }
            }
            if (b != null) {
                if (out == raw) {
                    out = raw.clone();
                }
                out[k] = b.toString();
            }
        }
        return out;
    }

    private static Optional<Read> read(String[] raw, int start, int maxColumns, Predicate<String> isLabel, boolean header) {
        int body = 0;
        while (header && body < raw.length && !isLabel.test(TableGrammar.beforeGap(raw[body].strip()))) {
            body++;
        }
        if (body == raw.length) {
            return Optional.empty();
        }
        List<int[]> columns = columns(raw, body, maxColumns);
        if (columns.size() < 2) {
            return Optional.empty();
        }
        for (int k = 0; k < body; k++) {
            boolean across = false;
            for (int[] column : columns) {
                across |= cutsWord(raw, k + 1, column[0]);
            }
            if (across || raw[k].length() <= columns.get(1)[0]) {
                // A line above the rows that runs across a column's edge, or stays inside the label
                // column, is prose before the table, not its header: no table starts here.
                return Optional.empty();
            }
        }
        String[][] cells = new String[raw.length][];
        for (int k = 0; k < raw.length; k++) {
            cells[k] = cut(raw[k], columns);
        }
        // Every line a row's, if some division makes them so; else the longest run of rows from the
        // top, and the lines after it are not the table's (a heading set right under it).
        for (boolean prefix : new boolean[] {false, true}) {
            for (Valign v : Valign.values()) {
                Optional<Read> read = divide(cells, start, isLabel, header ? body : 0, v, prefix);
                if (read.isPresent()) {
                    return read;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Column spans: each starts where text starts after a gutter that every line of the body leaves
     * blank, and where many lines begin a cell: a gutter that only one line's inner space leaves
     * ("Wall-clock time") starts none. Header lines (before {@code body}) glue their cells with single
     * spaces, so they make no gutters.
     */
    private static List<int[]> columns(String[] raw, int body, int maxColumns) {
        int width = 0;
        for (String r : raw) {
            width = Math.max(width, r.length());
        }
        boolean[] occupied = new boolean[width];
        for (int k = body; k < raw.length; k++) {
            for (int p = 0; p < raw[k].length(); p++) {
                occupied[p] |= raw[k].charAt(p) != ' ';
            }
        }
        List<Integer> candidates = new ArrayList<>();
        int most = 0;
        int[] begun = new int[width];
        for (int p = 0; p < width; p++) {
            if (occupied[p] && (p == 0 || !occupied[p - 1])) {
                candidates.add(p);
                for (int k = body; k < raw.length; k++) {
                    begun[p] += p < raw[k].length() && raw[k].charAt(p) != ' ' && (p == 0 || raw[k].charAt(p - 1) == ' ') ? 1 : 0;
                }
                most = Math.max(most, p == 0 ? 0 : begun[p]);
            }
        }
        // Cells sit at the left of their column, so a column's start is where many lines begin a word;
        // a gutter that only one line's inner space leaves ("Wall-clock time") starts no column.
        int floor = Math.max(Math.min(2, most), (most + 1) / 2);
        List<Integer> starts = new ArrayList<>();
        for (int p : candidates) {
            if (p == candidates.get(0) || begun[p] >= floor) {
                starts.add(p);
            }
        }
        if (maxColumns == 2 && starts.size() > 2) {
            // A label and value table: the value column starts where the most values begin.
            int best = starts.get(1);
            for (int p : starts.subList(1, starts.size())) {
                best = begun[p] > begun[best] ? p : best;
            }
            starts = List.of(starts.get(0), best);
        }
        while (starts.size() > maxColumns) {
            starts.remove(starts.size() - 1);
        }
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            out.add(new int[] {starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : Integer.MAX_VALUE});
        }
        return out;
    }

    /** Whether a header line has a word running across position {@code p}. */
    private static boolean cutsWord(String[] raw, int body, int p) {
        for (int k = 0; k < body; k++) {
            if (p > 0 && p < raw[k].length() && raw[k].charAt(p - 1) != ' ' && raw[k].charAt(p) != ' ') {
                return true;
            }
        }
        return false;
    }

    private static String[] cut(String line, List<int[]> columns) {
        String[] out = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            int from = Math.min(columns.get(c)[0], line.length());
            int to = Math.min(columns.get(c)[1], line.length());
            out[c] = line.substring(from, Math.max(from, to)).strip();
        }
        return out;
    }

    /** Divides the lines (or with {@code prefix} the longest run of them from the top) into header (at most {@code maxHeader} lines) and rows, every row's cells placed as {@code v} puts them; empty when none fits. */
    private static Optional<Read> divide(String[][] cells, int start, Predicate<String> isLabel, int maxHeader, Valign v,
            boolean prefix) {
        int n = cells.length;
        int[] widths = new int[cells[0].length];
        for (String[] line : cells) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        // The longest header first: a centred first row could also take empty-label lines above its label.
        for (int h = maxHeader; h >= 0; h--) {
            // The division with the most rows: two one-line rows also fit as one two-line row. Among
            // those, the one whose cells read whole: a line set between two labels may belong to
            // either row, and only the text tells which.
            int[] from = new int[n + 1];
            int[] rows = new int[n + 1];
            int[] cost = new int[n + 1];
            Arrays.fill(from, -1);
            from[h] = h;
            for (int a = h; a < n; a++) {
                if (from[a] < 0) {
                    continue;
                }
                for (int b = a + 1; b <= Math.min(n, a + MAX_ROW_LINES); b++) {
                    int fit = fit(cells, a, b, isLabel, v, widths);
                    if (fit < 0) {
                        continue;
                    }
                    boolean better = from[b] < 0 || rows[a] + 1 > rows[b] || rows[a] + 1 == rows[b] && cost[a] + fit < cost[b];
                    if (better) {
                        from[b] = a;
                        rows[b] = rows[a] + 1;
                        cost[b] = cost[a] + fit;
                    }
                }
            }
            int end = n;
            while (prefix && end > h && (from[end] < 0 || rows[end] < 2)) {
                end--;
            }
            if (end > h && from[end] >= 0) {
                return Optional.of(assemble(cells, start, h, from, end));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether lines [a, b) make one row: a known label, and every cell one contiguous block where
     * {@code v} puts it. Returns -1 when they do not, else what the row costs: each cell that reads
     * as cut short or cut from its neighbour.
     */
    private static int fit(String[][] cells, int a, int b, Predicate<String> isLabel, Valign v, int[] widths) {
        int h = b - a;
        int cost = 0;
        boolean valued = false;
        int labelLine = a;
        for (int c = 0; c < cells[a].length; c++) {
            int first = -1;
            int last = -1;
            for (int k = a; k < b; k++) {
                if (!cells[k][c].isEmpty()) {
                    if (first >= 0 && last < k - 1) {
                        return -1; // a gap inside the cell
                    }
                    first = first < 0 ? k : first;
                    last = k;
                }
            }
            if (c == 0 && first < 0) {
                return -1;
            }
            if (c == 0) {
                labelLine = first;
            }
            valued |= c > 0 && first >= 0;
            if (first >= 0) {
                int count = last - first + 1;
                int expected = v == Valign.MIDDLE ? (h - count) / 2 : 0;
                if (first - a != expected) {
                    return -1;
                }
                cost += c > 0 && (unfinished(cells, first, last, c) || commitsAfterText(cells, first, last, c)
                        || first < labelLine && takesASubjectsEnd(cells, a, first, c, join(cells, a, b, 0).equals(COMMITS))) ? UNFINISHED : 0;
                cost += c > 0 && wrapsOn(cells, last, b, c, widths[c]) ? WRAPS_ON : 0;
            }
        }
        // A label with no value is a label wrapped onto the next line ("Review" over "SHA").
        return valued && isLabel.test(join(cells, a, b, 0)) ? cost : -1;
    }

    /**
     * Whether the cell's last line {@code last} was broken only because the next line's first word
     * did not fit in the column, while that next line is put in the next row: a renderer wraps a
     * cell greedily, so a break the width forced is the same cell going on.
     */
    private static boolean wrapsOn(String[][] cells, int last, int b, int c, int width) {
        if (last + 1 != b || b >= cells.length || cells[b][c].isEmpty()) {
            return false;
        }
        String next = cells[b][c];
        int word = next.indexOf(' ');
        return cells[last][c].length() + 1 + (word < 0 ? next.length() : word) > width;
    }

    /**
     * Whether a cell starts with text and then lists commits: the commit lines belong to the row below
     * (a Commits cell centred on its label reaches above it).
     */
    private static boolean commitsAfterText(String[][] cells, int first, int last, int c) {
        if (TableGrammar.isCommitLine(cells[first][c])) {
            return false;
        }
        for (int k = first + 1; k <= last; k++) {
            if (TableGrammar.isCommitLine(cells[k][c])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cell that starts above its label opens with the rest of a commit subject: the row
     * above ends on a commit line ("944856727 Fix no-proxy list: guard") and this row, not the Commits
     * row itself, starts with a line that is no commit. A subject wraps onto the next line; a row
     * below the commits centres its own value.
     */
    private static boolean takesASubjectsEnd(String[][] cells, int a, int first, int c, boolean commitsRow) {
        return !commitsRow && first == a && a > 0 && TableGrammar.isCommitLine(cells[a - 1][c])
                && !TableGrammar.isCommitLine(cells[first][c]);
    }

    /**
     * Whether a cell reads as cut from its neighbour: it ends on a comma, opens with a parenthesis
     * (a note on the name before it), leaves one open or closes one it never opened, or is a list
     * whose last item lacks the note every other item has ("…, Gemini 3.1" before "Pro (effort: …)").
     */
    private static boolean unfinished(String[][] cells, int first, int last, int c) {
        if (cells[last][c].endsWith(",") || cells[first][c].startsWith("(")) {
            return true;
        }
        StringBuilder text = new StringBuilder();
        for (int k = first; k <= last; k++) {
            text.append(cells[k][c]).append(' ');
        }
        return FlatLines.parenthesisDepth(text.toString()) != 0 || FlatLines.unfinishedList(text.toString().strip());
    }

    private static Read assemble(String[][] cells, int start, int headerLines, int[] from, int end) {
        int columns = cells[0].length;
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add(headerLines == 0 ? "" : join(cells, 0, headerLines, c));
        }
        List<int[]> spans = new ArrayList<>();
        for (int b = end; b > headerLines; b = from[b]) {
            spans.add(0, new int[] {from[b], b});
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int[] s : spans) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(join(cells, s[0], s[1], c));
            }
            rows.add(row);
            int labelLine = s[0];
            while (cells[labelLine][0].isEmpty()) {
                labelLine++;
            }
            rowLines.add(start + labelLine);
        }
        return new Read(header, rows, rowLines, start + end);
    }

    /** A cell's fragments joined: a word broken at a hyphen ("Wall-" "clock") is one word again. */
    static String join(String[][] cells, int a, int b, int c) {
        StringBuilder out = new StringBuilder();
        for (int k = a; k < b; k++) {
            String f = cells[k][c];
            if (f.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && !(out.charAt(out.length() - 1) == '-' && Character.isLowerCase(f.charAt(0)))) {
                out.append(' ');
            }
            out.append(f);
        }
        // Cleaned once joined: a strike ("[S:Gemini 3.1 Pro" ":S]") may wrap inside its cell.
        return FlatLines.clean(out.toString());
    }

    /**
     * Whether a line set at the label column, reaching past it, is prose under the table (html2text
     * leaves no blank line there): it crosses the gutter after the label column, or what stands in
     * that column is no label.
     */
    private static boolean endsTable(String text, int labelWidth, Predicate<String> isLabel) {
        return text.charAt(labelWidth - 1) != ' ' || !isLabel.test(text.substring(0, labelWidth).strip());
    }

    /** Where the gap that starts at {@code from} ends. */
    private static int gapEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int indent(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i == s.length() ? Integer.MAX_VALUE : i;
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(0, e);
    }
}
