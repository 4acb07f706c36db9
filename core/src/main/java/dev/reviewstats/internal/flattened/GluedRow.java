package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.extract.Counts;
import dev.reviewstats.model.SeverityCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Splits a retro-table row whose cell separators were lost ({@code Unique insights1322}) back into
 * one cell per agent.
 *
 * <p>Every way of cutting the text into exactly as many cells as there are agents, each cell
 * matching the row's grammar, is a candidate. Constraints between rows remove candidates (a count
 * of unique insights cannot exceed that agent's findings; Totals repeats Findings). When more than
 * one candidate is left, the documented rule picks one: equal values across agents where the row
 * usually has them (files reviewed), then the most even cell lengths, then the first. The caller
 * reports every choice made by that rule.
 */
final class GluedRow {
    private static final String NONE = "—|–|-|n/a|N/A|not recorded|unknown";
    private static final Pattern DURATION = Pattern.compile(
            "(?:" + NONE + "|\\d+ ?h \\d+ ?m(?:in)? \\d{1,2} ?s|\\d+ ?m(?:in)? \\d{1,2} ?s|\\d+:\\d{2}(?::\\d{2})?|\\d+ ?s)");
    private static final Pattern SEVERITY_COUNTS = Pattern.compile("(?:" + NONE + "|0|[1-9]\\d*[CIS](?: [1-9]\\d*[CIS])*)");
    private static final Pattern COUNT_WITH_NOTE = Pattern.compile("(?:" + NONE + "|(?:0|[1-9]\\d*)(?: \\([^()]*\\))?\\*?)");
    private static final Pattern SECONDS = Pattern.compile("(?:" + NONE + "|0|[1-9]\\d*)");

    /** Row labels as the template writes them, longest first so that "Duration (s)" wins over "Duration". */
    static final List<String> LABELS = List.of("Duration (s)", "Design observations", "Coverage misses",
            "Critical findings", "Important findings", "Unique insights", "False positives", "Files reviewed",
            "Suggestions", "Tool calls", "Downgraded", "Suggestion", "Important", "Duration", "Findings", "Critical",
            "Dropped", "Totals");

    private static final Map<String, Pattern> GRAMMAR = Map.ofEntries(
            Map.entry("duration (s)", SECONDS),
            Map.entry("duration", DURATION),
            Map.entry("findings", SEVERITY_COUNTS),
            Map.entry("totals", SEVERITY_COUNTS),
            Map.entry("tool calls", COUNT_WITH_NOTE));

    /** Rows whose values are usually the same for every agent (all agents see the same diff). */
    private static final List<String> USUALLY_EQUAL = List.of("files reviewed");

    private GluedRow() {
    }

    static Pattern grammar(String label) {
        return GRAMMAR.getOrDefault(label.toLowerCase(Locale.ROOT), COUNT_WITH_NOTE);
    }

    /** All ways to cut {@code glued} into {@code n} cells that each match {@code cell}. */
    static List<List<String>> candidates(String glued, int n, Pattern cell) {
        List<List<String>> out = new ArrayList<>();
        cut(glued.strip(), n, cell, new ArrayList<>(), out);
        return out;
    }

    private static void cut(String rest, int n, Pattern cell, List<String> sofar, List<List<String>> out) {
        if (out.size() > 1000) {
            return;
        }
        if (n == 0) {
            if (rest.isEmpty()) {
                out.add(List.copyOf(sofar));
            }
            return;
        }
        for (int i = 1; i <= rest.length(); i++) {
            String head = rest.substring(0, i);
            if (!head.equals(head.strip()) || !cell.matcher(head).matches()) {
                continue;
            }
            sofar.add(head);
            cut(rest.substring(i).stripLeading(), n - 1, cell, sofar, out);
            sofar.remove(sofar.size() - 1);
        }
    }

    /** The outcome of splitting one row. */
    record Split(List<String> cells, int candidates, int afterConstraints, String rule) {
        boolean failed() {
            return cells.isEmpty();
        }

        boolean ambiguous() {
            return afterConstraints > 1;
        }
    }

    /**
     * Splits a row; {@code constraint} removes candidates the other rows rule out.
     */
    static Split split(String label, String glued, int n, Predicate<List<String>> constraint) {
        List<List<String>> all = candidates(glued, n, grammar(label));
        List<List<String>> kept = all.stream().filter(constraint).toList();
        if (kept.isEmpty()) {
            return new Split(List.of(), all.size(), 0, "");
        }
        if (kept.size() == 1) {
            return new Split(kept.get(0), all.size(), 1, "the only split that fits");
        }
        if (USUALLY_EQUAL.contains(label.toLowerCase(Locale.ROOT))) {
            List<List<String>> equal = kept.stream().filter(c -> c.stream().distinct().count() == 1).toList();
            if (equal.size() == 1) {
                return new Split(equal.get(0), all.size(), kept.size(), "equal values across agents");
            }
        }
        List<String> best = kept.get(0);
        for (List<String> c : kept) {
            if (spread(c) < spread(best)) {
                best = c;
            }
        }
        return new Split(best, all.size(), kept.size(), "the most even cell lengths");
    }

    private static int spread(List<String> cells) {
        int max = 0;
        int min = Integer.MAX_VALUE;
        for (String c : cells) {
            max = Math.max(max, c.length());
            min = Math.min(min, c.length());
        }
        return max - min;
    }

    /** The total of a severity-counts cell ({@code 1I 2S} is 3), or -1 when it is no count. */
    static int total(String severityCounts) {
        return Counts.severityCounts(severityCounts).map(SeverityCounts::total).orElse(-1);
    }

    /** The leading number of a count cell, or -1. */
    static int leading(String cell) {
        return Counts.leadingInt(cell).orElse(-1);
    }
}
