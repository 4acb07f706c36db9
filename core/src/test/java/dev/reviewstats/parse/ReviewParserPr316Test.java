package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Outcome;
import dev.reviewstats.model.ResolutionAction;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.SectionKind;
import dev.reviewstats.model.SectionState;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.SourceForm;
import dev.reviewstats.testing.SharedCorpus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hand-checked values from the real report 20260415-184215-pr-316.md. */
class ReviewParserPr316Test {
    private static Review review;

    @BeforeAll
    static void parse() {
        ParseResult r = ReviewParser.create().parse(SharedCorpus.review("20260415-184215-pr-316.md"));
        assertThat(r).isInstanceOf(ParseResult.Parsed.class);
        review = ((ParseResult.Parsed) r).review();
    }

    private static List<String> families(Finding f) {
        return f.agents().stream().map(Agent::family).toList();
    }

    @Test
    void readsMetadata() {
        assertThat(review.id()).isEqualTo("20260415-184215-pr-316");
        assertThat(review.sources()).singleElement().extracting(s -> s.form()).isEqualTo(SourceForm.MARKDOWN);
        assertThat(review.dateTime()).contains(LocalDateTime.of(2026, 4, 15, 18, 42, 15));
        assertThat(review.repository()).isEqualTo("rancher-sandbox/rancher-desktop-daemon");
        assertThat(review.pullRequest().number()).isEqualTo(316);
        assertThat(review.pullRequest().title()).isEqualTo("engine: replace Container.spec.state with action annotations");
        assertThat(review.round().number()).isEqualTo(1);
        assertThat(review.author()).isEqualTo("jandubois");
        assertThat(review.branch()).isEqualTo("container-action-annotations");
        assertThat(review.commits()).singleElement().satisfies(c -> {
            assertThat(c.sha()).isEqualTo("d4dd09d");
            assertThat(c.subject()).isEqualTo("engine: replace Container.spec.state with action annotations");
        });
        assertThat(review.reviewers()).containsExactly(Agent.of("Claude", "Opus 4.6"), Agent.of("Codex", "GPT 5.4"),
                Agent.of("Gemini", "3.1 Pro"));
        assertThat(review.verdict().outcome()).isEqualTo(Outcome.MERGE_WITH_FIXES);
        assertThat(review.verdict().rationale()).startsWith("invalid-annotation wedge (I2)");
        assertThat(review.wallClock()).isEqualTo(Duration.ofHours(1).plusMinutes(20).plusSeconds(55));
        assertThat(review.executiveSummary()).contains("15 changed files, +543 −288 lines");
    }

    @Test
    void readsFindingsWithSeveritiesAndAgents() {
        assertThat(review.findings()).extracting(Finding::id).containsExactly("I1", "I2", "S1", "S2", "S3");
        assertThat(review.section(SectionKind.CRITICAL_ISSUES)).isEqualTo(SectionState.NONE);
        Finding i1 = review.finding("I1").orElseThrow();
        assertThat(i1.severity()).isEqualTo(Severity.IMPORTANT);
        assertThat(families(i1)).containsExactly("Gemini");
        assertThat(i1.locations()).singleElement().satisfies(l -> {
            assertThat(l.path()).isEqualTo("pkg/controllers/app/engine/controllers/docker_watcher.go");
            assertThat(l.startLine()).isEqualTo(453);
            assertThat(l.endLine()).isEqualTo(468);
        });
        assertThat(i1.fix()).startsWith("use client.MergeFromWithOptions");
        Finding i2 = review.finding("I2").orElseThrow();
        assertThat(i2.severity()).isEqualTo(Severity.IMPORTANT);
        assertThat(families(i2)).containsExactly("Codex");
        assertThat(i2.locations()).hasSize(2);
        assertThat(families(review.finding("S1").orElseThrow())).containsExactly("Claude", "Codex", "Gemini");
        assertThat(families(review.finding("S3").orElseThrow())).containsExactly("Claude");
        assertThat(review.finding("S1").orElseThrow().agents().get(0).model()).isEqualTo("Opus 4.6");
    }

    @Test
    void readsDesignObservationsAndProse() {
        assertThat(review.designObservations()).hasSize(5);
        assertThat(review.designObservations().get(0).title()).isEqualTo("O(N) reconcile cost per child event");
        assertThat(review.designObservations().get(0).scope()).isEqualTo("in-scope");
        assertThat(review.designObservations().get(0).agents()).extracting(Agent::family).containsExactly("Codex", "Gemini");
        assertThat(review.testingAssessment()).hasSize(4);
        assertThat(review.acknowledgedLimitations()).extracting(t -> t.title())
                .containsExactly("Double-restart on crash recovery", "No CLI support for actions");
    }

