package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.extract.SectionNames;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.internal.template.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two-column tables whose label and value were glued together or set in columns of spaces
 * ({@code Date2026-04-15 18:42}, {@code Date  2026-04-15}): the metadata table and the Resolution
 * section's Addressed/Commit table. Rows may run over several lines, be split by blank lines, or
 * have the label alone with the value below; rows the template added later are kept as they are.
 */
final class LabelledTables {
    static final List<String> METADATA = Vocabulary.longestFirst(Vocabulary.METADATA_LABELS);
    static final List<String> RESOLUTION = Vocabulary.longestFirst(Vocabulary.RESOLUTION_LABELS);
    private static final String COMMITS = "Commits";
    private static final String REVIEWERS = "Reviewers";
    private static final Pattern COMMIT_LINE = Pattern.compile("^[0-9a-f]{7,40} ");
    /** A metadata row the model does not know ("Mode  Standard"): a label, two or more spaces, a value. */
    private static final Pattern UNKNOWN_LABEL_ROW = Pattern.compile(
            "^(?<label>[A-Z][A-Za-z-]{1,20}(?: [A-Za-z-]{1,20})?) {2,}(?<value>\\S.*)$");
    private static final Pattern EARLIER_COMMITS = Pattern.compile("(?<=\\S)…?plus \\d+ earlier");
    private static final Pattern SHORT_SHA = Pattern.compile("(?<=\\S)(?=[0-9a-f]{7} )");
    /** How many blank lines a table may hold between two rows. */
    private static final int MAX_GAP = 4;
    /** A value set below its label is a few short lines. */
    private static final int MAX_VALUE_LINE = 120;

    private LabelledTables() {
    }

    /** The label a line starts with, or {@code null}. */
    static String label(String line, List<String> labels) {
        for (String l : labels) {
            if (line.startsWith(l) && line.length() > l.length()) {
                return l;
            }
        }
        return null;
    }

    /** Reads the table starting at line {@code i}; returns the line after it. */
    static int read(FlatRead r, int i, List<String> labels) {
        FlatLines lines = r.lines;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        // w3m centres a cell of several lines on its label: lines above the label wait here for it.
        List<String> held = new ArrayList<>();
        int start = i;
        while (i < lines.size()) {
            String line = lines.clean(i);
            if (line.isEmpty() && !rows.isEmpty()) {
                // A blank line inside the table (the DOM's text keeps the markup's line breaks): the
                // table goes on when a labelled row follows.
                int j = nextNonBlank(lines, i);
                if (continuesAfterGap(lines, j, rows, labels)) {
                    i = j;
                    continue;
                }
            }
            String l = line.isEmpty() ? null : label(line, labels);
            if (l == null && labels.contains(line) && !rows.isEmpty()) {
                int next = valueBelow(r, i, line, labels, rows, rowLines);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (l != null) {
                String value = line.substring(l.length()).strip();
                if (!held.isEmpty()) {
                    String sep = l.equals(COMMITS) ? "\n" : " ";
                    value = String.join(sep, held) + sep + value;
                    held.clear();
                }
                if (l.equals(COMMITS)) {
                    value = commits(value);
                }
                rows.add(new ArrayList<>(List.of(l, value)));
                rowLines.add(i + 1);
                if (l.equals(REVIEWERS)) {
                    r.agents.learn(value);
                }
            } else if (!line.isEmpty() && !rows.isEmpty() && UNKNOWN_LABEL_ROW.matcher(lines.raw(i).strip()).matches()
                    && !SectionNames.isKnownTitle(line)) {
                // A row the template added later: kept as a raw row, the table goes on.
                Matcher u = UNKNOWN_LABEL_ROW.matcher(lines.raw(i).strip());
                u.matches();
                rows.add(new ArrayList<>(List.of(u.group("label"), u.group("value").strip())));
                rowLines.add(i + 1);
            } else if (!line.isEmpty() && !rows.isEmpty() && !SectionNames.isKnownTitle(line)
                    && (rows.get(rows.size() - 1).get(0).equals(COMMITS) || lines.isIndented(i))) {
                // A cell over several lines: Commits always, any row when the extractor indents the rest (w3m).
                List<String> last = rows.get(rows.size() - 1);
                boolean singleLine = Vocabulary.SINGLE_LINE_METADATA.contains(last.get(0));
                boolean commitLine = COMMIT_LINE.matcher(line).find() && !last.get(0).equals(COMMITS);
                if (lines.isIndented(i) && (singleLine || commitLine)) {
                    held.add(line);
                } else {
                    last.set(1, last.get(1) + "\n" + line);
                }
            } else {
                break;
            }
            i++;
        }
        r.add(new TableBlock(List.of("", ""), rows, rowLines, start + 1));
        return i;
    }

    private static int nextNonBlank(FlatLines lines, int i) {
        int j = i + 1;
        while (j < lines.size() && lines.isBlank(j) && j - i < MAX_GAP) {
            j++;
        }
        return j;
    }

    private static boolean continuesAfterGap(FlatLines lines, int j, List<List<String>> rows, List<String> labels) {
        String next = lines.cleanOrEmpty(j);
        if (next.isEmpty()) {
            return false;
        }
        boolean commitsGoOn = rows.get(rows.size() - 1).get(0).equals(COMMITS)
                && (COMMIT_LINE.matcher(next).find() || next.startsWith("(") || next.startsWith("…") || next.startsWith("..."));
        boolean unknownRow = UNKNOWN_LABEL_ROW.matcher(lines.raw(j).strip()).matches()
                && label(lines.cleanOrEmpty(j + 2), labels) != null;
        return label(next, labels) != null || labels.contains(next) || commitsGoOn || unknownRow;
    }

    /**
     * The label alone, its value on the lines after it (the DOM's text of a cell holding a list);
     * returns the line after the value, or {@code i} when no value follows.
     */
    private static int valueBelow(FlatRead r, int i, String label, List<String> labels, List<List<String>> rows,
            List<Integer> rowLines) {
        FlatLines lines = r.lines;
        int j = nextNonBlank(lines, i);
        List<String> value = new ArrayList<>();
        while (j < lines.size() && lines.clean(j).length() <= MAX_VALUE_LINE && label(lines.clean(j), labels) == null
                && !labels.contains(lines.clean(j))) {
            if (lines.isBlank(j)) {
                // Commits listed one per block, with blank lines between.
                if (label.equals(COMMITS) && COMMIT_LINE.matcher(lines.cleanOrEmpty(j + 1)).find()) {
                    j++;
                    continue;
                }
                break;
            }
            value.add(lines.clean(j));
            j++;
        }
        if (value.isEmpty()) {
            return i;
        }
        String joined = String.join(label.equals(COMMITS) ? "\n" : " ", value);
        rows.add(new ArrayList<>(List.of(label, joined)));
        rowLines.add(i + 1);
        if (label.equals(REVIEWERS)) {
            r.agents.learn(joined);
        }
        return j;
    }

    /** Commit lines run together: each short sha followed by a space starts a line, as does "…plus N earlier". */
    static String commits(String value) {
        return EARLIER_COMMITS.matcher(SHORT_SHA.matcher(value).replaceAll("\n")).replaceAll("\n$0");
    }
}
