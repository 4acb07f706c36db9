package dev.reviewstats.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model refuses values no report can mean and copies what it is given: a parser's mistake
 * surfaces where it is made, not as a wrong figure three stages later.
 */
class ModelValidationTest {
    private static final Agent CODEX = Agent.of("Codex", "GPT 5.5");

    @Test
    void aLocationNeedsAPathAndABothOrNeitherLineRangeAndOrdersItsLines() {
        assertThatThrownBy(() -> new Location(" ", 1, 2)).hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> new Location("a.go", 3, 0)).hasMessageContaining("bad line range 3-0");
        assertThatThrownBy(() -> new Location("a.go", -1, 4)).hasMessageContaining("bad line range");
        Location swapped = new Location("a.go", 20, 10);
        assertThat(List.of(swapped.startLine(), swapped.endLine())).containsExactly(10, 20);
        assertThat(new Location("a.go", 0, 0).hasLines()).isFalse();
    }

    @Test
    void countsAreNeverNegativeAndMovesNeverExceedTheDowngrades() {
        assertThatThrownBy(() -> new SeverityCounts(0, -1, 0)).hasMessageContaining("negative count");
        assertThatThrownBy(() -> new Downgrades(1, List.of(), 2)).hasMessageContaining("bad downgrade count 1 with 2 moves");
        assertThatThrownBy(() -> new ToolCalls(-3, Map.of())).hasMessageContaining("negative tool calls");
        assertThatThrownBy(() -> new Round(0, "")).hasMessageContaining("round must be positive: 0");
        assertThatThrownBy(() -> new PullRequest(-7, "t")).hasMessageContaining("PR number must be positive: -7");
        assertThatThrownBy(() -> new Diagnostic(DiagnosticCode.INPUT_LIMIT, DiagnosticLevel.WARNING, "m", -1))
                .hasMessageContaining("negative line");
    }

    @Test
    void aCarryOverAndASeverityMisjudgementMustStandForWhatTheyName() {
        assertThatThrownBy(() -> new Finding("I1", Severity.IMPORTANT, "t", List.of(), List.of(CODEX), List.of(), "", "",
                List.of("R1 S2"), List.of("R1 S3"), false, 0)).hasMessageContaining("names a reference not in earlierRounds");
        assertThat(new Finding("I1", Severity.IMPORTANT, "t", List.of(), List.of(CODEX), List.of(), "", "",
                List.of("R1 S2"), List.of("R1 S2"), false, 0).carriesOver(1, "s2")).isTrue();
        assertThatThrownBy(() -> new AgentStats(CODEX, null, null, null, null, 1, 1, null, null, null, null, null, null, Map.of()))
                .hasMessageContaining("stand for a False positives cell read as 0, not 1");
        assertThatThrownBy(() -> new AgentStats(CODEX, null, null, null, null, 0, 0, null, null, null, null, null, null, Map.of()))
                .hasMessageContaining("severity misjudgements 0");
        assertThat(new AgentStats(CODEX, null, null, null, null, 0, 2, null, null, null, null, null, null, Map.of())
                .severityMisjudgements()).isEqualTo(2);
    }

    @Test
    void aSourceCommitIsAFullLowerCaseObjectId() {
        assertThatThrownBy(() -> new Source("a.md", SourceForm.MARKDOWN, "ABC123")).hasMessageContaining("40 (or 64) lower-case hex digits");
        assertThat(new Source("a.md", SourceForm.MARKDOWN, "0123456789abcdef0123456789abcdef01234567").commit()).hasSize(40);
        assertThat(new Source("a.md", SourceForm.MARKDOWN, null).commit()).isNull();
    }

    @Test
    void anAgentNeedsAFamilyAndIsStoredStripped() {
        assertThatThrownBy(() -> new Agent(" ", "GPT 5.5", "")).hasMessageContaining("family must not be blank");
        Agent a = new Agent(" Codex ", "GPT 5.5", " high ");
        assertThat(List.of(a.family(), a.effort())).containsExactly("Codex", "high");
    }

    @Test
    void aReGradingMustGoTheWayItSays() {
        assertThatThrownBy(() -> new Judgement(CODEX, "I1", "t", Severity.SUGGESTION, Severity.IMPORTANT, "I1",
                JudgementOutcome.DOWNGRADED, "", JudgementSource.RECONCILIATION, 1, 0)).hasMessageContaining("DOWNGRADED does not fit");
        assertThatThrownBy(() -> new Judgement(CODEX, "I1", "t", Severity.IMPORTANT, null, "",
                JudgementOutcome.DOWNGRADED, "", JudgementSource.RECONCILIATION, 1, 0)).hasMessageContaining("needs the severity it arrived at");
        assertThatThrownBy(() -> new Judgement(CODEX, "I1", "t", Severity.IMPORTANT, Severity.SUGGESTION, "",
                JudgementOutcome.FALSE_POSITIVE, "", JudgementSource.RECONCILIATION, 1, 0)).hasMessageContaining("not kept has no consolidated severity");
        Judgement ok = new Judgement(CODEX, "I1", "t", Severity.IMPORTANT, Severity.SUGGESTION, "S2",
                JudgementOutcome.DOWNGRADED, "", JudgementSource.RECONCILIATION, 1, 0);
        assertThat(ok.isDowngrade()).isTrue();
    }

    @Test
    void aLedgerEntrysFateLinkAndScoreAgree() {
        assertThatThrownBy(() -> new LedgerEntry(CODEX, 1, "I1", Severity.IMPORTANT, "t", 3, Fate.DROPPED, "", Severity.IMPORTANT,
                Link.STATED, 0, JudgementSource.RECONCILIATION, 5, "")).hasMessageContaining("DROPPED keeps no consolidated severity");
        assertThatThrownBy(() -> new LedgerEntry(CODEX, 1, "I1", Severity.SUGGESTION, "t", 3, Fate.DOWNGRADED, "I2", Severity.IMPORTANT,
                Link.STATED, 0, JudgementSource.RECONCILIATION, 5, "")).hasMessageContaining("DOWNGRADED does not fit");
        assertThatThrownBy(() -> new LedgerEntry(CODEX, 1, "I1", Severity.IMPORTANT, "t", 3, Fate.KEPT, "I2", Severity.IMPORTANT,
                Link.STATED, 0.8, JudgementSource.RECONCILIATION, 5, "")).hasMessageContaining("a score belongs to a matched link");
        assertThatThrownBy(() -> new LedgerEntry(CODEX, 1, "I1", Severity.IMPORTANT, "t", 3, Fate.KEPT, "I2", Severity.IMPORTANT,
                Link.NONE, 0, null, 0, "")).hasMessageContaining("a fate with no link is vanished, unlinked or repeated");
        assertThatThrownBy(() -> new LedgerEntry(CODEX, 0, "I1", Severity.IMPORTANT, "t", 3, Fate.REPEATED, "", null,
                Link.NONE, 0, null, 0, "")).hasMessageContaining("only an appendix item repeats");
        LedgerEntry matched = new LedgerEntry(CODEX, 1, "I1", Severity.IMPORTANT, "t", 3, Fate.DOWNGRADED, "S2", Severity.SUGGESTION,
                Link.MATCHED, 0.7, JudgementSource.APPENDIX, 5, "matched");
        assertThat(matched.fate().kept()).isTrue();
    }

    @Test
    void aReviewNeedsAnIdAndATimeNeedsADateAndItCopiesItsLists() {
        List<Agent> reviewers = new ArrayList<>(List.of(CODEX));
        Review r = review("r1", reviewers, java.time.LocalDate.of(2026, 6, 1), java.time.LocalTime.NOON);
        reviewers.add(Agent.of("Claude", "Opus 4.7"));
        assertThat(r.reviewers()).containsExactly(CODEX);
        assertThatThrownBy(() -> r.reviewers().add(CODEX)).isInstanceOf(UnsupportedOperationException.class);
        // Every known section has a state, absent unless read.
        assertThat(r.sections()).hasSize(SectionKind.values().length).containsValue(SectionState.ABSENT);
        assertThatThrownBy(() -> review(" ", List.of(), null, null)).hasMessageContaining("review id must not be blank");
        assertThatThrownBy(() -> review("r2", List.of(), null, java.time.LocalTime.NOON)).hasMessageContaining("a time needs a date");
    }

    private static Review review(String id, List<Agent> reviewers, java.time.LocalDate date, java.time.LocalTime time) {
        return new Review(id, List.of(), date, time, "", null, null, "", "", List.of(), 0, reviewers, List.of(), null, null, "", null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of(), List.of(), Map.of(), List.of());
    }
}
