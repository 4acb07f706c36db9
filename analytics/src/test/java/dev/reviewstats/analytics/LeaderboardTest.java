package dev.reviewstats.analytics;

import static dev.reviewstats.analytics.RateTest.assertInterval;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.PullRequest;
import dev.reviewstats.model.Resolution;
import dev.reviewstats.model.ResolutionAction;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Round;
import dev.reviewstats.model.SectionKind;
import dev.reviewstats.model.SectionState;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.parse.Ledgers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every leaderboard figure over two hand-made reviews, against counts and intervals worked out by
 * hand (the intervals solved outside this code; see RateTest).
 *
 * <p>Review A: Claude raised C1, I1, S1; Codex raised I1, S1. Kept: I1 [Claude, Codex], S1 [Claude],
 * S2 [Codex]. Claude's C1 was downgraded to I1 and its I1 rejected. Resolution: I1 fixed, S1 skipped,
 * S2 fixed. Review B (round 2): Claude raised I1, S1; Codex raised I1, S1. Kept: I1 [Codex],
 * S1 [Claude, Codex]. Claude's I1 rejected; Codex's S1 upgraded to I1. No resolution.
 */
class LeaderboardTest {
    static final Agent CLAUDE = Agent.of("Claude", "Opus 4.6");
    static final Agent CODEX = Agent.of("Codex", "GPT 5.4");

    static Finding finding(String id, Agent... agents) {
        Severity s = Severity.fromLetter(id.charAt(0)).orElseThrow();
        return new Finding(id, s, "finding " + id, List.of(), List.of(agents), List.of(), "", "", List.of(), false, 0);
    }

    static Judgement change(Agent a, String from, Severity fromS, Severity to, String finalId, JudgementOutcome kind) {
        return new Judgement(a, from, "", fromS, to, finalId, kind, "", JudgementSource.RECONCILIATION, 0);
    }

    static List<Review> reviews() {
        Review a = Review.builder("20260101-100000-pr-1").date(LocalDate.of(2026, 1, 1)).repository("o/r")
                .pullRequest(new PullRequest(1, "t")).round(new Round(1, "")).reviewer(CLAUDE).reviewer(CODEX)
                .originalReview(new OriginalReview(CLAUDE, 1, List.of(finding("C1", CLAUDE), finding("I1", CLAUDE),
                        finding("S1", CLAUDE)), 0))
                .originalReview(new OriginalReview(CODEX, 1, List.of(finding("I1", CODEX), finding("S1", CODEX)), 0))
                .finding(finding("I1", CLAUDE, CODEX)).finding(finding("S1", CLAUDE)).finding(finding("S2", CODEX))
                .judgement(change(CLAUDE, "C1", Severity.CRITICAL, Severity.IMPORTANT, "I1", JudgementOutcome.DOWNGRADED))
                .judgement(change(CLAUDE, "I1", Severity.IMPORTANT, null, "", JudgementOutcome.FALSE_POSITIVE))
                .section(SectionKind.RECONCILIATION, SectionState.PRESENT)
                .resolution(new Resolution(LocalDate.of(2026, 1, 2), "abc", List.of(
                        new ResolutionItem(1, "Important #1", "I1", ResolutionAction.FIXED, "Fixed"),
                        new ResolutionItem(2, "Suggestion #1", "S1", ResolutionAction.SKIPPED, "Skipped"),
                        new ResolutionItem(3, "Suggestion #2", "S2", ResolutionAction.FIXED, "Fixed"))))
                .build();
        a = Ledgers.linked(a);
        Review b = Review.builder("20260108-100000-pr-1").date(LocalDate.of(2026, 1, 8)).repository("o/r")
                .pullRequest(new PullRequest(1, "t")).round(new Round(2, "")).reviewer(CLAUDE).reviewer(CODEX)
                .originalReview(new OriginalReview(CLAUDE, 1, List.of(finding("I1", CLAUDE), finding("S1", CLAUDE)), 0))
                .originalReview(new OriginalReview(CODEX, 1, List.of(finding("I1", CODEX), finding("S1", CODEX)), 0))
                .finding(finding("I1", CODEX)).finding(finding("S1", CLAUDE, CODEX))
                .judgement(change(CLAUDE, "I1", Severity.IMPORTANT, null, "", JudgementOutcome.FALSE_POSITIVE))
                .judgement(change(CODEX, "S1", Severity.SUGGESTION, Severity.IMPORTANT, "I1", JudgementOutcome.UPGRADED))
                .section(SectionKind.RECONCILIATION, SectionState.PRESENT)
                .build();
        b = Ledgers.linked(b);
        return List.of(a, b);
    }

