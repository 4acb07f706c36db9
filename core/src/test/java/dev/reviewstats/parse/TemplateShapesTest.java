package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes that lost data silently, each in a hand-written report of our own (src/test/resources/spec):
 * the earliest template's plain metadata lines and bracketed severities, resolution rows that name
 * findings by severity and number, and flattened pages whose agents stand on the line after the title.
 */
class TemplateShapesTest {
    private static Review parse(String name) throws IOException {
        try (InputStream in = TemplateShapesTest.class.getResourceAsStream("/spec/" + name)) {
            ParseResult r = ReviewParser.create().parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(r).as(name + ": " + r).isInstanceOf(ParseResult.Parsed.class);
            return ((ParseResult.Parsed) r).review();
        }
    }

    @Test
    void theEarliestTemplatesPlainMetadataLinesAndBracketedSeveritiesAreRead() throws IOException {
        Review r = parse("markdown-earliest-bracketed.md");
        assertThat(r.id()).isEqualTo("fix-logs");
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(r.branch()).isEqualTo("fix-logs");
        assertThat(r.reviewers()).extracting(a -> a.family() + " " + a.model())
                .containsExactly("Claude Opus 4.6", "Codex GPT 5.4", "Gemini 3.1 Pro");
        assertThat(r.findings()).extracting(Finding::id, Finding::severity, Finding::title).containsExactly(
                tuple("C1", Severity.CRITICAL, "Rotation loses the last line"),
                tuple("I1", Severity.IMPORTANT, "Writer ignores the close error"),
                tuple("S1", Severity.SUGGESTION, "Package doc is stale"));
        assertThat(r.findings().get(0).agents()).extracting(a -> a.family()).containsExactly("Claude", "Gemini");
        assertThat(r.findings().get(0).locations()).extracting(l -> l.path() + ":" + l.startLine() + "-" + l.endLine())
                .containsExactly("pkg/log/rotate.go:10-20");
    }

    @Test
    void resolutionRowsNamingFindingsBySeverityAndNumberMapToThem() throws IOException {
        Review r = parse("markdown-resolution-references.md");
        assertThat(r.resolution().items()).extracting(ResolutionItem::findingRef, ResolutionItem::findingId).containsExactly(
                tuple("Important #1", "I1"), tuple("Suggestion S1", "S1"), tuple("Suggestion #2", "S2"), tuple("#3", "S2"));
        assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.RESOLUTION_REF_UNRESOLVED);
    }

    @Test
    void aResolutionRowNamingNoFindingSaysSo() throws IOException {
        String text;
        try (InputStream in = TemplateShapesTest.class.getResourceAsStream("/spec/markdown-resolution-references.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("| 4 | #3 | Fixed |", "| 4 | Load test: none | Fixed |\n| 5 | Testing gap: no load test | Added one |");
        }
        Review r = ((ParseResult.Parsed) ReviewParser.create().parse("x.md", text)).review();
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.RESOLUTION_REF_UNRESOLVED);
            assertThat(d.message()).contains("'Load test: none', which is no finding id, position or title of the review");
        });
        // A row about a testing gap is the template's: no finding is missing.
        assertThat(r.diagnostics()).noneSatisfy(d -> assertThat(d.message()).contains("Testing gap"));
    }

    @Test
    void flattenedAgentsOnTheLineAfterTheTitleGluedWithTheirTagsAreAttributed() throws IOException {
        Review r = parse("flattened-next-line-attribution.txt");
        assertThat(r.findings()).extracting(Finding::id, Finding::title, f -> f.agents().stream().map(a -> a.displayName()).toList(),
                Finding::tags).containsExactly(
                tuple("I1", "Retry loop never backs off", List.of("Claude Opus 4.7", "Codex GPT 5.5"), List.of("regression")),
                tuple("S1", "Log line repeats the request id", List.of("Gemini 3.1 Pro"), List.of("gap")));
        assertThat(r.diagnostics()).noneMatch(d -> d.code() == DiagnosticCode.FINDING_NO_AGENTS);
    }
}
