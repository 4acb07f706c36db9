package dev.reviewstats.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reviewstats.model.Review;
import dev.reviewstats.model.SeverityCounts;
import dev.reviewstats.parse.LoadResult;
import dev.reviewstats.parse.ReviewLoader;
import dev.reviewstats.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The value figures on three reviews written by hand (src/test/resources/value), each figure worked
 * out below from the reports themselves, not by calling the code under test.
 *
 * <pre>
 * review  finding  severity   agents           fixed   retro: minutes, tool calls
 * pr-1    C1       critical   Claude, Codex    yes     Claude 10, 40 · Codex 4, 20 · Gemini 6, 10
 *         I1       important  Gemini           yes
 *         I2       important  Claude           no (Skipped)
 *         S1       suggestion Codex            yes
 * pr-2    I1       important  Claude, Gemini   yes     Claude 20, 60 · Codex 2, 10 (Findings "none") · Gemini 8, 30
 *         S1       suggestion Gemini           yes (Test written)
 *         S2       suggestion Claude           no (Skipped)
 * pr-3    I1       important  Codex            yes     Claude 12, 30 · Codex 6, 50 (Gemini struck out: "429 capacity")
 *         S1       suggestion Claude           yes
 * </pre>
 */
class AgentValueTest {
    private static final Path HAND_MADE = Path.of("src/test/resources/value");

    private static List<Review> reviews() {
        LoadResult loaded = ReviewLoader.create().load(List.of(HAND_MADE));
        assertThat(loaded.skipped()).isEmpty();
        return loaded.reviews();
    }

    private static AgentValue.Report report(Grouping g, long seed) {
        return AgentValue.of(reviews().stream().map(r -> AgentValue.facts(r, g)).toList(), seed);
    }

    private static AgentValue.Row row(AgentValue.Report r, String agent) {
        return r.rows().stream().filter(x -> x.agent().equals(agent)).findFirst().orElseThrow();
    }

