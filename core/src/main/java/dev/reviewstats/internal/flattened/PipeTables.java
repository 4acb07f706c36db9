package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.internal.template.MetadataField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Consecutive pipe rows, split into tables: a row followed by a separator row heads a new table;
 * rows before any header form a headerless two-column table (metadata, Addressed and Commit). Some
 * flatteners shift the empty corner cell of a header to its end.
 */
final class PipeTables {
    private static final String REVIEWERS = MetadataField.REVIEWERS.label();
    private static final String COMMITS = MetadataField.COMMITS.label();

    private PipeTables() {
    }

    static boolean startsTable(String cleanLine) {
        return cleanLine.startsWith("|");
    }

    /** Reads the pipe rows starting at line {@code i}; returns the line after them. */
    static int read(FlatRead r, int i) {
        FlatLines lines = r.lines;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        List<Boolean> heads = new ArrayList<>();
        while (i < lines.size() && startsTable(lines.clean(i))) {
            String line = lines.clean(i);
            if (TableGrammar.isPipeDelimiterRow(line)) {
                if (!heads.isEmpty()) {
                    heads.set(heads.size() - 1, true);
                }
            } else {
                rows.add(cells(line));
                rowLines.add(i + 1);
                heads.add(false);
            }
            i++;
        }
        int k = 0;
        while (k < rows.size()) {
            List<String> header;
            int from;
            if (heads.get(k)) {
                header = shiftedCorner(r, rows.get(k));
                from = k + 1;
            } else {
                header = new ArrayList<>(Collections.nCopies(rows.get(k).size(), ""));
                from = k;
            }
            int to = from;
            while (to < rows.size() && !heads.get(to)) {
                to++;
            }
            List<List<String>> body = new ArrayList<>(rows.subList(from, to));
            for (List<String> row : body) {
                if (row.size() > 1 && row.get(0).equals(REVIEWERS)) {
                    r.agents.learn(row.get(1));
                }
                if (row.size() > 1 && row.get(0).equals(COMMITS)) {
                    row.set(1, LabelledTables.commits(row.get(1)));
                }
            }
            r.add(new TableBlock(header, body, rowLines.subList(from, to), rowLines.get(k)));
            k = to;
        }
        return i;
    }

    private static List<String> shiftedCorner(FlatRead r, List<String> header) {
        if (header.size() > 1 && !header.get(0).isEmpty() && header.get(header.size() - 1).isEmpty()
                && r.agents.startsWithFamily(header.get(0))) {
            List<String> shifted = new ArrayList<>();
            shifted.add("");
            shifted.addAll(header.subList(0, header.size() - 1));
            return shifted;
        }
        return header;
    }

    private static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : TableGrammar.pipeCells(s)) {
            out.add(c.strip());
        }
        return out;
    }
}
