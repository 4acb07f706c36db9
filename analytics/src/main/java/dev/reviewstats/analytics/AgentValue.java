package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.SeverityCounts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each agent adds to a panel: the consolidated findings only it raised, what the team would
 * lose without it, how much its findings overlap with each other agent's, what a run costs, and the
 * best panel of each size (definitions in docs/metrics.md, "What each agent adds"). A finding
 * counts when it was not withdrawn; it is an agent's when the agent is among its attributions, as
 * for {@code credited}; it is fixed when its Resolution row says Fixed, Test written or
 * Documentation updated, as for the fix rate.
 *
 * <p>Computed from {@link ReviewFacts}, a few bytes per finding, so that a caller can reduce each
 * review as it is read and keep nothing else.
 */
public final class AgentValue {
    /** Bootstrap resamples for each interval. */
    static final int RESAMPLES = 2_000;
    /** Up to this many agents, the best panel of each size is found by trying every panel. */
    public static final int EXACT_PANEL_AGENTS = 12;

    private AgentValue() {
    }

    /**
     * One consolidated finding as the value figures need it.
     *
     * @param severity its final severity
     * @param agents the agents it is attributed to, as grouping keys
     * @param fixed whether the author fixed it (Resolution: Fixed, Test written, Documentation updated)
     */
    public record FindingFacts(Severity severity, Set<String> agents, boolean fixed) {
        /**
         * Checks the components.
         *
         * @param severity see the record
         * @param agents see the record
         * @param fixed see the record
         */
        public FindingFacts {
            Objects.requireNonNull(severity, "severity");
            agents = Set.copyOf(agents);
        }

        boolean criticalOrImportant() {
            return severity != Severity.SUGGESTION;
        }
    }

    /**
     * One agent's run in one review.
     *
     * @param agent the grouping key
     * @param failed whether the run failed: the report strikes the reviewer out or notes it as failed
     * @param empty whether the run returned no finding ({@code null} when the report does not say)
     * @param seconds its wall-clock time, or {@code null}
     * @param toolCalls its tool calls, or {@code null}
     */
    public record RunFacts(String agent, boolean failed, Boolean empty, Long seconds, Integer toolCalls) {
        /**
         * Checks the components.
         *
         * @param agent see the record
         * @param failed see the record
         * @param empty see the record
         * @param seconds see the record
         * @param toolCalls see the record
         */
        public RunFacts {
            Objects.requireNonNull(agent, "agent");
        }
    }

    /**
     * What the value figures keep of one review.
     *
     * @param id the review id
     * @param findings its consolidated findings that were not withdrawn and name an agent
     * @param runs one per agent that took part
     */
    public record ReviewFacts(String id, List<FindingFacts> findings, List<RunFacts> runs) {
        /**
         * Checks the components.
         *
         * @param id see the record
         * @param findings see the record
         * @param runs see the record
         */
        public ReviewFacts {
            Objects.requireNonNull(id, "id");
            findings = List.copyOf(findings);
            runs = List.copyOf(runs);
        }
    }