    @Test
    void everyFigureOfTheHandMadeReviewsIsAsWorkedOut() {
        AgentValue.Report r = report(Grouping.FAMILY, 7);
        assertThat(r.reviews()).isEqualTo(3);
        // 1 critical; important: pr-1 I1, I2, pr-2 I1, pr-3 I1; suggestions: pr-1 S1, pr-2 S1, S2, pr-3 S1.
        assertThat(r.findings()).isEqualTo(new SeverityCounts(1, 4, 4));
        // Fixed: pr-1 C1, I1, S1; pr-2 I1, S1 (a test written counts); pr-3 I1, S1.
        assertThat(r.fixed()).isEqualTo(7);

        AgentValue.Row claude = row(r, "Claude");
        assertThat(claude.runs()).isEqualTo(3);
        // Credited: pr-1 C1, I2; pr-2 I1, S2; pr-3 S1. Alone: pr-1 I2, pr-2 S2, pr-3 S1.
        assertThat(claude.credited()).isEqualTo(new SeverityCounts(1, 2, 2));
        assertThat(claude.unique()).isEqualTo(new SeverityCounts(0, 1, 2));
        assertThat(claude.uniqueFixed()).isEqualTo(1);
        assertThat(claude.lostWithout()).isEqualTo(1);
        assertThat(claude.uniquePerRun()).isCloseTo(3 / 3.0, within(1e-9));
        assertThat(claude.shareOfFixed()).isCloseTo(1 / 7.0, within(1e-9));
        assertThat(claude.emptyRuns()).isZero();
        assertThat(claude.runsKnownEmptyOrNot()).isEqualTo(3);
        // Minutes 10, 20, 12: median 12. Tool calls 40, 60, 30: median 40.
        assertThat(claude.medianMinutes()).isCloseTo(12.0, within(1e-9));
        assertThat(claude.medianToolCalls()).isCloseTo(40.0, within(1e-9));
        // One unique critical-or-important finding (pr-1 I2) in 10 + 20 + 12 = 42 minutes.
        assertThat(claude.uniqueCriticalImportantPerHour()).isCloseTo(1 / (42 / 60.0), within(1e-9));

        AgentValue.Row codex = row(r, "Codex");
        assertThat(codex.runs()).isEqualTo(3);
        assertThat(codex.credited()).isEqualTo(new SeverityCounts(1, 1, 1));
        assertThat(codex.unique()).isEqualTo(new SeverityCounts(0, 1, 1));
        assertThat(codex.uniqueFixed()).isEqualTo(2);
        // Unique per review 1, 0, 1.
        assertThat(codex.uniquePerRun()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(codex.shareOfFixed()).isCloseTo(2 / 7.0, within(1e-9));
        // pr-2's Findings cell says "none", which the parser does not take as a count: two runs known.
        assertThat(codex.runsKnownEmptyOrNot()).isEqualTo(2);
        assertThat(codex.emptyRuns()).isZero();
        assertThat(codex.medianMinutes()).isCloseTo(4.0, within(1e-9));
        assertThat(codex.medianToolCalls()).isCloseTo(20.0, within(1e-9));
        // pr-3 I1 in 4 + 2 + 6 = 12 minutes.
        assertThat(codex.uniqueCriticalImportantPerHour()).isCloseTo(1 / (12 / 60.0), within(1e-9));

        AgentValue.Row gemini = row(r, "Gemini");
        // pr-3 strikes Gemini out: a failed run, not among its two runs.
        assertThat(gemini.runs()).isEqualTo(2);
        assertThat(gemini.failedRuns()).isEqualTo(1);
        assertThat(claude.failedRuns()).isZero();
        assertThat(codex.failedRuns()).isZero();
        assertThat(gemini.unique()).isEqualTo(new SeverityCounts(0, 1, 1));
        assertThat(gemini.uniqueFixed()).isEqualTo(2);
        assertThat(gemini.medianMinutes()).isCloseTo(7.0, within(1e-9));
        assertThat(gemini.medianToolCalls()).isCloseTo(20.0, within(1e-9));
        assertThat(gemini.uniqueCriticalImportantPerHour()).isCloseTo(1 / (14 / 60.0), within(1e-9));

        // Overlap: Claude has 5 findings, Codex 3, Gemini 3; Claude+Codex share pr-1 C1, Claude+Gemini pr-2 I1.
        Map<String, AgentValue.Overlap> overlaps = r.overlaps().stream().collect(Collectors.toMap(o -> o.a() + "/" + o.b(), o -> o));
        assertThat(overlaps.get("Claude/Codex").both()).isEqualTo(1);
        assertThat(overlaps.get("Claude/Codex").either()).isEqualTo(7);
        assertThat(overlaps.get("Claude/Gemini").jaccard()).isCloseTo(1 / 7.0, within(1e-9));
        assertThat(overlaps.get("Codex/Gemini").both()).isZero();
        assertThat(overlaps.get("Codex/Gemini").either()).isEqualTo(6);

        // Panels over the 5 critical-or-important findings: alone, Claude catches 3 (C1, I2, pr-2 I1).
        // Every pair catches 4; Codex + Gemini catches the most fixed findings (6 of 7), so it is the pair.
        assertThat(r.panels()).extracting(AgentValue.Panel::agents).containsExactly(List.of("Claude"), List.of("Codex", "Gemini"),
                List.of("Claude", "Codex", "Gemini"));
        assertThat(r.panels()).extracting(AgentValue.Panel::caught).containsExactly(3, 4, 5);
        assertThat(r.panels()).extracting(AgentValue.Panel::caughtFixed).containsExactly(3, 6, 7);
        assertThat(r.panels()).allMatch(AgentValue.Panel::exact);
    }

    @Test
    void effortIsADimensionOfItsOwn() {
        AgentValue.Report r = report(Grouping.MODEL_EFFORT, 7);
        assertThat(r.rows()).extracting(AgentValue.Row::agent).contains("Claude Opus 5 (effort: xhigh)", "Claude Opus 5 (effort: high)");
        // At xhigh (pr-1, pr-2): pr-1 I2 and pr-2 S2 alone; at high (pr-3): S1.
        assertThat(row(r, "Claude Opus 5 (effort: xhigh)").unique()).isEqualTo(new SeverityCounts(0, 1, 1));
        assertThat(row(r, "Claude Opus 5 (effort: xhigh)").runs()).isEqualTo(2);
        assertThat(row(r, "Claude Opus 5 (effort: high)").unique()).isEqualTo(new SeverityCounts(0, 0, 1));
    }

    @Test
    void bootstrapIntervalsAreReproducibleWithTheSeedAndHoldTheEstimate() {
        AgentValue.Report a = report(Grouping.FAMILY, 42);
        AgentValue.Report b = report(Grouping.FAMILY, 42);
        assertThat(a).isEqualTo(b);
        for (AgentValue.Row row : a.rows()) {
            assertThat(row.uniquePerRunLow()).isLessThanOrEqualTo(row.uniquePerRun());
            assertThat(row.uniquePerRunHigh()).isGreaterThanOrEqualTo(row.uniquePerRun());
        }
        // Codex's unique findings per review are 1, 0, 1: every resample's mean lies in [0, 1].
        assertThat(row(a, "Codex").uniquePerRunLow()).isBetween(0.0, 2 / 3.0);
        assertThat(row(a, "Codex").uniquePerRunHigh()).isBetween(2 / 3.0, 1.0);
        // Claude's are 1, 1, 1: no resample can differ.
        assertThat(row(a, "Claude").uniquePerRunLow()).isEqualTo(1.0);
        assertThat(row(a, "Claude").uniquePerRunHigh()).isEqualTo(1.0);
    }

    /** The exact panel search against a brute force written here, over both shared histories by model (greedy there) and family. */
    @Test
    void bestPanelsMatchABruteForceSearch() {
        LoadResult loaded = ReviewLoader.create().load(List.of(SharedCorpus.root()));
        for (Grouping g : List.of(Grouping.FAMILY, Grouping.MODEL)) {
            List<AgentValue.ReviewFacts> facts = loaded.reviews().stream().map(r -> AgentValue.facts(r, g)).toList();
            AgentValue.Report report = AgentValue.of(facts, 1);
            List<String> agents = new ArrayList<>(new TreeSet<>(report.rows().stream().map(AgentValue.Row::agent).toList()));
            if (agents.size() > AgentValue.EXACT_PANEL_AGENTS) {
                // Greedy: each panel must still catch what it says it catches.
                for (AgentValue.Panel p : report.panels()) {
                    assertThat(caught(facts, Set.copyOf(p.agents()))).isEqualTo(p.caught());
                }
                continue;
            }
            for (AgentValue.Panel p : report.panels()) {
                int best = 0;
                for (List<String> panel : subsets(agents, p.size())) {
                    best = Math.max(best, caught(facts, Set.copyOf(panel)));
                }
                assertThat(p.caught()).as("%s size %d", g, p.size()).isEqualTo(best);
                assertThat(caught(facts, Set.copyOf(p.agents()))).isEqualTo(best);
            }
        }
    }

    private static int caught(List<AgentValue.ReviewFacts> facts, Set<String> panel) {
        int n = 0;
        for (AgentValue.ReviewFacts r : facts) {
            for (AgentValue.FindingFacts f : r.findings()) {
                boolean ci = f.severity() != dev.reviewstats.model.Severity.SUGGESTION;
                if (ci && f.agents().stream().anyMatch(panel::contains)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static List<List<String>> subsets(List<String> items, int size) {
        List<List<String>> out = new ArrayList<>();
        if (size == 0) {
            out.add(List.of());
            return out;
        }
        for (int i = 0; i <= items.size() - size; i++) {
            for (List<String> rest : subsets(items.subList(i + 1, items.size()), size - 1)) {
                List<String> s = new ArrayList<>();
                s.add(items.get(i));
                s.addAll(rest);
                out.add(s);
            }
        }
        return out;
    }
}
