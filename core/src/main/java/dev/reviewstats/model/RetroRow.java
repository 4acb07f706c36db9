package dev.reviewstats.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A row of the agent retro's summary table that the model reads, with every name the template has
 * given it. The one place those names live: the parser reads the table by them, the flattened reader
 * finds glued rows by them, and analytics asks a table for a row by its constant, never by its words.
 */
public enum RetroRow {
    /** How long the agent ran: "11m 38s". */
    DURATION("Duration"),
    /** How long the agent ran, in seconds. */
    DURATION_SECONDS("Duration (s)"),
    /** Findings by severity: "2I 3S"; raised or credited depending on the template (see {@link #TOTALS}). */
    FINDINGS("Findings"),
    /** Early tables: the agent's critical findings in a row of their own. */
    CRITICAL("Critical", "Critical findings"),
    /** Early tables: the agent's important findings in a row of their own. */
    IMPORTANT("Important", "Important findings"),
    /** Early tables: the agent's suggestions in a row of their own. */
    SUGGESTION("Suggestion", "Suggestions", "Suggestion findings"),
    /** Tool calls, with a breakdown in some templates. */
    TOOL_CALLS("Tool calls"),
    /** Design observations the agent contributed. */
    DESIGN_OBSERVATIONS("Design observations"),
    /** Findings consolidation judged wrong. */
    FALSE_POSITIVES("False positives"),
    /** Findings only this agent raised, as the consolidator judged them insightful. */
    UNIQUE_INSIGHTS("Unique insights"),
    /** Files the agent read. */
    FILES_REVIEWED("Files reviewed"),
    /** Files in the change the agent did not read. */
    COVERAGE_MISSES("Coverage misses"),
    /** The findings consolidation credits to the agent; where it is a row, Findings counts what the agent raised. */
    TOTALS("Totals"),
    /** Findings graded down, with their transitions. */
    DOWNGRADED("Downgraded"),
    /** Findings dropped in consolidation. */
    DROPPED("Dropped");

    private final List<String> names;

    RetroRow(String... names) {
        this.names = List.of(names);
    }

    /**
     * The names the template has written this row under, as it writes them.
     *
     * @return the names, the first the current one
     */
    public List<String> names() {
        return names;
    }

    /**
     * The severity of a row that counts one severity, as early tables have them.
     *
     * @return the severity, or empty for every other row
     */
    public Optional<Severity> severity() {
        return switch (this) {
            case CRITICAL -> Optional.of(Severity.CRITICAL);
            case IMPORTANT -> Optional.of(Severity.IMPORTANT);
            case SUGGESTION -> Optional.of(Severity.SUGGESTION);
            default -> Optional.empty();
        };
    }

    /**
     * The row a label names, whatever its case.
     *
     * @param label a row label, stripped
     * @return the row, or empty when the model has no such row
     */
    public static Optional<RetroRow> of(String label) {
        return Optional.ofNullable(BY_NAME.get(label.toLowerCase(Locale.ROOT)));
    }

    /** Every name in lower case, with its row; built once, as every table cell of every report is looked up here. */
    private static final Map<String, RetroRow> BY_NAME = byName();

    private static Map<String, RetroRow> byName() {
        Map<String, RetroRow> out = new HashMap<>();
        for (RetroRow row : values()) {
            for (String name : row.names) {
                out.put(name.toLowerCase(Locale.ROOT), row);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The row a label names, or names with a qualifier after it ("Duration (pass 1)", "Findings
     * raised", "Downgraded I→S"): the longest name the label equals or starts, followed by a space or
     * a parenthesis.
     *
     * @param label a row label
     * @return the row, or empty when the label starts with no row's name
     */
    public static Optional<RetroRow> leading(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        RetroRow best = null;
        int longest = -1;
        for (Map.Entry<String, RetroRow> e : BY_NAME.entrySet()) {
            String k = e.getKey();
            if (k.length() > longest && (l.equals(k) || l.startsWith(k + " ") || l.startsWith(k + "("))) {
                best = e.getValue();
                longest = k.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether only an agent that ran fills the row: a duration, findings, tool calls. A zero in
     * another row (False positives) says nothing about whether the agent ran.
     *
     * @return whether a figure here means the agent ran
     */
    public boolean showsARun() {
        return this == DURATION || this == DURATION_SECONDS || this == FINDINGS || this == TOOL_CALLS;
    }

    /**
     * Every name of every row, as the template writes them.
     *
     * @return the names, row by row
     */
    public static List<String> allNames() {
        return java.util.Arrays.stream(values()).flatMap(r -> r.names.stream()).toList();
    }
}
