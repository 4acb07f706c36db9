package dev.reviewstats.model;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One agent's column of the retro summary table, as the report states it. A row the table does not
 * have, or whose cell could not be read, is empty, never zero.
 *
 * @param agent the agent the column belongs to
 * @param duration how long the agent ran, or {@code null}
 * @param findings findings by severity, or {@code null}
 * @param toolCalls tool calls, or {@code null}
 * @param designObservations count, or {@code null}
 * @param falsePositives count, or {@code null}
 * @param severityMisjudgements the count a False positives cell states when it qualifies it as graded too high
 *     ({@code 1 (severity)}), which is then read as 0 false positives; otherwise {@code null}
 * @param uniqueInsights count, or {@code null}
 * @param filesReviewed count, or {@code null}
 * @param coverageMisses count, or {@code null}
 * @param totals the Totals row (it repeats Findings), or {@code null}
 * @param downgraded the Downgraded row, or {@code null}
 * @param dropped count, or {@code null}
 * @param cells every cell of the column as written, by row label, so no row is lost
 * @serial exclude
 */
public record AgentStats(
        Agent agent,
        Duration duration,
        SeverityCounts findings,
        ToolCalls toolCalls,
        Integer designObservations,
        Integer falsePositives,
        Integer severityMisjudgements,
        Integer uniqueInsights,
        Integer filesReviewed,
        Integer coverageMisses,
        SeverityCounts totals,
        Downgrades downgraded,
        Integer dropped,
        Map<String, String> cells) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param agent the agent the column belongs to
     * @param duration how long the agent ran, or {@code null}
     * @param findings findings by severity, or {@code null}
     * @param toolCalls tool calls, or {@code null}
     * @param designObservations count, or {@code null}
     * @param falsePositives count, or {@code null}
     * @param severityMisjudgements the count a False positives cell states when it qualifies it as graded too high, or {@code null}
     * @param uniqueInsights count, or {@code null}
     * @param filesReviewed count, or {@code null}
     * @param coverageMisses count, or {@code null}
     * @param totals the Totals row (it repeats Findings), or {@code null}
     * @param downgraded the Downgraded row, or {@code null}
     * @param dropped count, or {@code null}
     * @param cells every cell of the column as written, by row label, so no row is lost
     */
    public AgentStats {
        Objects.requireNonNull(agent, "agent");
        cells = ArrayMap.copyOf(cells);
        if (severityMisjudgements != null && (severityMisjudgements < 1 || !Integer.valueOf(0).equals(falsePositives))) {
            throw new IllegalArgumentException("severity misjudgements " + severityMisjudgements
                    + " stand for a False positives cell read as 0, not " + falsePositives);
        }
    }

    /**
     * A column whose False positives cell, if any, was read as written.
     *
     * @param agent the agent the column belongs to
     * @param duration how long the agent ran, or {@code null}
     * @param findings findings by severity, or {@code null}
     * @param toolCalls tool calls, or {@code null}
     * @param designObservations count, or {@code null}
     * @param falsePositives count, or {@code null}
     * @param uniqueInsights count, or {@code null}
     * @param filesReviewed count, or {@code null}
     * @param coverageMisses count, or {@code null}
     * @param totals the Totals row (it repeats Findings), or {@code null}
     * @param downgraded the Downgraded row, or {@code null}
     * @param dropped count, or {@code null}
     * @param cells every cell of the column as written, by row label, so no row is lost
     */
    public AgentStats(Agent agent, Duration duration, SeverityCounts findings, ToolCalls toolCalls, Integer designObservations,
            Integer falsePositives, Integer uniqueInsights, Integer filesReviewed, Integer coverageMisses, SeverityCounts totals,
            Downgrades downgraded, Integer dropped, Map<String, String> cells) {
        this(agent, duration, findings, toolCalls, designObservations, falsePositives, null, uniqueInsights, filesReviewed,
                coverageMisses, totals, downgraded, dropped, cells);
    }

    /**
     * The cell of a row the model knows, as written (markup removed), when the table has the row.
     *
     * @param row the row
     * @return the cell, or empty
     */
    public Optional<String> cell(RetroRow row) {
        for (Map.Entry<String, String> e : cells.entrySet()) {
            if (RetroRow.of(e.getKey()).orElse(null) == row) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The rows of the model that the table has, read or not.
     *
     * @return the rows
     */
    public Set<RetroRow> rows() {
        Set<RetroRow> rows = EnumSet.noneOf(RetroRow.class);
        for (String label : cells.keySet()) {
            RetroRow.of(label).ifPresent(rows::add);
        }
        return rows;
    }

    /**
     * The duration, when the table states it.
     *
     * @return the duration, or empty
     */
    public Optional<Duration> durationIfKnown() {
        return Optional.ofNullable(duration);
    }

    /**
     * The false positives, when the table states them.
     *
     * @return the count, or empty
     */
    public OptionalInt falsePositivesIfKnown() {
        return falsePositives == null ? OptionalInt.empty() : OptionalInt.of(falsePositives);
    }

    /**
     * The unique insights, when the table states them.
     *
     * @return the count, or empty
     */
    public OptionalInt uniqueInsightsIfKnown() {
        return uniqueInsights == null ? OptionalInt.empty() : OptionalInt.of(uniqueInsights);
    }
}
