package dev.reviewstats.analytics.charts;

import dev.reviewstats.analytics.Rate;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One agent's rate in one period.
 *
 * @param agent the agent's grouping key
 * @param period the period's label ({@code 2026-W03}, {@code 2026-02})
 * @param start the period's first day
 * @param rate the rate with its 95% interval
 */
public record TrendPoint(String agent, String period, LocalDate start, Rate rate) {
    /**
     * Checks the components.
     *
     * @param agent the agent's grouping key
     * @param period the period's label ({@code 2026-W03}, {@code 2026-02})
     * @param start the period's first day
     * @param rate the rate with its 95% interval
     */
    public TrendPoint {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rate, "rate");
    }
}
