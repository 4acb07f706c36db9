package dev.reviewstats.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quality gate over the leaderboard: {@code fp-rate(Gemini) > 20%}, {@code downgrade-rate > 30% over
 * last 20 reviews}. Without an agent it holds for every ranked agent. Gating on the interval fails only
 * when the whole 95% interval is past the threshold, so a small sample does not fail a build by chance.
 *
 * @param expression the text as given
 * @param metric the rate
 * @param agent the leaderboard row it is about, or {@code ""} for every ranked row
 * @param operator {@code >}, {@code >=}, {@code <} or {@code <=}
 * @param threshold the threshold as a proportion (0.2 for 20%)
 * @param lastReviews only the latest this many counted reviews (by date), or 0 for all
 */
public record Gate(String expression, Metric metric, String agent, String operator, double threshold, int lastReviews) {
    private static final Pattern GRAMMAR = Pattern.compile("(?i)^\\s*(fp-rate|downgrade-rate|keep-rate|fix-rate)\\s*(?:\\(\\s*([^()]+?)\\s*\\))?"
            + "\\s*(>=|<=|>|<)\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*(?:over\\s+(?:the\\s+)?last\\s+(\\d{1,6})\\s+reviews?)?\\s*$");

    /** What a gate compares with its threshold. */
    public enum On {
        /** The rate itself. */
        POINT,
        /** The interval's bound nearer the threshold: fails only when the whole interval is past it. */
        INTERVAL
    }

    /**
     * The verdict of one gate.
     *
     * @param failed whether the gate failed
     * @param message one line: the gate, the verdict and the figures it rests on
     */
    public record Verdict(Gate gate, boolean failed, String message) {
    }

    /**
     * Checks the components.
     *
     * @param expression the text as given
     * @param metric the rate
     * @param agent the leaderboard row it is about, or {@code ""} for every ranked row
     * @param operator {@code >}, {@code >=}, {@code <} or {@code <=}
     * @param threshold the threshold as a proportion (0.2 for 20%)
     * @param lastReviews only the latest this many counted reviews (by date), or 0 for all
     */
    public Gate {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(agent, "agent");
    }

    /**
     * Parses a gate, or throws {@link IllegalArgumentException} saying what the grammar is.
     *
     * @param expression the gate as written
     * @return the gate
     */
    public static Gate parse(String expression) {
        Matcher m = GRAMMAR.matcher(expression);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + expression + "' is no gate: write RATE[(AGENT)] OP N% [over last N reviews],"
                    + " RATE one of fp-rate, downgrade-rate, keep-rate, fix-rate, OP one of > >= < <=");
        }
        double pct = Double.parseDouble(m.group(4));
        if (pct > 100) {
            throw new IllegalArgumentException("'" + expression + "': a rate threshold is at most 100%");
        }
        Metric metric = Metric.byName(m.group(1).toLowerCase(Locale.ROOT)).orElseThrow();
        return new Gate(expression.strip(), metric, m.group(2) == null ? "" : m.group(2), m.group(3), pct / 100,
                m.group(5) == null ? 0 : Integer.parseInt(m.group(5)));
    }

    /**
     * Evaluates the gate over leaderboard rows made with {@code options}.
     *
     * @param rows leaderboard rows
     * @param options the options the rows were made with
     * @param on what is compared with the threshold
     * @return the verdict
     */
    public Verdict evaluate(Collection<Leaderboard.ReviewRows> rows, Leaderboard.Options options, On on) {
        List<Leaderboard.ReviewRows> counted = rows.stream().filter(Leaderboard.ReviewRows::counted).toList();
        if (lastReviews > 0) {
            counted = counted.stream().filter(r -> r.date() != null)
                    .sorted(Comparator.comparing(Leaderboard.ReviewRows::date).thenComparing(Leaderboard.ReviewRows::id).reversed())
                    .limit(lastReviews).toList();
        }
        Leaderboard board = Leaderboard.fromRows(counted, options);
        List<AgentScore> targets = agent.isEmpty() ? board.ranked()
                : board.all().stream().filter(s -> s.agent().equalsIgnoreCase(agent)).toList();
        String scope = lastReviews > 0 ? " over the last " + counted.size() + " reviews" : "";
        if (targets.isEmpty()) {
            return new Verdict(this, false, "gate '" + expression + "': not evaluated, no " + (agent.isEmpty() ? "ranked agent" : agent)
                    + " in range" + scope);
        }
        List<String> failing = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (AgentScore s : targets) {
            Rate r = metric.rate(s);
            if (!r.isKnown()) {
                shown.add(s.agent() + " unknown");
                continue;
            }
            boolean greater = operator.startsWith(">");
            double value = on == On.POINT ? r.value() : greater ? r.low() : r.high();
            boolean past = switch (operator) {
                case ">" -> value > threshold;
                case ">=" -> value >= threshold;
                case "<" -> value < threshold;
                default -> value <= threshold;
            };
            String figure = s.agent() + " " + r;
            shown.add(figure);
            if (past) {
                failing.add(figure);
            }
        }
        boolean failed = !failing.isEmpty();
        String basis = on == On.INTERVAL ? " (on the 95% interval)" : "";
        return new Verdict(this, failed, "gate '" + expression + "'" + basis + scope + ": " + (failed ? "FAILED by " + String.join("; ", failing)
                : "passed (" + String.join("; ", shown) + ")"));
    }
}
