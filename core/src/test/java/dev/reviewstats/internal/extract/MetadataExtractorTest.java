package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.internal.template.Region;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Outcome;
import dev.reviewstats.model.Review;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metadata table on small inputs: every row the template has, and what an odd one gives. */
class MetadataExtractorTest {
    private static Review read(ParseContext ctx, List<List<String>> rows) {
        TableBlock t = new TableBlock(List.of("", ""), rows, rows.stream().map(r -> 5).toList(), 3);
        Review.Builder b = Review.builder("20260601-120000-pr-77");
        MetadataExtractor.extract(List.of(new Part(Region.METADATA, "", 3, List.of(t), false)), "20260601-120000-pr-77", ctx, b);
        return b.build();
    }

    @Test
    void everyRowOfTheTemplateIsRead() {
        ParseContext ctx = new ParseContext(10);
        Review r = read(ctx, List.of(
                List.of("Date", "2026-06-01 12:00"),
                List.of("Repo", "example-org/inventory-service"),
                List.of("Round", "2"),
                List.of("Author", "@someone"),
                List.of("PR", "#77 — retry with back-off"),
                List.of("Branch", "`retry-backoff`"),
                List.of("Reviewers", "Claude Opus 4.7, Codex GPT 5.5 (effort: high)"),
                List.of("Verdict", "**Merge with fixes** — one important finding"),
                List.of("Wall-clock time", "`12 min 5 s`")));
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(r.time()).isEqualTo(LocalTime.NOON);
        assertThat(r.repository()).isEqualTo("example-org/inventory-service");
        assertThat(r.round().number()).isEqualTo(2);
        assertThat(r.author()).isEqualTo("someone");
        assertThat(r.pullRequest().number()).isEqualTo(77);
        assertThat(r.pullRequest().title()).isEqualTo("retry with back-off");
        assertThat(r.branch()).isEqualTo("retry-backoff");
        assertThat(r.reviewers()).extracting(Agent::toString).containsExactly("Claude Opus 4.7", "Codex GPT 5.5 (effort: high)");
        assertThat(r.verdict().outcome()).isEqualTo(Outcome.MERGE_WITH_FIXES);
        assertThat(r.wallClock()).isEqualTo(Duration.ofSeconds(12 * 60 + 5));
    }

    @Test
    void anOlderLabelIsReadAsItsFieldAndPlacedAtItsRow() {
        ParseContext ctx = new ParseContext(10);
        Review r = read(ctx, List.of(List.of("Date", "2026-06-01"), List.of("Repository", "example-org/inventory-service"),
                List.of("Wall-clock", "about an hour")));
        assertThat(r.repository()).isEqualTo("example-org/inventory-service");
        assertThat(r.wallClock()).isNull();
        assertThat(ctx.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.METADATA_UNREADABLE);
            assertThat(d.message()).contains("'about an hour'");
            assertThat(d.line()).isEqualTo(5);
        });
    }

    @Test
    void aRowTheModelDoesNotKnowIsNamedNotDropped() {
        ParseContext ctx = new ParseContext(10);
        Review r = read(ctx, List.of(List.of("Date", "2026-06-01"), List.of("PR", "#77"), List.of("Budget", "$4.20")));
        assertThat(r.pullRequest().number()).isEqualTo(77);
        assertThat(ctx.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.SECTION_UNKNOWN && d.message().contains("'budget'")
                && d.message().contains("$4.20"));
    }

    @Test
    void aTableWithOneMetadataLabelIsNotTakenForTheMetadata() {
        // Two known labels at least: one "Date" row in some other table does not make it the review's metadata.
        ParseContext ctx = new ParseContext(10);
        Review r = read(ctx, List.of(List.of("Date", "2025-01-01"), List.of("Budget", "$4.20")));
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(ctx.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.DATE_FROM_ID);
    }

    @Test
    void aRoundThatIsNoNumberIsUnknownAndSaidSo() {
        ParseContext ctx = new ParseContext(10);
        Review r = read(ctx, List.of(List.of("Date", "2026-06-01"), List.of("Round", "final")));
        assertThat(r.round()).isNull();
        assertThat(ctx.diagnostics()).isNotEmpty();
    }
}
