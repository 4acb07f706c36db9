package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.template.SectionNames;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.internal.template.MetadataField;
import dev.reviewstats.internal.template.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Two-column tables whose label and value were glued together or set in columns of spaces
 * ({@code Date2026-04-15 18:42}, {@code Date  2026-04-15}): the metadata table and the Resolution
 * section's Addressed/Commit table. Rows may run over several lines, be split by blank lines, or
 * have the label alone with the value below; rows the template added later are kept as they are.
 */
final class LabelledTables {
    static final List<String> METADATA = Vocabulary.longestFirst(MetadataField.currentLabels());
    static final List<String> RESOLUTION = Vocabulary.longestFirst(Vocabulary.RESOLUTION_LABELS);
    private static final String COMMITS = MetadataField.COMMITS.label();
    private static final String REVIEWERS = MetadataField.REVIEWERS.label();
    /** How many blank lines a table may hold between two rows. */
    private static final int MAX_GAP = 4;
    /** A value set below its label is a few short lines. */
    private static final int MAX_VALUE_LINE = 120;

    private LabelledTables() {
    }

    /**
     * Whether a table's first cell is a metadata label: one the template uses (any case), or a short
     * label it added later ("Review SHA", "Mode").
     */
    static boolean isMetadataLabel(String label) {
        String l = label.strip();
        for (String known : METADATA) {
            if (known.equalsIgnoreCase(l)) {
                return true;
            }
        }
        for (String alias : MetadataField.olderLabels()) {
            if (alias.equalsIgnoreCase(l)) {
                return true;
            }
        }
        return TableGrammar.isAddedLabel(l);
    }

    /** Adds a metadata table read in columns; returns the line after it. */
    static int add(FlatRead r, AlignedTable.Read t) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : t.rows()) {
            String label = row.get(0);
            String value = row.size() > 1 ? row.get(1) : "";
            if (label.equalsIgnoreCase(COMMITS)) {
                // The cell's lines were joined with spaces: each sha after a space starts a commit again.
                value = TableGrammar.spacedShasOnLines(value);
            }
            if (label.equalsIgnoreCase(REVIEWERS)) {
                r.agents.learn(value);
            }
            rows.add(new ArrayList<>(List.of(label, value)));
        }
        r.add(new TableBlock(List.of("", ""), rows, t.rowLines().stream().map(n -> n + 1).toList(), t.rowLines().get(0) + 1));
        return t.next();
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
        // lynx indents the whole page: a cell's further lines are indented past the table's own margin.
        int margin = lines.indent(i);
        boolean singleSpaced = false;
        while (i < lines.size()) {
            boolean indented = !lines.isBlank(i) && lines.indent(i) > margin;
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
            if (l != null && !indented && !rows.isEmpty() && hasRow(rows, l)) {
                // A label the table already has, at the start of a wrapped line ("PR #242" in a
                // commit's subject): the value goes on, no new row starts.
                List<String> last = rows.get(rows.size() - 1);
                last.set(1, last.get(1) + " " + line);
                i++;
                continue;
            }
            if (l == null && labels.contains(line) && !rows.isEmpty()) {
                int next = valueBelow(r, i, line, labels, rows, rowLines);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (l != null) {
                if (rows.isEmpty()) {
                    // lynx sets label and value apart by one space; so, then, are the rows it does not know.
                    singleSpaced = line.startsWith(l + " ") && !line.startsWith(l + "  ");
                }
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
            } else if (!line.isEmpty() && !rows.isEmpty() && !SectionNames.isKnownTitle(line)
                    && (TableGrammar.addedRow(lines.raw(i).strip(), false) != null
                        || singleSpaced && !indented && !lines.continuesByWidth(i)
                            && TableGrammar.addedRow(lines.raw(i).strip(), true) != null)) {
                // A row the template added later: kept as a raw row, the table goes on.
                TableGrammar.AddedRow u = TableGrammar.addedRow(lines.raw(i).strip(), false);
                if (u == null) {
                    u = TableGrammar.addedRow(lines.raw(i).strip(), true);
                }
                rows.add(new ArrayList<>(List.of(u.label(), u.value().strip())));
                rowLines.add(i + 1);
            } else if (!line.isEmpty() && !rows.isEmpty() && !indented
                    && (lines.continuesByWidth(i) && !SectionNames.isKnownTitle(line)
                        || unfinished(rows.get(rows.size() - 1).get(1)) || label(lines.cleanOrEmpty(i + 1), labels) != null)) {
                // The extractor wrapped the value at its width and went on at the margin (lynx): the
                // width says so, or the value left a list or a note open, or the next row follows.
                List<String> last = rows.get(rows.size() - 1);
                // In the Commits cell a line is a commit (or "…plus N earlier"), unless the width wrapped a subject.
                boolean newLine = last.get(0).equals(COMMITS) && (TableGrammar.isCommitLine(line) || !lines.continuesByWidth(i));
                last.set(1, last.get(1) + (newLine ? "\n" : " ") + line);
            } else if (!line.isEmpty() && !rows.isEmpty() && !SectionNames.isKnownTitle(line)
                    && (rows.get(rows.size() - 1).get(0).equals(COMMITS) || indented)) {
                // A cell over several lines: Commits always, any row when the extractor indents the rest (w3m).
                List<String> last = rows.get(rows.size() - 1);
                boolean singleLine = MetadataField.isSingleLine(last.get(0));
                boolean commitLine = TableGrammar.isCommitLine(line) && !last.get(0).equals(COMMITS);
                if (indented && singleLine && !commitLine && FlatLines.unfinishedList(last.get(1))) {
                    // A value left mid-item (a reviewer list cut inside a name) goes on here, even in a
                    // row that is one line when it fits: the extractor wrapped it at its width.
                    last.set(1, last.get(1) + " " + line);
                } else if (indented && (singleLine || commitLine)) {
                    held.add(line);
                } else {
                    last.set(1, last.get(1) + "\n" + line);
                }
            } else {
                break;
            }
            i++;
        }
        for (List<String> row : rows) {
            // A strike wrapped over two lines ("[DEL:" … ":DEL]") closes only in the joined value.
            row.set(1, FlatLines.unstrike(row.get(1)));
            // Learnt once the table is read: a value wrapped onto further lines is whole only now.
            if (row.get(0).equals(REVIEWERS)) {
                r.agents.learn(row.get(1));
            }
        }
        r.add(new TableBlock(List.of("", ""), rows, rowLines, start + 1));
        return i;
    }

    /** Whether a value stops mid-list or mid-note: a trailing comma or dash, or a parenthesis left open. */
    private static boolean unfinished(String value) {
        String v = value.strip();
        return FlatLines.parenthesisDepth(v) > 0 || v.endsWith(",") || v.endsWith("—");
    }

    private static boolean hasRow(List<List<String>> rows, String label) {
        return rows.stream().anyMatch(row -> row.get(0).equals(label));
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
                && (TableGrammar.isCommitLine(next) || next.startsWith("(") || next.startsWith("…") || next.startsWith("..."));
        boolean unknownRow = TableGrammar.addedRow(lines.raw(j).strip(), false) != null
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
                if (label.equals(COMMITS) && TableGrammar.isCommitLine(lines.cleanOrEmpty(j + 1))) {
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
        return j;
    }

    /** Commit lines run together: each short sha followed by a space starts a line, as does "…plus N earlier". */
    static String commits(String value) {
        return TableGrammar.commits(value);
    }
}