    @Test
    void countsAndRatesOverHandMadeReviews() {
        Leaderboard board = Leaderboard.compute(reviews(), new Leaderboard.Options(Grouping.FAMILY, ReviewFilter.ALL,
                5, Metric.UNIQUE));
        assertThat(board.reviews()).isEqualTo(2);
        AgentScore claude = board.ranked().get(0);
        assertThat(claude.agent()).isEqualTo("Claude");
        assertThat(claude.raised()).isEqualTo(5);
        assertThat(claude.reviewsWithAppendix()).isEqualTo(2);
        assertThat(claude.credited().toString()).isEqualTo("1I 2S");
        assertThat(claude.unique()).isEqualTo(1);
        assertThat(claude.consensus()).isEqualTo(2);
        assertThat(claude.falsePositives()).isEqualTo(2);
        assertInterval(claude.falsePositiveRate(), 0.4, 0.117621, 0.769276);
        assertThat(claude.downgraded()).isEqualTo(1);
        assertInterval(claude.downgradeRate(), 0.2, 0.036224, 0.624465);
        // Both of Claude's rejections are false positives, which the guide does not count as dropped.
        assertThat(claude.dropped()).isZero();
        assertInterval(claude.keepRate(), 0.6, 0.230724, 0.882379);
        assertInterval(claude.fixRate(), 0.5, 0.094531, 0.905469);

        // Codex raised 4 < 5: listed apart, still fully computed.
        assertThat(board.unranked()).singleElement().satisfies(codex -> {
            assertThat(codex.agent()).isEqualTo("Codex");
            assertThat(codex.ranked()).isFalse();
            assertThat(codex.raised()).isEqualTo(4);
            assertThat(codex.credited().toString()).isEqualTo("2I 2S");
            assertThat(codex.unique()).isEqualTo(2);
            assertThat(codex.upgraded()).isEqualTo(1);
            assertInterval(codex.falsePositiveRate(), 0.0, 0.0, 0.489891);
            assertInterval(codex.keepRate(), 1.0, 0.510109, 1.0);
            assertInterval(codex.fixRate(), 1.0, 0.342380, 1.0);
        });
    }

    @Test
    void filtersAndBreakdownsCountTheRightReviews() {
        Leaderboard.Options all = new Leaderboard.Options(Grouping.MODEL, ReviewFilter.ALL, 0, Metric.RAISED);
        Map<String, Leaderboard> byRound = Leaderboard.breakdown(reviews(), all, Leaderboard.Breakdown.ROUND);
        assertThat(byRound.keySet()).containsExactly("round 1", "later rounds");
        assertThat(byRound.get("round 1").all()).extracting(AgentScore::agent, AgentScore::raised)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Claude Opus 4.6", 3),
                        org.assertj.core.groups.Tuple.tuple("Codex GPT 5.4", 2));
        Map<String, Leaderboard> byWeek = Leaderboard.breakdown(reviews(), all, Leaderboard.Breakdown.WEEK);
        assertThat(byWeek.keySet()).containsExactly("2026-W01", "2026-W02");
        Leaderboard since = Leaderboard.compute(reviews(), new Leaderboard.Options(Grouping.FAMILY,
                new ReviewFilter(LocalDate.of(2026, 1, 5), null, "", java.util.Set.of()), 0, Metric.RAISED));
        assertThat(since.reviews()).isEqualTo(1);
        Leaderboard otherRepo = Leaderboard.compute(reviews(), new Leaderboard.Options(Grouping.FAMILY,
                new ReviewFilter(null, null, "elsewhere", java.util.Set.of()), 0, Metric.RAISED));
        assertThat(otherRepo.reviews()).isZero();
        assertThat(otherRepo.all()).isEmpty();
    }

    @Test
    void rowsKeepWhatTheLeaderboardNeedsAndGiveTheSameBoard() {
        Leaderboard.Options since = new Leaderboard.Options(Grouping.FAMILY,
                new ReviewFilter(LocalDate.of(2026, 1, 5), null, "", java.util.Set.of()), 0, Metric.UNIQUE);
        List<Leaderboard.ReviewRows> rows = reviews().stream().map(Leaderboard.rows(since)).toList();
        assertThat(rows).extracting(Leaderboard.ReviewRows::counted).containsExactly(false, true);
        Leaderboard streamed = Leaderboard.fromRows(rows, since);
        assertThat(streamed.reviews()).isEqualTo(1);
        // Review B alone: Claude raised I1, S1 (I1 rejected), kept S1 shared with Codex.
        AgentScore claude = streamed.all().stream().filter(s -> s.agent().equals("Claude")).findFirst().orElseThrow();
        assertThat(claude.raised()).isEqualTo(2);
        assertThat(claude.falsePositives()).isEqualTo(1);
        assertThat(claude.unique()).isZero();
        assertThat(Leaderboard.breakdownFromRows(rows, since, Leaderboard.Breakdown.ROUND).get("later rounds"))
                .isEqualTo(streamed);
    }

    @Test
    void rowsMadeForOtherOptionsAreRefused() {
        List<Leaderboard.ReviewRows> byFamily = reviews().stream().map(Leaderboard.rows(Leaderboard.Options.DEFAULT)).toList();
        Leaderboard.Options byModel = new Leaderboard.Options(Grouping.MODEL, ReviewFilter.ALL, 10, Metric.UNIQUE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Leaderboard.fromRows(byFamily, byModel))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another grouping or filter");
    }
}
