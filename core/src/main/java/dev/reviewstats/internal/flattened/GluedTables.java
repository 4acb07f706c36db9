package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.RetroRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Tables whose cells lost every separator: the retro summary table (a header of agent names run
 * together, then rows such as {@code Findings2S1I 1S}) and the Resolution table
 * ({@code 1Important #1: TitleFixed}). Cells are recovered by each row's grammar; every choice the
 * grammar could not settle is noted.
 */
final class GluedTables {
    /** How many blank lines may stand between a glued header and its first row. */
    private static final int MAX_GAP = 5;

    /** A header of one name a line runs over at most this many lines. */
    private static final int MAX_HEADER_LINES = 12;

    private GluedTables() {
    }

    static boolean isResolutionHeader(String line) {
        return TableGrammar.resolutionHeader(line) != null;
    }

    private static String rowLabel(String line) {
        for (String l : GluedRow.LABELS) {
            // "Duration: 11 min 35 s" is a line of prose under an agent's heading, not a row.
            if (line.startsWith(l) && !line.startsWith(":", l.length())) {
                return l;
            }
        }
        return null;
    }

    /** Whether a summary-table row label: a known row's name, or one it starts ("Duration (pass 1)", "Downgraded I→S"). */
    static boolean isRetroLabel(String label) {
        return RetroRow.leading(label).isPresent();
    }

    /**
     * Whether a run of lines from {@code i} looks like a retro table set in columns: within its first
     * lines, one starts with a row label followed by a gap of two or more spaces.
     */
    static boolean startsAlignedRetro(FlatLines lines, int i) {
        for (int k = i; k < lines.size() && k < i + 5 && !lines.isBlank(k); k++) {
            String raw = lines.raw(k).strip();
            if (TableGrammar.isListItem(raw) || LineGrammar.starredHeading(raw) != null) {
                // html2text sets a table right under a list or a heading: those lines head no table.
                return false;
            }
            String label = rowLabel(raw);
            if (label != null && raw.length() > label.length() + 2 && raw.startsWith("  ", label.length())) {
                return true;
            }
            // A wrapped label: "Design" over "observations".
            int gap = raw.indexOf("  ");
            if (gap > 0 && isRetroLabel(raw.substring(0, gap) + " " + TableGrammar.beforeGap(lines.cleanOrEmpty(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The agent header of a glued retro table: two or more agent names run together, a row label below. */
    static boolean isRetroHeader(FlatRead r, String line, int i) {
        // Asked of every line: a header starts with a family or the label column's word, and the
        // look at the lines below (the costly part) is for lines that do.
        String head = r.lines.clean(i).strip();
        if (!head.isEmpty() && !r.agents.startsWithFamily(head) && TableGrammar.headerLabelEnd(head) < 0) {
            return false;
        }
        int last = headerEnd(r, i);
        line = agentsOfHeader(r, headerText(r.lines, i, last));
        List<String> names = r.agents.gluedNames(line);
        if (!r.agents.startsWithFamily(line) || names.isEmpty()
                || !names.stream().allMatch(TableGrammar::isHeaderName)) {
            return false;
        }
        int next = last + 1;
        // The DOM's text keeps the markup's line breaks: a blank line may stand between header and rows.
        while (next < r.lines.size() && r.lines.isBlank(next) && next - last < MAX_GAP) {
            next++;
        }
        return next < r.lines.size() && rowLabel(r.lines.clean(next)) != null;
    }

    /** Whether a row leaves a parenthesis open: "1 (rated critical; consolidated as". */
    private static boolean opensMore(String row) {
        return FlatLines.parenthesisDepth(row) > 0;
    }

    /** The last line of a header the extractor wrapped at its width ("… Gemini" over "3.5 Flash"). */
    private static int headerEnd(FlatRead r, int i) {
        FlatLines lines = r.lines;
        int last = i;
        while (last + 1 < lines.size() && last < i + MAX_HEADER_LINES && !lines.clean(last + 1).isEmpty()
                && rowLabel(lines.clean(last + 1)) == null
                && (lines.continuesByWidth(last + 1) || oneName(r, lines.clean(last)) && oneName(r, lines.clean(last + 1)))) {
            last++;
        }
        return last;
    }

    /** A line that is one agent's name: the DOM's text sets each header cell on a line of its own. */
    private static boolean oneName(FlatRead r, String line) {
        return r.agents.startsWithFamily(line) && TableGrammar.isHeaderName(line) && r.agents.gluedNames(line).size() == 1;
    }

    private static String headerText(FlatLines lines, int from, int to) {
        StringBuilder out = new StringBuilder(lines.clean(from));
        for (int k = from + 1; k <= to; k++) {
            out.append(' ').append(lines.clean(k));
        }
        return out.toString();
    }

    /** A header's agent names, without the word that heads the label column ("Metric Claude Opus 4.6 …"). */
    private static String agentsOfHeader(FlatRead r, String line) {
        int label = TableGrammar.headerLabelEnd(line.strip());
        if (!r.agents.startsWithFamily(line) && label > 0) {
            // Spaced or glued: "Metric Claude Opus 4.6 …", "MetricClaude Opus 4.6Codex …".
            String rest = line.strip().substring(label).strip();
            if (r.agents.startsWithFamily(rest)) {
                return rest;
            }
        }
        return line;
    }

    /** Reads a retro table whose rows lost their cell separators; returns the line after it. */
    static int retro(FlatRead r, int i) {
        FlatLines lines = r.lines;
        int start = i;
        int last = headerEnd(r, i);
        List<String> agents = r.agents.gluedNames(agentsOfHeader(r, headerText(lines, i, last)));
        i = last;
        int n = agents.size();
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(agents);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        List<String> findings = null;
        List<String> files = null;
        i++;
        while (i < lines.size() && lines.isBlank(i) && i - last < MAX_GAP) {
            i++;
        }
        while (i < lines.size() && !lines.clean(i).isEmpty()) {
            String line = lines.clean(i);
            String label = rowLabel(line);
            if (label == null) {
                break;
            }
            int first = i;
            while (i + 1 < lines.size() && !lines.clean(i + 1).isEmpty() && rowLabel(lines.clean(i + 1)) == null
                    && (lines.continuesByWidth(i + 1) || opensMore(line))) {
                // lynx wraps a long row at its width and goes on at the margin; a note left open goes on too.
                i++;
                line = line + " " + lines.clean(i);
            }
            String glued = line.substring(label.length());
            GluedRow.Split split = GluedRow.split(label, glued, n, constraint(label, findings, files));
            List<String> row = new ArrayList<>();
            row.add(label);
            if (split.failed()) {
                r.note(DiagnosticCode.FLATTENED_SPLIT_FAILED, "summary-table row '" + label
                        + "' reads '" + glued + "': no split into " + n + " cells fits the row's grammar"
                        + (split.candidates() > 0 ? " and the other rows" : "") + "; its cells are left empty", first + 1);
                for (int k = 0; k < n; k++) {
                    row.add("");
                }
            } else {
                if (split.ambiguous()) {
                    r.note(DiagnosticCode.FLATTENED_SPLIT_AMBIGUOUS, "summary-table row '" + label
                            + "' reads '" + glued + "': " + split.afterConstraints() + " splits fit; read as "
                            + String.join(" | ", split.cells().stream().map(c -> c.isEmpty() ? "?" : c).toList())
                            + " (" + split.rule() + ")", first + 1);
                }
                row.addAll(split.cells());
                RetroRow known = RetroRow.of(label).orElse(null);
                if (known == RetroRow.FINDINGS) {
                    findings = split.cells();
                } else if (known == RetroRow.FILES_REVIEWED) {
                    files = split.cells();
                }
            }
            rows.add(row);
            rowLines.add(first + 1);
            i++;
        }
        r.add(new TableBlock(header, rows, rowLines, start + 1));
        return i;
    }

    /** What the rows already read say about this one. */
    private static Predicate<List<String>> constraint(String label, List<String> findings, List<String> files) {
        RetroRow row = RetroRow.of(label).orElse(null);
        if (row == RetroRow.UNIQUE_INSIGHTS && findings != null) {
            return cells -> {
                for (int k = 0; k < cells.size(); k++) {
                    int total = GluedRow.total(findings.get(k));
                    int v = GluedRow.leading(cells.get(k));
                    if (total >= 0 && v > total) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (row == RetroRow.TOOL_CALLS) {
            return cells -> cells.stream().allMatch(GluedRow::breakdownFits);
        }
        if (row == RetroRow.TOTALS && findings != null) {
            // Totals repeats Findings wherever Findings was read; a cell left unknown there binds nothing.
            return cells -> {
                for (int k = 0; k < cells.size(); k++) {
                    if (!findings.get(k).isEmpty() && !cells.get(k).equals(findings.get(k))) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (row == RetroRow.COVERAGE_MISSES && files != null) {
            return cells -> {
                for (int k = 0; k < cells.size(); k++) {
                    int f = GluedRow.leading(files.get(k));
                    if (f >= 0 && GluedRow.leading(cells.get(k)) > f) {
                        return false;
                    }
                }
                return true;
            };
        }
        return cells -> true;
    }

    /** {@code #FindingAction}, then rows {@code 1Important #1: TitleFixed}; returns the line after them. */
    static int resolution(FlatRead r, int i) {
        FlatLines lines = r.lines;
        int start = i;
        TableGrammar.ResolutionHeader h = TableGrammar.resolutionHeader(lines.clean(i));
        boolean withReason = h.reason() != null;
        List<String> header = withReason ? List.of("#", "Finding", h.action(), h.reason()) : List.of("#", "Finding", h.action());
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        i++;
        while (i < lines.size()) {
            String line = lines.clean(i);
            int text = TableGrammar.resolutionRowText(line);
            if (line.isEmpty() || text < 0) {
                break;
            }
            String number = line.substring(0, text);
            String rest = line.substring(text);
            int[] a = withReason ? null : TableGrammar.actionSuffix(rest);
            List<String> cells = new ArrayList<>(List.of(number));
            if (a != null) {
                cells.add(rest.substring(0, a[0]).strip());
                cells.add(rest.substring(a[0], a[1]).strip());
            } else {
                r.note(DiagnosticCode.FLATTENED_SPLIT_FAILED, "resolution row " + number
                        + " could not be split into finding and action; the action is left empty", i + 1);
                cells.add(rest.strip());
                cells.add("");
            }
            if (withReason) {
                cells.add("");
            }
            rows.add(cells);
            rowLines.add(i + 1);
            i++;
        }
        r.add(new TableBlock(header, rows, rowLines, start + 1));
        return i;
    }
}
