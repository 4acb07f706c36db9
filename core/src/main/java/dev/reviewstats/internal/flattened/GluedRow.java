package dev.reviewstats.internal.flattened;

import static dev.reviewstats.internal.outline.CharClass.skipDigits;

import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.template.Counts;
import dev.reviewstats.model.RetroRow;
import dev.reviewstats.model.SeverityCounts;
import java.util.ArrayList;
import dev.reviewstats.internal.template.Vocabulary;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Splits a retro-table row whose cell separators were lost ({@code Unique insights1322}) back into
 * one cell per agent.
 *
 * <p>Every way of cutting the text into exactly as many cells as there are agents, each cell
 * matching the row's grammar, is a candidate. Constraints between rows remove candidates (a count
 * of unique insights cannot exceed that agent's findings; Totals repeats Findings). When more than
 * one candidate is left, nothing picks among them: a cell every candidate agrees on is kept, the
 * others are left empty (unknown), and the caller reports the row.
 */
final class GluedRow {
    /** Row labels as the template writes them, longest first so that "Duration (s)" wins over "Duration". */
    static final List<String> LABELS = Vocabulary.longestFirst(RetroRow.allNames());

    private static final Map<RetroRow, CellGrammar> GRAMMAR = Map.of(
            RetroRow.DURATION_SECONDS, CellGrammar.SECONDS,
            RetroRow.DURATION, CellGrammar.DURATION,
            RetroRow.FINDINGS, CellGrammar.SEVERITY_COUNTS,
            RetroRow.TOTALS, CellGrammar.SEVERITY_COUNTS,
            RetroRow.TOOL_CALLS, CellGrammar.COUNT_WITH_NOTE);

    private GluedRow() {
    }

    static CellGrammar grammar(String label) {
        return RetroRow.of(label).map(GRAMMAR::get).orElse(CellGrammar.COUNT_WITH_NOTE);
    }

    /** The longest cell of a plain row ({@code 1h 23m 45s}, {@code 2C 11I 13S}); a longer run is no cell. */
    static final int MAX_CELL = 32;
    /** The longest cell of a row that carries a note ({@code 56 (Read 20, Grep 18, Bash 9, Edit 9)}). */
    static final int MAX_NOTE_CELL = 160;
    /** The most candidates enumerated; a row with more is ambiguous whatever the rule picks. */
    static final int MAX_CANDIDATES = 1000;

    /**
     * All ways to cut {@code glued} into {@code n} cells that each match {@code cell}, at most
     * {@link #MAX_CANDIDATES}. Work is linear in the row's length: which cells fit is computed once per
     * (start, length) with lengths up to {@link #MAX_CELL} (or {@link #MAX_NOTE_CELL}), and the enumeration only follows cuts that
     * can still be completed. A row longer than its agents' cells can be is no row at all.
     */
    static List<List<String>> candidates(String glued, int n, CellGrammar cell) {
        String text = glued.strip();
        int len = text.length();
        List<List<String>> out = new ArrayList<>();
        int maxCell = cell == CellGrammar.COUNT_WITH_NOTE ? MAX_NOTE_CELL : MAX_CELL;
        if (n <= 0 || len > (long) n * (maxCell + 1)) {
            return out;
        }
        // fits[i][k]: the cell text.substring(i, i + k) is a cell; completes[c][i]: text from i cuts into c cells.
        boolean[][] fits = new boolean[len][];
        for (int i = 0; i < len; i++) {
            fits[i] = new boolean[Math.min(maxCell, len - i) + 1];
            for (int k = 1; k < fits[i].length; k++) {
                String head = text.substring(i, i + k);
                fits[i][k] = head.equals(head.strip()) && cell.matches(head);
            }
        }
        boolean[][] completes = new boolean[n + 1][len + 1];
        completes[0][len] = true;
        for (int c = 1; c <= n; c++) {
            for (int i = len - 1; i >= 0; i--) {
                for (int k = 1; k < fits[i].length && !completes[c][i]; k++) {
                    completes[c][i] = fits[i][k] && completes[c - 1][skipSpaces(text, i + k)];
                }
            }
        }
        if (len > 0 && completes[n][0]) {
            cut(text, 0, n, fits, completes, new ArrayList<>(), out);
        }
        return out;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void cut(String text, int at, int n, boolean[][] fits, boolean[][] completes, List<String> sofar,
            List<List<String>> out) {
        if (n == 0) {
            out.add(List.copyOf(sofar));
            return;
        }
        for (int k = 1; k < fits[at].length && out.size() < MAX_CANDIDATES; k++) {
            int next = skipSpaces(text, at + k);
            if (fits[at][k] && completes[n - 1][next] && (n > 1 || next == text.length())) {
                sofar.add(text.substring(at, at + k));
                cut(text, next, n - 1, fits, completes, sofar, out);
                sofar.remove(sofar.size() - 1);
            }
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
        // No rule picks among splits that all fit: a cell is known where every split agrees on it,
        // and unknown (empty) where they differ.
        List<String> agreed = new ArrayList<>(kept.get(0));
        for (List<String> c : kept) {
            for (int k = 0; k < agreed.size(); k++) {
                if (!agreed.get(k).equals(c.get(k))) {
                    agreed.set(k, "");
                }
            }
        }
        return new Split(agreed, all.size(), kept.size(), "cells the splits disagree on are left empty");
    }

    /** The total of a severity-counts cell ({@code 1I 2S} is 3), or -1 when it is no count. */
    static int total(String severityCounts) {
        return Counts.severityCounts(severityCounts).map(SeverityCounts::total).orElse(-1);
    }

    /**
     * Whether a tool-call cell's breakdown ({@code 31 (Read 20, Grep 11)}) adds up to no more than its
     * count: a cut that leaves {@code 1 (Read 20, Grep 11)} cannot be right.
     */
    static boolean breakdownFits(String cell) {
        int count = leading(cell);
        int open = cell.indexOf('(');
        if (count < 0 || open < 0) {
            return true;
        }
        int sum = 0;
        String breakdown = cell.substring(open);
        for (int i = 0; i < breakdown.length(); ) {
            int end = skipDigits(breakdown, i);
            if (end == i) {
                i++;
                continue;
            }
            boolean alone = (i == 0 || !isNumberChar(breakdown.charAt(i - 1)))
                    && (end == breakdown.length() || !isNumberChar(breakdown.charAt(end)));
            if (alone && end - i <= MAX_BREAKDOWN_DIGITS) {
                sum += Math.max(0, Counts.intOrMinusOne(breakdown.substring(i, end)));
            }
            i = end;
        }
        return sum <= count;
    }

    /** A breakdown's number stands alone: no word character or stop touches it ("v1.2" holds none). */
    private static boolean isNumberChar(char c) {
        return CharClass.isWord(c) || c == '.';
    }

    private static final int MAX_BREAKDOWN_DIGITS = 6;

    /** The leading number of a count cell, or -1. */
    static int leading(String cell) {
        return Counts.leadingInt(cell).orElse(-1);
    }
}