    @Test
    void readsRetroSummaryTable() {
        AgentStats claude = review.statsFor(Agent.of("Claude", "Opus 4.6")).orElseThrow();
        assertThat(claude.duration()).isEqualTo(Duration.ofMinutes(14).plusSeconds(4));
        assertThat(claude.toolCalls().total()).isEqualTo(36);
        assertThat(claude.toolCalls().perTool()).containsEntry("Read", 17).containsEntry("Grep", 14).containsEntry("Bash", 4);
        AgentStats codex = review.statsFor(Agent.of("Codex", "GPT 5.4")).orElseThrow();
        assertThat(codex.toolCalls().total()).isEqualTo(41);
        assertThat(codex.findings().important()).isEqualTo(1);
        assertThat(codex.findings().suggestion()).isEqualTo(1);
        AgentStats gemini = review.statsFor(Agent.of("Gemini", "3.1 Pro")).orElseThrow();
        assertThat(gemini.downgraded().count()).isEqualTo(2);
        assertThat(gemini.downgraded().transitions()).containsExactly("I→S");
        assertThat(gemini.toolCalls().perTool()).containsEntry("read_file", 2).containsEntry("run_shell_command", 1);
        assertThat(gemini.uniqueInsights()).isEqualTo(1);
        assertThat(gemini.falsePositives()).isZero();
        assertThat(gemini.dropped()).isZero();
        assertThat(gemini.totals().toString()).isEqualTo("1I 1S");
    }

    @Test
    void readsBothJudgements() {
        assertThat(review.judgements()).hasSize(2);
        Judgement first = review.judgements().get(0);
        assertThat(first.agent().family()).isEqualTo("Gemini");
        assertThat(first.originalId()).isEqualTo("C1");
        assertThat(first.from()).isEqualTo(Severity.CRITICAL);
        assertThat(first.to()).isEqualTo(Severity.IMPORTANT);
        assertThat(first.finalId()).isEqualTo("I1");
        assertThat(first.outcome()).isEqualTo(JudgementOutcome.DOWNGRADED);
        Judgement second = review.judgements().get(1);
        assertThat(List.of(second.originalId(), second.from(), second.to(), second.finalId()))
                .containsExactly("I1", Severity.IMPORTANT, Severity.SUGGESTION, "S2");
        assertThat(second.reason()).startsWith("the scenario is unusual");
    }

    @Test
    void readsAllEightResolutionItems() {
        assertThat(review.resolution().addressed()).isEqualTo(LocalDate.of(2026, 4, 16));
        assertThat(review.resolution().commit()).startsWith("6251b90");
        List<ResolutionItem> items = review.resolution().items();
        assertThat(items).extracting(ResolutionItem::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(items).extracting(ResolutionItem::findingId).containsExactly("I1", "I2", "S1", "S2", "S3", "", "", "");
        assertThat(items).extracting(ResolutionItem::action).containsExactly(ResolutionAction.FIXED,
                ResolutionAction.FIXED, ResolutionAction.FIXED, ResolutionAction.FIXED, ResolutionAction.FIXED,
                ResolutionAction.TEST_WRITTEN, ResolutionAction.TEST_WRITTEN, ResolutionAction.SKIPPED);
        assertThat(items.get(7).actionRaw()).isEqualTo("Skipped");
    }

    @Test
    void readsGeminisOriginalReview() {
        assertThat(review.originalReviews()).extracting(o -> o.agent().family()).containsExactly("Gemini", "Codex", "Claude");
        OriginalReview gemini = review.originalReviews().get(0);
        assertThat(gemini.pass()).isEqualTo(1);
        assertThat(gemini.findings()).extracting(Finding::id).containsExactly("C1", "I1", "S1");
        assertThat(gemini.findings()).extracting(Finding::severity)
                .containsExactly(Severity.CRITICAL, Severity.IMPORTANT, Severity.SUGGESTION);
        assertThat(gemini.findings().get(0).title()).isEqualTo("Race condition drops concurrent user action annotations");
        assertThat(review.originalReviews().get(2).findings()).extracting(Finding::id).containsExactly("S1", "S2");
    }
}
