package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables whose cells lost every separator: the retro summary table (a header of agent names run
 * together, then rows such as {@code Findings2S1I 1S}) and the Resolution table
 * ({@code 1Important #1: TitleFixed}). Cells are recovered by each row's grammar; every choice the
 * grammar could not settle is noted.
 */
final class GluedTables {
    private static final Pattern RESOLUTION_HEADER = Pattern.compile(
            "^#\\s*Finding\\s*(?<action>Action|Status)\\s*(?<reason>Reason|Notes)?\\s*$");
    private static final Pattern RESOLUTION_ROW = Pattern.compile("^(?<number>\\d{1,3})(?<rest>\\D.*)$");
    private static final Pattern ACTION_SUFFIX = Pattern.compile(
            "(Fixed|Tests? written|Skipped|Commented|Documentation updated|Documented|Deferred|Not addressed|Addressed|Declined|Auto-resolved by [CIS]\\d+)"
                    + "(\\s*\\([^()]*\\))?$");
    /** How many blank lines may stand between a glued header and its first row. */
    private static final int MAX_GAP = 3;
    private static final String FINDINGS = "findings";
    private static final String FILES_REVIEWED = "files reviewed";

    private GluedTables() {
    }

    static boolean isResolutionHeader(String line) {
        return RESOLUTION_HEADER.matcher(line).matches();
    }

    private static String rowLabel(String line) {
        for (String l : GluedRow.LABELS) {
            if (line.startsWith(l)) {
                return l;
            }
        }
        return null;
    }

    /** The agent header of a glued retro table: two or more agent names run together, a row label below. */
    static boolean isRetroHeader(FlatRead r, String line, int i) {
        if (!r.agents.startsWithFamily(line) || r.agents.gluedNames(line).isEmpty()) {
            return false;
        }
        int next = i + 1;
        // The DOM's text keeps the markup's line breaks: a blank line may stand between header and rows.
        while (next < r.lines.size() && r.lines.isBlank(next) && next - i < MAX_GAP) {
            next++;
        }
        return next < r.lines.size() && rowLabel(r.lines.clean(next)) != null;
    }

    /** Reads a retro table whose rows lost their cell separators; returns the line after it. */
    static int retro(FlatRead r, int i) {
        FlatLines lines = r.lines;
        int start = i;
        List<String> agents = r.agents.gluedNames(lines.clean(i));
        int n = agents.size();
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(agents);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        List<String> findings = null;
        List<String> files = null;
        i++;
        while (i < lines.size() && lines.isBlank(i) && i - start < MAX_GAP) {
            i++;
        }
        while (i < lines.size() && !lines.clean(i).isEmpty()) {
            String line = lines.clean(i);
            String label = rowLabel(line);
            if (label == null) {
                break;
            }
            String glued = line.substring(label.length());
            GluedRow.Split split = GluedRow.split(label, glued, n, constraint(label, findings, files));
            List<String> row = new ArrayList<>();
            row.add(label);
            if (split.failed()) {
                r.note(DiagnosticCode.FLATTENED_SPLIT_FAILED, "summary-table row '" + label
                        + "' reads '" + glued + "': no split into " + n + " cells fits the row's grammar"
                        + (split.candidates() > 0 ? " and the other rows" : "") + "; its cells are left empty", i + 1);
                for (int k = 0; k < n; k++) {
                    row.add("");
                }
            } else {
                if (split.ambiguous()) {
                    r.note(DiagnosticCode.FLATTENED_SPLIT_AMBIGUOUS, "summary-table row '" + label
                            + "' reads '" + glued + "': " + split.afterConstraints() + " splits fit; chose "
                            + String.join(" | ", split.cells()) + " (" + split.rule() + ")", i + 1);
                }
                row.addAll(split.cells());
                String key = label.toLowerCase(Locale.ROOT);
                if (key.equals(FINDINGS)) {
                    findings = split.cells();
                } else if (key.equals(FILES_REVIEWED)) {
                    files = split.cells();
                }
            }
            rows.add(row);
            rowLines.add(i + 1);
            i++;
        }
        r.add(new TableBlock(header, rows, rowLines, start + 1));
        return i;
    }

    /** What the rows already read say about this one. */
    private static Predicate<List<String>> constraint(String label, List<String> findings, List<String> files) {
        String key = label.toLowerCase(Locale.ROOT);
        if (key.equals("unique insights") && findings != null) {
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
        if (key.equals("tool calls")) {
            return cells -> cells.stream().allMatch(GluedRow::breakdownFits);
        }
        if (key.equals("totals") && findings != null) {
            return cells -> cells.equals(findings);
        }
        if (key.equals("coverage misses") && files != null) {
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
        Matcher h = RESOLUTION_HEADER.matcher(lines.clean(i));
        h.matches();
        boolean withReason = h.group("reason") != null;
        List<String> header = withReason ? List.of("#", "Finding", h.group("action"), h.group("reason"))
                : List.of("#", "Finding", h.group("action"));
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        i++;
        while (i < lines.size()) {
            String line = lines.clean(i);
            Matcher row = RESOLUTION_ROW.matcher(line);
            if (line.isEmpty() || !row.matches()) {
                break;
            }
            String rest = row.group("rest");
            Matcher a = ACTION_SUFFIX.matcher(rest);
            List<String> cells = new ArrayList<>(List.of(row.group("number")));
            if (!withReason && a.find()) {
                cells.add(rest.substring(0, a.start()).strip());
                cells.add(a.group().strip());
            } else {
                r.note(DiagnosticCode.FLATTENED_SPLIT_FAILED, "resolution row " + row.group("number")
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
