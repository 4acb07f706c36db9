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

    /** What a gate does when the agent it names has no reviews in its window. */
    public enum Missing {
        /** The gate fails: a gate that could not be checked does not pass a build. */
        FAIL,
        /** The gate passes, and says so. */
        PASS
    }

    /**
     * The verdict of one gate.
     *
     * @param gate the gate
     * @param failed whether the gate failed
     * @param unknownAgent whether the gate names an agent or family the run has never seen (a usage error)
     * @param message one line: the gate, the verdict and the figures it rests on
     */
    public record Verdict(Gate gate, boolean failed, boolean unknownAgent, String message) {
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
     * Whether the gate's agent names a leaderboard row: the row itself, or its family, with model
     * names compared in one spelling (case, and a hyphen or space before a suffix, aside).
     */
    private boolean names(AgentScore row) {
        String a = dev.reviewstats.model.Agent.canonicalModel(agent).toLowerCase(Locale.ROOT);
        String r = dev.reviewstats.model.Agent.canonicalModel(row.agent()).toLowerCase(Locale.ROOT);
        // One word names a family: the row's typed family ("Qwen" for "Qwen3 Coder Next"), or the first
        // word of the row's name (a family alias the leaderboard shows by its own name).
        return r.equals(a) || !a.contains(" ") && (row.identity().family().equalsIgnoreCase(agent) || r.startsWith(a + " "));
    }

    /**
     * Evaluates the gate over leaderboard rows made with {@code options}; a known agent with no reviews
     * in the window fails it.
     *
     * @param rows leaderboard rows
     * @param options the options the rows were made with
     * @param on what is compared with the threshold
     * @return the verdict
     */
    public Verdict evaluate(Collection<Leaderboard.ReviewRows> rows, Leaderboard.Options options, On on) {
        return evaluate(rows, options, on, Missing.FAIL);
    }

    /**
     * Evaluates the gate over leaderboard rows made with {@code options}. A gate naming an agent the
     * rows never name is an unknown-agent verdict listing the known ones; a known agent with no reviews
     * in the gate's window fails the gate unless {@code missing} is {@link Missing#PASS}.
     *
     * @param rows leaderboard rows
     * @param options the options the rows were made with
     * @param on what is compared with the threshold
     * @param missing what a known agent with no reviews in the window does to the gate
     * @return the verdict
     */
    public Verdict evaluate(Collection<Leaderboard.ReviewRows> rows, Leaderboard.Options options, On on, Missing missing) {
        List<Leaderboard.ReviewRows> all = rows.stream().filter(Leaderboard.ReviewRows::counted).toList();
        if (!agent.isEmpty()) {
            List<AgentScore> scores = Leaderboard.fromRows(all, options).all().stream()
                    .sorted(Comparator.comparing(AgentScore::agent)).toList();
            if (scores.stream().noneMatch(this::names)) {
                List<String> known = scores.stream().map(AgentScore::agent).toList();
                List<String> families = scores.stream().map(s -> s.identity().family()).distinct().toList();
                return new Verdict(this, true, true, "gate '" + expression + "': no agent or family '" + agent + "' in these reviews;"
                        + " known: " + String.join(", ", known) + (families.equals(known) ? "" : " (families: " + String.join(", ", families) + ")"));
            }
        }
        List<Leaderboard.ReviewRows> counted = all;
        if (lastReviews > 0) {
            counted = counted.stream().filter(r -> r.date() != null)
                    .sorted(Comparator.comparing(Leaderboard.ReviewRows::date).thenComparing(Leaderboard.ReviewRows::id).reversed())
                    .limit(lastReviews).toList();
        }
        Leaderboard board = Leaderboard.fromRows(counted, options);
        List<AgentScore> targets = agent.isEmpty() ? board.ranked() : board.all().stream().filter(this::names).toList();
        String scope = lastReviews > 0 ? " over the last " + counted.size() + " reviews" : "";
        if (targets.isEmpty()) {
            boolean fails = missing == Missing.FAIL;
            return new Verdict(this, fails, false, "gate '" + expression + "': " + (fails ? "FAILED, " : "passed (--gate-missing pass), ")
                    + "not evaluated: no " + (agent.isEmpty() ? "ranked agent" : agent) + " in the reviews" + scope);
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
        if (failing.isEmpty() && shown.stream().allMatch(x -> x.endsWith(" unknown"))) {
            // No target's rate could be computed: the gate was not checked, as when no review is in range.
            boolean fails = missing == Missing.FAIL;
            return new Verdict(this, fails, false, "gate '" + expression + "'" + scope + ": " + (fails ? "FAILED, " : "passed (--gate-missing pass), ")
                    + "not evaluated: " + String.join("; ", shown) + " (no raised findings accounted for)");
        }
        boolean failed = !failing.isEmpty();
        String basis = on == On.INTERVAL ? " (on the 95% interval)" : "";
        return new Verdict(this, failed, false, "gate '" + expression + "'" + basis + scope + ": " + (failed ? "FAILED by " + String.join("; ", failing)
                : "passed (" + String.join("; ", shown) + ")"));
    }
}
