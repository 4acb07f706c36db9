package dev.reviewstats.internal.flattened;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern DASH_RUN = Pattern.compile("-{3,}");
    /** The longest table read; a longer run of rows is read no further (the input limits bound it anyway). */
    private static final int MAX_ROWS = 500;

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
        Matcher m = DASH_RUN.matcher(line);
        int runs = 0;
        while (m.find()) {
            runs++;
        }
        return runs >= 2;
    }

    /** Reads the table whose header is line {@code header} and whose rule is the line after it. */
    static Optional<Read> read(FlatLines lines, int header) {
        if (header + 1 >= lines.size() || !isRule(lines.raw(header + 1))) {
            return Optional.empty();
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = DASH_RUN.matcher(lines.raw(header + 1));
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
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
