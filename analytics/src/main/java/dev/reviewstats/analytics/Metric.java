package dev.reviewstats.analytics;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The metrics a leaderboard can be sorted by; each knows whether more is better. */
public enum Metric {
    /** Reviews the agent took part in. */
    REVIEWS("reviews", true, s -> s.reviews()),
    /** Findings in the agent's own reviews. */
    RAISED("raised", true, s -> s.raised() == null ? Double.NaN : s.raised()),
    /** Consolidated findings credited to the agent. */
    CREDITED("credited", true, s -> s.credited().total()),
    /** Credited findings no other agent shares. */
    UNIQUE("unique", true, s -> s.unique()),
    /** Credited findings shared with another agent. */
    CONSENSUS("consensus", true, s -> s.consensus()),
    /** Own findings kept, over raised. */
    KEEP_RATE("keep-rate", true, s -> s.keepRate().value()),
    /** Findings rejected as wrong, over raised. */
    FALSE_POSITIVE_RATE("fp-rate", false, s -> s.falsePositiveRate().value()),
    /** Findings kept at a lower severity, over raised. */
    DOWNGRADE_RATE("downgrade-rate", false, s -> s.downgradeRate().value()),
    /** Credited findings the author fixed, over those with a resolution. */
    FIX_RATE("fix-rate", true, s -> s.fixRate().value()),
    /** Median run time. */
    MEDIAN_DURATION("duration", false, s -> s.medianDurationSeconds() == null ? Double.NaN : s.medianDurationSeconds()),
    /** Median tool calls. */
    MEDIAN_TOOL_CALLS("tool-calls", false, s -> s.medianToolCalls() == null ? Double.NaN : s.medianToolCalls());

    private final String cliName;
    private final boolean higherIsBetter;
    private final ToDoubleFunction<AgentScore> value;

    Metric(String cliName, boolean higherIsBetter, ToDoubleFunction<AgentScore> value) {
        this.cliName = cliName;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    /**
     * The name the command line uses.
     *
     * @return the name
     */
    public String cliName() {
        return cliName;
    }

    /**
     * Whether a higher value ranks first.
     *
     * @return whether higher is better
     */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /**
     * The metric's value for a row.
     *
     * @param s the row
     * @return the value, or {@code NaN} when unknown
     */
    public double of(AgentScore s) {
        return value.applyAsDouble(s);
    }

    /** The rates, in the order usage and reports list them. */
    private static final List<Metric> RATES = List.of(FALSE_POSITIVE_RATE, DOWNGRADE_RATE, KEEP_RATE, FIX_RATE);

    /**
     * The metrics that are proportions with a 95% interval, in the order usage and reports list them.
     *
     * @return the rate metrics
     */
    public static List<Metric> rates() {
        return RATES;
    }

    /**
     * Whether the metric is a proportion with a 95% interval (false-positive, downgrade, keep, fix rate).
     *
     * @return whether the metric is a rate
     */
    public boolean isRate() {
        return RATES.contains(this);
    }

    /**
     * The agent's rate, with its interval; only for {@link #isRate() rates}.
     *
     * @param s the row
     * @return the rate
     */
    public Rate rate(AgentScore s) {
        return switch (this) {
            case FALSE_POSITIVE_RATE -> s.falsePositiveRate();
            case DOWNGRADE_RATE -> s.downgradeRate();
            case KEEP_RATE -> s.keepRate();
            case FIX_RATE -> s.fixRate();
            default -> throw new IllegalArgumentException(cliName + " is no rate");
        };
    }

    /**
     * The metric's name in prose: "false-positive rate".
     *
     * @return the label
     */
    public String label() {
        return switch (this) {
            case FALSE_POSITIVE_RATE -> "false-positive rate";
            case DOWNGRADE_RATE -> "downgrade rate";
            case KEEP_RATE -> "keep rate";
            case FIX_RATE -> "fix rate";
            default -> cliName;
        };
    }

    /**
     * The metric a command-line name means.
     *
     * @param name the name
     * @return the metric, or empty
     */
    public static Optional<Metric> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        for (Metric m : values()) {
            if (m.cliName.equals(n) || m.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(n)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
