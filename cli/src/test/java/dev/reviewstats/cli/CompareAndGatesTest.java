package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.analytics.ProportionTest;
import dev.reviewstats.analytics.Rate;
import dev.reviewstats.testing.SharedCorpus;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code compare} and {@code --fail-if}, on the bundled samples (known counts) and on the corpus. */
class CompareAndGatesTest {
    private static final String SAMPLES = Path.of(System.getProperty("reviewstats.repoRoot", "..")).resolve("samples/reviews").toString();

    private static List<Map<String, String>> csv(String text) {
        return ParseCommandTest.csvRows(text);
    }

    @Test
    void comparingTwoModelsUsesTheLeaderboardsCountsAndTheTestedStatistics() {
        ParseCommandTest.Run r = run("compare", "--models", "Claude Opus 4.6", "Claude Opus 4.7", "--metric", "fp-rate", "--format", "csv",
                "--no-cache", SAMPLES);
        assertThat(r.exit()).as(r.err()).isZero();
        List<Map<String, String>> rows = csv(r.out());
        assertThat(rows).hasSize(1);
        Map<String, String> row = rows.get(0);
        // The samples' counts, as `--by model` prints them: Opus 4.6 2 false positives of 41, Opus 4.7 10 of 122.
        assertThat(List.of(row.get("left_count"), row.get("left_base"), row.get("right_count"), row.get("right_base")))
                .containsExactly("2", "41", "10", "122");
        ProportionTest.Result expected = ProportionTest.compare(Rate.of(2, 41), Rate.of(10, 122));
        assertThat(row.get("difference")).isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", expected.difference()));
        assertThat(row.get("p_value")).isEqualTo(String.format(java.util.Locale.ROOT, "%.4f", expected.pValue()));
        // scipy.stats.fisher_exact([[2, 39], [10, 112]]) = 0.731900 (an expected count under 5: the exact test).
        assertThat(Double.parseDouble(row.get("p_value"))).isBetween(0.7314, 0.7324);
        assertThat(row.get("test")).isEqualTo("fisher_exact");
        assertThat(row.get("significant")).isEqualTo("false");
        assertThat(row.get("verdict")).startsWith("no detectable difference yet; about ").endsWith(" more reviews each side needed");
    }

