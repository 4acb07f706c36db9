package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.SeverityCounts;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retro summary table, read on small tables of each shape the template has used. */
class RetroExtractorTest {
    private static ParseContext context() {
        ParseContext ctx = new ParseContext(10);
        ctx.setReviewers(List.of(Agent.of("Claude", "Opus 4.7"), Agent.of("Codex", "GPT 5.5")));
        return ctx;
    }

    private static TableBlock table(List<String> header, List<List<String>> rows) {
        return new TableBlock(header, rows, rows.stream().map(r -> 10).toList(), 9);
    }

    @Test
    void agentsAsColumnsGiveOneEntryPerAgentWithEveryCellRead() {
        ParseContext ctx = context();
        List<AgentStats> stats = RetroExtractor.extract(table(List.of("", "Claude Opus 4.7", "Codex GPT 5.5"), List.of(
                List.of("Duration", "11m 38s", "6m 10s"),
                List.of("Findings", "2I 3S", "1C 1I"),
                List.of("False positives", "0", "1"),
                List.of("Dropped", "2", "0"))), ctx);
        assertThat(stats).extracting(s -> s.agent().displayName()).containsExactly("Claude Opus 4.7", "Codex GPT 5.5");
        AgentStats claude = stats.get(0);
        assertThat(claude.duration()).isEqualTo(Duration.ofSeconds(11 * 60 + 38));
        assertThat(claude.findings()).isEqualTo(new SeverityCounts(0, 2, 3));
        assertThat(claude.falsePositives()).isZero();
        assertThat(claude.dropped()).isEqualTo(2);
        AgentStats codex = stats.get(1);
        assertThat(codex.findings()).isEqualTo(new SeverityCounts(1, 1, 0));
        assertThat(codex.falsePositives()).isEqualTo(1);
        // Every cell is kept as written, by its row label, so no row is lost.
        assertThat(codex.cells()).containsEntry("duration", "6m 10s").containsEntry("dropped", "0");
    }

    @Test
    void agentsAsRowsAreReadAsTheSameColumns() {
        ParseContext ctx = context();
        List<AgentStats> stats = RetroExtractor.extract(table(List.of("Agent", "Duration", "Findings"), List.of(
                List.of("Claude Opus 4.7", "11m 38s", "2I 3S"),
                List.of("Codex GPT 5.5", "6m 10s", "1C 1I"))), ctx);
        assertThat(stats).extracting(s -> s.agent().displayName()).containsExactly("Claude Opus 4.7", "Codex GPT 5.5");
        assertThat(stats.get(0).findings()).isEqualTo(new SeverityCounts(0, 2, 3));
        assertThat(stats.get(1).duration()).isEqualTo(Duration.ofSeconds(6 * 60 + 10));
    }

    @Test
    void aColumnThatNamesNoAgentIsLeftOutAndSaidSo() {
        ParseContext ctx = context();
        List<AgentStats> stats = RetroExtractor.extract(table(List.of("", "Claude Opus 4.7", "Total"), List.of(
                List.of("Findings", "2I 3S", "2I 3S"))), ctx);
        assertThat(stats).hasSize(1);
        assertThat(ctx.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.RETRO_AGENT_UNKNOWN && d.message().contains("'Total'"));
    }

    @Test
    void anUnreadableCountIsUnknownNotZero() {
        ParseContext ctx = context();
        List<AgentStats> stats = RetroExtractor.extract(table(List.of("", "Claude Opus 4.7"), List.of(
                List.of("False positives", "several"),
                List.of("Dropped", "—"))), ctx);
        assertThat(stats.get(0).falsePositives()).isNull();
        assertThat(stats.get(0).dropped()).isNull();
        assertThat(stats.get(0).cells()).containsEntry("false positives", "several");
    }

    @Test
    void aFalsePositiveQualifiedAsSeverityIsZeroWithTheStatedCountKept() {
        ParseContext ctx = context();
        List<AgentStats> stats = RetroExtractor.extract(table(List.of("", "Claude Opus 4.7", "Codex GPT 5.5"), List.of(
                List.of("False positives", "2 (severity inflation)", "1 (wrong file)"))), ctx);
        assertThat(stats.get(0).falsePositives()).isZero();
        assertThat(stats.get(0).severityMisjudgements()).isEqualTo(2);
        assertThat(stats.get(0).cells()).containsEntry("false positives", "2 (severity inflation)");
        // A qualifier that names no severity is a wrong claim as counted.
        assertThat(stats.get(1).falsePositives()).isEqualTo(1);
        assertThat(stats.get(1).severityMisjudgements()).isNull();
        assertThat(ctx.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.RETRO_FALSE_POSITIVE_SEVERITY)
                .singleElement().satisfies(d -> assertThat(d.message()).contains("Claude Opus 4.7"));
    }
}