    /**
     * The facts of one review under a grouping.
     *
     * @param r the review
     * @param grouping how agents are pooled
     * @return its facts
     */
    public static ReviewFacts facts(Review r, Grouping grouping) {
        List<FindingFacts> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.withdrawn()) {
                continue;
            }
            Set<String> keys = new TreeSet<>();
            f.agents().forEach(a -> keys.add(grouping.keyIn(r, a)));
            if (keys.isEmpty()) {
                continue;
            }
            boolean fixed = r.resolution() != null
                    && r.resolution().actionFor(f.id()).map(AgentReview.FIXES::contains).orElse(false);
            findings.add(new FindingFacts(f.severity(), keys, fixed));
        }
        Map<String, RunFacts> runs = new LinkedHashMap<>();
        for (Agent a : r.reviewers()) {
            String key = grouping.key(a);
            if (runs.containsKey(key)) {
                continue;
            }
            AgentStats table = r.agentStats().stream().filter(s -> grouping.keyIn(r, s.agent()).equals(key)).findFirst().orElse(null);
            runs.put(key, new RunFacts(key, false, empty(r, grouping, key, table),
                    table == null || table.duration() == null ? null : table.duration().toSeconds(),
                    table == null || table.toolCalls() == null ? null : table.toolCalls().total()));
        }
        for (Agent a : r.droppedReviewers()) {
            runs.putIfAbsent(grouping.key(a), new RunFacts(grouping.key(a), true, null, null, null));
        }
        return new ReviewFacts(r.id(), findings, List.copyOf(runs.values()));
    }

    /** Empty when the agent's own itemised review lists nothing, or its retro row counts no finding; unknown otherwise. */
    private static Boolean empty(Review r, Grouping g, String key, AgentStats table) {
        Boolean own = null;
        for (OriginalReview o : r.originalReviews()) {
            if (o.itemised() && g.keyIn(r, o.agent()).equals(key)) {
                own = (own == null || own) && o.findings().isEmpty();
            }
        }
        if (own != null) {
            return own;
        }
        if (table != null && table.findings() != null) {
            return table.findings().total() == 0;
        }
        return null;
    }

    /**
     * One agent's figures.
     *
     * @param agent the grouping key
     * @param runs reviews it took part in
     * @param failedRuns runs that failed (struck out or noted as failed in the Reviewers row); not among {@code runs}
     * @param emptyRuns runs that returned no finding, among those whose report says
     * @param runsKnownEmptyOrNot runs whose report says whether they returned anything
     * @param credited consolidated findings attributed to it, by final severity
     * @param unique findings attributed to it alone, by final severity
     * @param uniqueFixed of those, how many the author fixed
     * @param uniquePerRun unique findings per run
     * @param uniquePerRunLow the 2.5th percentile of {@code uniquePerRun} over bootstrap resamples of its reviews
     * @param uniquePerRunHigh the 97.5th percentile
     * @param shareOfFixed its unique fixed findings over every fixed finding in the reviews, or {@code null} when none was fixed
     * @param medianMinutes the median wall-clock minutes of its runs that state one, or {@code null}
     * @param timedRuns how many runs state their time
     * @param medianToolCalls the median tool calls of its runs that state them, or {@code null}
     * @param uniqueCriticalImportantPerHour unique critical and important findings per hour of its timed runs, or {@code null}
     */
    public record Row(String agent, int runs, int failedRuns, int emptyRuns, int runsKnownEmptyOrNot, SeverityCounts credited, SeverityCounts unique,
            int uniqueFixed, double uniquePerRun, double uniquePerRunLow, double uniquePerRunHigh, Double shareOfFixed,
            Double medianMinutes, int timedRuns, Double medianToolCalls, Double uniqueCriticalImportantPerHour) {
        /**
         * The critical and important findings the team would have lost without the agent.
         *
         * @return its unique critical plus important findings
         */
        public int lostWithout() {
            return unique.critical() + unique.important();
        }
    }

    /**
     * How much two agents' findings overlap.
     *
     * @param a one agent
     * @param b the other
     * @param both findings attributed to both
     * @param either findings attributed to one or both
     * @param jaccard {@code both / either}, or {@code null} when neither has a finding
     */
    public record Overlap(String a, String b, int both, int either, Double jaccard) {
    }

    /**
     * The best panel of one size.
     *
     * @param size how many agents
     * @param agents the panel that catches the most critical and important findings (ties: the most fixed, then by name)
     * @param caught critical and important findings it catches
     * @param caughtFixed fixed findings it catches
     * @param bestForFixed the panel that catches the most fixed findings
     * @param bestFixedCaught how many fixed findings that panel catches
     * @param exact whether every panel of the size was tried (else each size adds the agent that helps most)
     */
    public record Panel(int size, List<String> agents, int caught, int caughtFixed, List<String> bestForFixed, int bestFixedCaught,
            boolean exact) {
        /**
         * Checks the components.
         *
         * @param size see the record
         * @param agents see the record
         * @param caught see the record
         * @param caughtFixed see the record
         * @param bestForFixed see the record
         * @param bestFixedCaught see the record
         * @param exact see the record
         */
        public Panel {
            agents = List.copyOf(agents);
            bestForFixed = List.copyOf(bestForFixed);
        }
    }

    /**
     * The whole answer.
     *
     * @param reviews reviews counted
     * @param findings consolidated findings counted, by final severity
     * @param fixed of those, how many were fixed
     * @param rows one per agent, most unique critical and important findings first
     * @param overlaps one per pair of agents
     * @param panels one per panel size, 1 to the number of agents
     * @param seed the bootstrap's seed
     */
    public record Report(int reviews, SeverityCounts findings, int fixed, List<Row> rows, List<Overlap> overlaps, List<Panel> panels,
            long seed) {
        /**
         * Checks the components.
         *
         * @param reviews see the record
         * @param findings see the record
         * @param fixed see the record
         * @param rows see the record
         * @param overlaps see the record
         * @param panels see the record
         * @param seed see the record
         */
        public Report {
            rows = List.copyOf(rows);
            overlaps = List.copyOf(overlaps);
            panels = List.copyOf(panels);
        }
    }

    /**
     * Computes every figure over some reviews' facts.
     *
     * @param facts the reviews, in any order (they are sorted by id, so the result does not depend on it)
     * @param seed the bootstrap's seed: the same seed gives the same intervals
     * @return the figures
     */
    public static Report of(List<ReviewFacts> facts, long seed) {
        List<ReviewFacts> reviews = facts.stream().sorted(Comparator.comparing(ReviewFacts::id)).toList();
        Set<String> agentSet = new TreeSet<>();
        reviews.forEach(r -> r.runs().stream().filter(run -> !run.failed()).forEach(run -> agentSet.add(run.agent())));
        reviews.forEach(r -> r.findings().forEach(f -> agentSet.addAll(f.agents())));
        List<String> agents = List.copyOf(agentSet);
        SeverityCounts all = SeverityCounts.ZERO;
        int fixedAll = 0;
        for (ReviewFacts r : reviews) {
            for (FindingFacts f : r.findings()) {
                all = all.plus(f.severity(), 1);
                fixedAll += f.fixed() ? 1 : 0;
            }
        }
        List<Row> rows = new ArrayList<>();
        Random random = new Random(seed);
        for (String agent : agents) {
            rows.add(row(agent, reviews, fixedAll, random));
        }
        rows.sort(Comparator.comparingInt(Row::lostWithout).reversed().thenComparing(Comparator.comparingInt(
                (Row r) -> r.unique().total()).reversed()).thenComparing(Row::agent));
        return new Report(reviews.size(), all, fixedAll, rows, overlaps(agents, reviews), panels(agents, reviews), seed);
    }

    private static Row row(String agent, List<ReviewFacts> reviews, int fixedAll, Random random) {
        int runs = 0;
        int failed = 0;
        int empty = 0;
        int known = 0;
        SeverityCounts credited = SeverityCounts.ZERO;
        SeverityCounts unique = SeverityCounts.ZERO;
        int uniqueFixed = 0;
        List<Integer> uniquePerReview = new ArrayList<>();
        List<Double> minutes = new ArrayList<>();
        List<Double> tools = new ArrayList<>();
        long timedSeconds = 0;
        int timedUniqueCi = 0;
        for (ReviewFacts r : reviews) {
            RunFacts run = r.runs().stream().filter(x -> x.agent().equals(agent)).findFirst().orElse(null);
            int uniqueHere = 0;
            int uniqueCiHere = 0;
            for (FindingFacts f : r.findings()) {
                if (!f.agents().contains(agent)) {
                    continue;
                }
                credited = credited.plus(f.severity(), 1);
                if (f.agents().size() == 1) {
                    unique = unique.plus(f.severity(), 1);
                    uniqueFixed += f.fixed() ? 1 : 0;
                    uniqueHere++;
                    uniqueCiHere += f.criticalOrImportant() ? 1 : 0;
                }
            }
            if (run == null) {
                continue;
            }
            if (run.failed()) {
                failed++;
                continue;
            }
            runs++;
            uniquePerReview.add(uniqueHere);
            if (run.empty() != null) {
                known++;
                empty += run.empty() ? 1 : 0;
            }
            if (run.seconds() != null) {
                minutes.add(run.seconds() / 60.0);
                timedSeconds += run.seconds();
                timedUniqueCi += uniqueCiHere;
            }
            if (run.toolCalls() != null) {
                tools.add((double) run.toolCalls());
            }
        }
        double perRun = runs == 0 ? 0 : uniquePerReview.stream().mapToInt(Integer::intValue).sum() / (double) runs;
        double[] interval = bootstrap(uniquePerReview, random);
        return new Row(agent, runs, failed, empty, known, credited, unique, uniqueFixed, perRun, interval[0], interval[1],
                fixedAll == 0 ? null : uniqueFixed / (double) fixedAll, median(minutes), minutes.size(), median(tools),
                timedSeconds == 0 ? null : timedUniqueCi / (timedSeconds / 3600.0));
    }

    /** A 95% percentile interval of the mean over resamples of the reviews, with replacement. */
    static double[] bootstrap(List<Integer> perReview, Random random) {
        int n = perReview.size();
        if (n == 0) {
            return new double[] {0, 0};
        }
        double[] means = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += perReview.get(random.nextInt(n));
            }
            means[b] = sum / (double) n;
        }
        Arrays.sort(means);
        return new double[] {means[(int) Math.floor(0.025 * (RESAMPLES - 1))], means[(int) Math.ceil(0.975 * (RESAMPLES - 1))]};
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static List<Overlap> overlaps(List<String> agents, List<ReviewFacts> reviews) {
        List<Overlap> out = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            for (int j = i + 1; j < agents.size(); j++) {
                String a = agents.get(i);
                String b = agents.get(j);
                int both = 0;
                int either = 0;
                for (ReviewFacts r : reviews) {
                    for (FindingFacts f : r.findings()) {
                        boolean hasA = f.agents().contains(a);
                        boolean hasB = f.agents().contains(b);
                        both += hasA && hasB ? 1 : 0;
                        either += hasA || hasB ? 1 : 0;
                    }
                }
                out.add(new Overlap(a, b, both, either, either == 0 ? null : both / (double) either));
            }
        }
        return out;
    }

    /** Each finding as a bit set of its agents (by index in {@code agents}), with its kind. */
    private record Masked(long agents, boolean criticalOrImportant, boolean fixed) {
    }

    private static List<Panel> panels(List<String> agents, List<ReviewFacts> reviews) {
        int n = agents.size();
        if (n == 0 || n > 63) {
            return List.of();
        }
        List<Masked> masked = new ArrayList<>();
        for (ReviewFacts r : reviews) {
            for (FindingFacts f : r.findings()) {
                long m = 0;
                for (String a : f.agents()) {
                    m |= 1L << agents.indexOf(a);
                }
                masked.add(new Masked(m, f.criticalOrImportant(), f.fixed()));
            }
        }
        List<Panel> out = new ArrayList<>();
        if (n <= EXACT_PANEL_AGENTS) {
            long[] best = new long[n + 1];
            int[] bestCi = new int[n + 1];
            int[] bestCiFixed = new int[n + 1];
            long[] bestF = new long[n + 1];
            int[] bestFixed = new int[n + 1];
            Arrays.fill(bestCi, -1);
            Arrays.fill(bestFixed, -1);
            for (long panel = 1; panel < (1L << n); panel++) {
                int size = Long.bitCount(panel);
                int[] c = caught(masked, panel);
                int ci = c[0];
                int fixed = c[1];
                if (ci > bestCi[size] || (ci == bestCi[size] && (fixed > bestCiFixed[size]
                        || (fixed == bestCiFixed[size] && names(agents, panel).toString().compareTo(names(agents, best[size]).toString()) < 0)))) {
                    best[size] = panel;
                    bestCi[size] = ci;
                    bestCiFixed[size] = fixed;
                }
                if (fixed > bestFixed[size] || (fixed == bestFixed[size]
                        && names(agents, panel).toString().compareTo(names(agents, bestF[size]).toString()) < 0)) {
                    bestF[size] = panel;
                    bestFixed[size] = fixed;
                }
            }
            for (int size = 1; size <= n; size++) {
                out.add(new Panel(size, names(agents, best[size]), bestCi[size], bestCiFixed[size], names(agents, bestF[size]),
                        bestFixed[size], true));
            }
            return out;
        }
        // Too many agents to try every panel: grow one panel greedily, adding the agent that catches most.
        long panel = 0;
        for (int size = 1; size <= n; size++) {
            long chosen = -1;
            int chosenCi = -1;
            int chosenFixed = -1;
            for (int a = 0; a < n; a++) {
                if ((panel & (1L << a)) != 0) {
                    continue;
                }
                long candidate = panel | (1L << a);
                int[] c = caught(masked, candidate);
                int ci = c[0];
                int fixed = c[1];
                if (ci > chosenCi || (ci == chosenCi && fixed > chosenFixed)) {
                    chosen = candidate;
                    chosenCi = ci;
                    chosenFixed = fixed;
                }
            }
            panel = chosen;
            out.add(new Panel(size, names(agents, panel), chosenCi, chosenFixed, names(agents, panel), chosenFixed, false));
        }
        return out;
    }

    /** The critical-or-important and the fixed findings a panel is attributed. */
    private static int[] caught(List<Masked> masked, long panel) {
        int ci = 0;
        int fixed = 0;
        for (Masked m : masked) {
            if ((m.agents() & panel) != 0) {
                ci += m.criticalOrImportant() ? 1 : 0;
                fixed += m.fixed() ? 1 : 0;
            }
        }
        return new int[] {ci, fixed};
    }

    private static List<String> names(List<String> agents, long panel) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            if ((panel & (1L << i)) != 0) {
                out.add(agents.get(i));
            }
        }
        return out;
    }
}