    @Test
    void aModelTheInputDoesNotHaveIsAUsageErrorNamingTheOnesItHas() {
        ParseCommandTest.Run r = run("compare", "--models", "Claude Opus 9", "Claude Opus 4.7", "--no-cache", SAMPLES);
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.err()).contains("no reviewer 'Claude Opus 9' in the input; models found: ").contains("Claude Opus 4.6");
    }

    @Test
    void withNoGroupsEachFamilysConsecutiveModelVersionsAreComparedWithAVerdict() {
        ParseCommandTest.Run r = run("compare", "--no-cache", SharedCorpus.reviews().toString());
        assertThat(r.out()).contains("Claude Opus 4.6  Claude Opus 4.7", "Codex GPT 5.4    Codex GPT 5.5");
        // Gemini 2.5 Pro ran once, as a fallback: no model change, listed apart (the charts' rule).
        assertThat(r.out()).doesNotContain("Gemini 3.1 Pro   Gemini 2.5 Pro")
                .contains("One-off runs, not compared (a model counts as a change from its 3rd review): Gemini 2.5 Pro (1 review, from 2026-03-25)");
        assertThat(r.out().lines().filter(l -> l.startsWith("Claude Opus 4.6 ")).toList()).hasSize(4)
                .allSatisfy(l -> assertThat(l).containsPattern("a real difference|no detectable difference|no real difference once the tests"));
        // Sixteen tests run together: the fix rate's p of 0.035 is no real difference after Holm's adjustment.
        assertThat(r.out()).contains("p (Holm)").containsPattern(
                "Claude Opus 4.6 +Claude Opus 4.7 +Claude +fix rate .* 0\\.035 +0\\.\\d{3} .*no real difference once the tests run together");
    }

    @Test
    void aModelChangeIsNamedByItsTypedFamilyNotTheModelsFirstWord(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        // Six reviews of the six-reviewer fixture: three with Qwen3 Coder Next, three with Qwen3 Coder Plus.
        String fixture = java.nio.file.Files.readString(Path.of("src/test/resources/fixtures/six-reviewers.md"));
        for (int i = 0; i < 6; i++) {
            String id = "2026101" + i + "-101500-pr-90" + i;
            String text = fixture.replace("20261012-101500-pr-901", id).replace("2026-10-12", "2026-10-1" + i)
                    .replace("#901", "#90" + i);
            if (i >= 3) {
                text = text.replace("Qwen3 Coder Next", "Qwen3 Coder Plus");
            }
            java.nio.file.Files.writeString(dir.resolve(id + ".md"), text);
        }
        ParseCommandTest.Run r = run("compare", "--format", "csv", "--no-cache", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<Map<String, String>> qwen = csv(r.out()).stream().filter(row -> row.get("left").equals("Qwen3 Coder Next")).toList();
        assertThat(qwen).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("right")).isEqualTo("Qwen3 Coder Plus");
            assertThat(row.get("agent")).isEqualTo("Qwen");
        });
    }

    @Test
    void sinceLastSplitsTheReviewsAtTheDateWithNothingLost() {
        ParseCommandTest.Run r = run("compare", "--since-last", "2026-03-01", "--metric", "fp-rate", "--format", "csv", "--no-cache", SAMPLES);
        assertThat(r.exit()).as(r.err()).isZero();
        java.util.Map<String, String> claude = csv(r.out()).stream().filter(m -> m.get("agent").equals("Claude")).findFirst().orElseThrow();
        assertThat(claude.get("left")).isEqualTo("before 2026-03-01");
        assertThat(claude.get("right")).isEqualTo("since 2026-03-01");
        // Every sample review is dated: the two sides' bases add up to the leaderboard's raised.
        ParseCommandTest.Run board = run("--format", "csv", "--no-cache", SAMPLES);
        java.util.Map<String, String> row = csv(board.out()).stream().filter(m -> m.get("agent").equals("Claude")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(claude.get("left_base")) + Integer.parseInt(claude.get("right_base")))
                .isEqualTo(Integer.parseInt(row.get("raised")));
    }

    @Test
    void effortsCompareOneModelAtTwoSettings() {
        // The hand-made reviews of the value tests: Claude Opus 5 ran at xhigh twice and at high once.
        ParseCommandTest.Run r = run("compare", "--efforts", "high", "xhigh", "--format", "csv", "--no-cache",
                "../analytics/src/test/resources/value");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(csv(r.out())).isNotEmpty().allSatisfy(m -> {
            assertThat(m.get("left")).isEqualTo("Claude Opus 5 (effort: high)");
            assertThat(m.get("right")).isEqualTo("Claude Opus 5 (effort: xhigh)");
        });
        assertThat(run("compare", "--efforts", "low", "max", "../analytics/src/test/resources/value").err())
                .contains("no model ran at both effort low and max").contains("Claude Opus 5 (effort: xhigh)");
    }

    @Test
    void pairedComparesTwoAgentsOnTheReviewsBothRanAndNamesTheTest() {
        ParseCommandTest.Run r = run("compare", "--paired", "--models", "Claude", "Gemini", "--metric", "fp-rate", "--format", "csv",
                "--no-cache", SAMPLES);
        assertThat(r.exit()).as(r.err()).isZero();
        java.util.Map<String, String> row = csv(r.out()).get(0);
        assertThat(row.get("test")).contains("exact sign test (two-sided binomial, p = 1/2, ties set aside)");
        int higher = Integer.parseInt(row.get("right_higher"));
        int lower = Integer.parseInt(row.get("left_higher"));
        assertThat(higher + lower + Integer.parseInt(row.get("ties"))).isEqualTo(Integer.parseInt(row.get("paired")));
        // One test: no adjustment, and the p-value is the exact binomial one for the counts printed.
        assertThat(row.get("p_holm")).isEmpty();
        assertThat(Double.parseDouble(row.get("p_value"))).isCloseTo(
                dev.reviewstats.analytics.PairedComparison.signTest(higher, lower), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(run("compare", "--paired", SAMPLES).exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run("compare", "--paired", "--models", "Claude", "Gemni", SAMPLES).err()).contains("no reviewer 'Gemni'");
    }

    @Test
    void periodsAndRepositoriesAreTwoSidesOfTheSameAgents() {
        ParseCommandTest.Run r = run("compare", "--periods", "2026-02", "2026-04", "--metric", "fp-rate", "--format", "csv", "--no-cache", SAMPLES);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(csv(r.out())).extracting(m -> m.get("agent")).contains("Claude", "Codex", "Gemini");
        assertThat(run("compare", "--periods", "2026-02", "April", SAMPLES).exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run("compare", "--periods", "2026-02", "2026-04", "--repos", "a", "b", SAMPLES).exit()).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void aGateThatHoldsExitsZeroAndOneThatFailsExitsSixWithOneLineEach() {
        ParseCommandTest.Run pass = run("--no-cache", "--fail-if", "fp-rate(Gemini) > 50%", SAMPLES);
        assertThat(pass.exit()).as(pass.err()).isZero();
        assertThat(pass.err()).contains("review-stats: gate 'fp-rate(Gemini) > 50%': passed (Gemini 24% [17–32] 29/122)");

        ParseCommandTest.Run fail = run("--no-cache", "--fail-if", "fp-rate(Gemini) > 50%", "--fail-if", "keep-rate(Claude) < 95%", SAMPLES);
        assertThat(fail.exit()).isEqualTo(ExitCode.GATE_FAILED.code()).isEqualTo(6);
        assertThat(fail.err().lines().filter(l -> l.contains("gate '"))).containsExactly(
                "review-stats: gate 'fp-rate(Gemini) > 50%': passed (Gemini 24% [17–32] 29/122)",
                "review-stats: gate 'keep-rate(Claude) < 95%': FAILED by Claude 93% [88–96] 151/163");
        // The leaderboard is printed all the same.
        assertThat(fail.out()).contains("Agent leaderboard");
    }

    @Test
    void aGateOnAFamilyNamesEveryModelOfItsTypedFamily() {
        // "Qwen3 Coder Next" is of the Qwen family though its name does not start "Qwen ".
        ParseCommandTest.Run r = run("--no-cache", "--by", "model", "--min-raised", "0", "--fail-if", "keep-rate(Qwen) < 10%",
                "src/test/resources/fixtures/six-reviewers.md");
        // The fixture has no appendix, so the rate is unknown: the gate finds the row and says so.
        assertThat(r.err().lines().filter(l -> l.contains("gate '")).toList()).singleElement().asString()
                .isEqualTo("review-stats: gate 'keep-rate(Qwen) < 10%': FAILED, not evaluated: Qwen3 Coder Next unknown"
                        + " (no raised findings accounted for)");
        ParseCommandTest.Run unknown = run("--no-cache", "--by", "model", "--fail-if", "keep-rate(Mistral) < 10%",
                "src/test/resources/fixtures/six-reviewers.md");
        assertThat(unknown.err()).contains("no agent or family 'Mistral' in these reviews")
                .contains("(families: Claude, Codex, GLM, Gemini, Gemma, Qwen)");
    }

    @Test
    void aSmallSampleDoesNotFailABuildWhenGatingOnTheInterval() {
        // The last 3 reviews: Gemini 5 false positives of 11, 45% [21–72]. Past 30% as a point, not as an interval.
        String gate = "fp-rate(Gemini) > 30% over last 3 reviews";
        ParseCommandTest.Run point = run("--no-cache", "--fail-if", gate, SAMPLES);
        assertThat(point.exit()).isEqualTo(ExitCode.GATE_FAILED.code());
        assertThat(point.err()).contains("over the last 3 reviews: FAILED by Gemini 45% [21–72] 5/11");
        ParseCommandTest.Run interval = run("--no-cache", "--fail-if", gate, "--gate-on", "interval", SAMPLES);
        assertThat(interval.exit()).as(interval.err()).isZero();
        assertThat(interval.err()).contains("(on the 95% interval) over the last 3 reviews: passed (Gemini 45% [21–72] 5/11)");
    }

    @Test
    void aGateThatIsNotOneIsAUsageError() {
        ParseCommandTest.Run r = run("--fail-if", "fpr > 9", SAMPLES);
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.err()).contains("'fpr > 9' is no gate");
    }

    @Test
    void aGateNamingAnAgentNoReviewHasIsAUsageErrorListingTheKnownOnes() {
        ParseCommandTest.Run r = run("--fail-if", "fp-rate(Gemni) > 20%", "--no-cache", SAMPLES);
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.err()).contains("no agent or family 'Gemni' in these reviews; known: Claude, Codex, Gemini");
        // Case and a model's spelling do not make a typo: the family and the model match as written.
        assertThat(run("--fail-if", "fp-rate(gemini) > 99%", "--no-cache", SAMPLES).exit()).isZero();
    }

    @Test
    void aGateThatCouldNotBeCheckedFailsUnlessTheRunSaysItMayPass() {
        String six = Path.of("src/test/resources/fixtures/six-reviewers.md").toString();
        // The latest review accounts for none of Gemma's findings: its rate is unknown there.
        ParseCommandTest.Run r = run("--min-raised", "0", "--fail-if", "fp-rate(Gemma) > 50% over last 1 reviews", "--no-cache", SAMPLES, six);
        assertThat(r.exit()).isEqualTo(ExitCode.GATE_FAILED.code());
        assertThat(r.err()).contains("FAILED, not evaluated: Gemma unknown");
        ParseCommandTest.Run passing = run("--min-raised", "0", "--gate-missing", "pass", "--fail-if", "fp-rate(Gemma) > 50% over last 1 reviews",
                "--no-cache", SAMPLES, six);
        assertThat(passing.exit()).isZero();
        assertThat(passing.err()).contains("passed (--gate-missing pass), not evaluated");
    }
}
