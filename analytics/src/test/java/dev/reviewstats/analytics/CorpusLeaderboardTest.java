package dev.reviewstats.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.DiagnosticLevel;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.ParseResult;
import dev.reviewstats.parse.ReviewLoader;
import dev.reviewstats.parse.ReviewParser;
import dev.reviewstats.testing.SharedCorpus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked figures from three real reviews, and the leaderboard over the whole corpus. */
class CorpusLeaderboardTest {
    private static Review review(String file) {
        return ((ParseResult.Parsed) ReviewParser.create().parse(SharedCorpus.review(file))).review();
    }

    private static AgentReview row(Review r, String agent) {
        return AgentReview.of(r, Grouping.FAMILY).stream().filter(a -> a.agent().equals(agent)).findFirst().orElseThrow();
    }

    private static List<String> credited(Review r, String family) {
        return r.findings().stream().filter(f -> f.isAttributedTo(family)).map(Finding::id).toList();
    }

    @Test
    void pr316GeminiRaisedThreeWasDowngradedTwiceAndIsCreditedWithThree() {
        Review r = review("20260415-184215-pr-316.md");
        AgentReview gemini = row(r, "Gemini");
        assertThat(gemini.raised()).isEqualTo(3);
        assertThat(gemini.downgraded()).isEqualTo(2);
        assertThat(credited(r, "Gemini")).containsExactly("I1", "S1", "S2");
        assertThat(credited(r, "Codex")).containsExactly("I2", "S1");
        AgentReview codex = row(r, "Codex");
        assertThat(codex.raised()).isEqualTo(2);
        assertThat(codex.credited().toString()).isEqualTo("1I 1S");
        assertThat(codex.unique()).isEqualTo(1);
        assertThat(codex.consensus()).isEqualTo(1);
        assertThat(row(r, "Claude").unique()).isEqualTo(1);
        // Every resolution row naming a finding is a fix in this review.
        assertThat(gemini.resolved()).isEqualTo(3);
        assertThat(gemini.fixed()).isEqualTo(3);
    }

    @Test
    void pr188WithoutReconciliationTakesFalsePositivesFromTheTableAndTheDowngradeFromTheCalibrationNote() {
        Review r = review("20260315-180016-pr-188.md");
        AgentReview claude = row(r, "Claude");
        AgentReview codex = row(r, "Codex");
        AgentReview gemini = row(r, "Gemini");
        assertThat(List.of(claude.raised(), codex.raised(), gemini.raised())).containsExactly(2, 1, 2);
        assertThat(claude.credited().toString()).isEqualTo("1I 1S");
        assertThat(codex.credited().toString()).isEqualTo("1I");
        assertThat(List.of(claude.unique(), codex.unique(), gemini.unique())).containsExactly(1, 0, 1);
        assertThat(List.of(claude.falsePositives(), codex.falsePositives(), gemini.falsePositives())).containsExactly(0, 0, 0);
        // "Gemini rated this Critical; … Assessment: Important." inside I1, and Gemini's own I1 ("Unhandled
        // `IsNotFound` error …", kube_namespace_reconciler.go:31-34, important) is the consolidated S1 at the
        // same lines: the guide's rule for reports that state no change compares the two severities.
        assertThat(gemini.downgraded()).isEqualTo(2);
        assertThat(claude.downgraded()).isZero();
        // No reconciliation, but every finding of each agent's own review links to a consolidated one.
        assertThat(List.of(claude.dropped(), codex.dropped(), gemini.dropped())).containsExactly(0, 0, 0);
    }

    @Test
    void pr316Round3CreditsCodexWithMoreThanItsOwnReviewRaised() {
        Review r = review("20260416-144208-pr-316.md");
        AgentReview codex = row(r, "Codex");
        assertThat(codex.raised()).isEqualTo(2);
        assertThat(codex.credited().total()).isEqualTo(3);
        assertThat(row(r, "Gemini").raised()).isZero();
        assertThat(row(r, "Claude").credited().toString()).isEqualTo("6S");
    }

    @Test
    void lintReportsThatPr316SummaryTableUndercountsGeminisFindings() {
        List<LintIssue> issues = Lint.check(review("20260415-184215-pr-316.md"), DiagnosticLevel.WARNING);
        assertThat(issues).filteredOn(LintIssue::inconsistency).extracting(LintIssue::code, LintIssue::message)
                .contains(org.assertj.core.groups.Tuple.tuple("L101",
                        "summary table says Gemini findings 1I 1S, but the findings credited to it give 1I 2S"));
    }

    @Test
    void theCorpusLeaderboardListsEveryFamilyAndModelRowsSplitVersions() {
        List<Review> reviews = ReviewLoader.create().load(SharedCorpus.daemonHistory()).reviews();
        Leaderboard byFamily = Leaderboard.compute(reviews, Leaderboard.Options.DEFAULT);
        assertThat(byFamily.reviews()).isEqualTo(102);
        assertThat(byFamily.ranked()).extracting(AgentScore::agent).containsExactlyInAnyOrder("Claude", "Codex", "Gemini");
        for (AgentScore s : byFamily.ranked()) {
            assertThat(s.falsePositiveRate().isKnown()).isTrue();
            assertThat(s.downgradeRate().isKnown()).isTrue();
            assertThat(s.keepRate().isKnown()).isTrue();
            assertThat(s.fixRate().isKnown()).isTrue();
            assertThat(s.medianDurationSeconds()).isNotNull();
            assertThat(s.medianToolCalls()).isNotNull();
        }
        Leaderboard byModel = Leaderboard.compute(reviews, new Leaderboard.Options(Grouping.MODEL, ReviewFilter.ALL, 10,
                Metric.UNIQUE));
        assertThat(byModel.all()).extracting(AgentScore::agent)
                .contains("Claude Opus 4.6", "Claude Opus 4.7", "Codex GPT 5.4", "Codex GPT 5.5", "Gemini 3.1 Pro");
        int familyRaised = byFamily.all().stream().filter(s -> s.agent().equals("Claude")).findFirst().orElseThrow().raised();
        int modelRaised = byModel.all().stream().filter(s -> s.agent().startsWith("Claude")).mapToInt(AgentScore::raised).sum();
        assertThat(modelRaised).isEqualTo(familyRaised);
        assertThat(ReviewTables.agentReviews(reviews, Grouping.FAMILY).rowCount())
                .isEqualTo(reviews.stream().mapToInt(r -> (int) r.reviewers().stream().map(Agent::family).distinct().count()).sum());
    }
}
