package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.SeverityCounts;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.columns.numbers.IntColumnType;
import tech.tablesaw.columns.numbers.LongColumnType;

/** One agent's score from its rows over the reviews: the sums, rates and medians a leaderboard row shows. */
final class AgentScoring {
    private AgentScoring() {
    }

    /**
     * Sums and rates over one agent's rows, counting only rows where each value is known. One pass
     * over the rows fills a primitive array per measure, with Tablesaw's missing-value marker where a
     * value is unknown; a rate's base holds a row's value only where the rate's count is known too.
     * Tablesaw columns over those arrays then give sums and medians that skip missing values. Neither
     * boxing per value nor a row selection is made: this runs once per run, cold, and a selection per
     * sum cost a sixth of a cached run over 10,000 reviews. A {@code Table} is not built, because
     * loading that class scans the class path (a third of a second per run).
     */
    static AgentScore score(String agent, List<AgentReview> rows, int minRaised) {
        Measures m = new Measures(rows.size());
        int accounted = 0;
        int disagreementCount = 0;
        for (int i = 0; i < rows.size(); i++) {
            AgentReview a = rows.get(i);
            m.put(i, a);
            accounted += a.accountsForRaised() ? 1 : 0;
            disagreementCount += a.disagreements().size();
        }
        // Raised, its fates and every rate over it count one population: the reviews that account for
        // the agent's findings. One figure, one value: a printed count is its rate's count.
        Integer raisedTotal = accounted == 0 ? null : m.sum(m.raised);
        Integer fpCount = accounted == 0 ? null : m.sum(m.falsePositives);
        Integer downCount = accounted == 0 ? null : m.sum(m.downgrades);
        Integer droppedCount = accounted == 0 ? null : m.sum(m.dropped);
        Integer upCount = m.known(m.upgrades) ? m.sum(m.upgrades) : null;
        SeverityCounts credited = new SeverityCounts(m.sum(m.creditedCritical), m.sum(m.creditedImportant), m.sum(m.creditedSuggestion));
        AgentReview first = rows.get(0);
        int base = raisedTotal == null ? 0 : raisedTotal;
        return new AgentScore(agent, Agent.of(first.family(), first.model()), rows.size(), raisedTotal, accounted,
                credited, m.sum(m.unique), m.sum(m.consensus),
                fpCount, rate(fpCount == null ? 0 : fpCount, base), downCount, upCount, rate(downCount == null ? 0 : downCount, base),
                droppedCount, rate(raisedTotal == null ? 0 : base - fpCount - droppedCount, base),
                Rate.of(m.sum(m.fixed), m.sum(m.resolved)),
                median(LongColumn.create("durationSeconds", m.durationSeconds)), median(IntColumn.create("toolCalls", m.toolCalls)),
                disagreementCount, minRaised <= 0 || raisedTotal != null && base >= minRaised);
    }

    /** One agent's measures, a primitive array each, {@link #MISSING_INT} where unknown. */
    private static final class Measures {
        /** Raised and its fates, only in the reviews that account for them (else missing). */
        final int[] raised;
        final int[] falsePositives;
        final int[] downgrades;
        final int[] dropped;
        final int[] upgrades;
        final int[] creditedCritical;
        final int[] creditedImportant;
        final int[] creditedSuggestion;
        final int[] unique;
        final int[] consensus;
        final int[] fixed;
        final int[] resolved;
        final long[] durationSeconds;
        final int[] toolCalls;

        Measures(int n) {
            raised = new int[n];
            falsePositives = new int[n];
            downgrades = new int[n];
            dropped = new int[n];
            upgrades = new int[n];
            creditedCritical = new int[n];
            creditedImportant = new int[n];
            creditedSuggestion = new int[n];
            unique = new int[n];
            consensus = new int[n];
            fixed = new int[n];
            resolved = new int[n];
            durationSeconds = new long[n];
            toolCalls = new int[n];
        }

        void put(int i, AgentReview a) {
            boolean accounted = a.accountsForRaised();
            raised[i] = accounted ? a.raised() : MISSING_INT;
            falsePositives[i] = accounted ? a.falsePositives() : MISSING_INT;
            downgrades[i] = accounted ? a.downgraded() : MISSING_INT;
            dropped[i] = accounted ? a.dropped() : MISSING_INT;
            upgrades[i] = accounted ? orMissing(a.upgraded()) : MISSING_INT;
            creditedCritical[i] = a.credited(Severity.CRITICAL);
            creditedImportant[i] = a.credited(Severity.IMPORTANT);
            creditedSuggestion[i] = a.credited(Severity.SUGGESTION);
            unique[i] = a.unique();
            consensus[i] = a.consensus();
            fixed[i] = a.fixed();
            resolved[i] = a.resolved();
            durationSeconds[i] = a.durationSeconds() == null ? MISSING_LONG : a.durationSeconds();
            toolCalls[i] = orMissing(a.toolCalls());
        }

        /** Whether any row knows the value. */
        boolean known(int[] values) {
            for (int v : values) {
                if (v != MISSING_INT) {
                    return true;
                }
            }
            return false;
        }

        /** The sum over rows where the value is known. */
        int sum(int[] values) {
            return (int) IntColumn.create("", values).sum();
        }

        private static int orMissing(Integer v) {
            return v == null ? MISSING_INT : v;
        }
    }

    /**
     * A rate whose count can exceed its base only where a review contradicts itself (a retro row
     * claiming more false positives than the agent's own list holds); the rate is then capped at the
     * base, and {@code review-stats lint} lists each such review (L107).
     */
    private static Rate rate(int count, int base) {
        return Rate.of(Math.min(count, base), base);
    }

    /** Tablesaw's markers of a missing value in integer and long columns. */
    private static final int MISSING_INT = IntColumnType.missingValueIndicator();
    private static final long MISSING_LONG = LongColumnType.missingValueIndicator();

    private static Double median(IntColumn c) {
        IntColumn known = c.removeMissing();
        return known.isEmpty() ? null : known.median();
    }

    private static Double median(LongColumn c) {
        LongColumn known = c.removeMissing();
        return known.isEmpty() ? null : known.median();
    }
}
