package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.Outline;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.Section;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.SectionKind;
import dev.reviewstats.model.SectionState;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.Source;
import dev.reviewstats.model.SourceForm;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extractors run together over outlines built by hand: the review's id, which sections it has,
 * the reviewers a retro table names, and what is set aside as no review at all.
 */
class ReviewExtractorTest {
    private static final Source SOURCE = new Source("reviews/20260601-120000-pr-77.md", SourceForm.MARKDOWN, null);
    private static final ReviewExtractor EXTRACTOR = new ReviewExtractor();

    private static Section section(int level, String title, int line, Block... blocks) {
        return new Section(level, title, line, List.of(blocks));
    }

    private static TableBlock table(int line, List<String> header, List<List<String>> rows) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            lines.add(line + 2 + i);
        }
        return new TableBlock(header, rows, lines, line);
    }

    private static TableBlock metadata(String reviewers) {
        return table(3, List.of("", ""), List.of(List.of("Date", "2026-06-01 12:00"), List.of("PR", "#77 — retry with back-off"),
                List.of("Reviewers", reviewers)));
    }

    private static TableBlock retro(String claude, String codex) {
        return table(30, List.of("", claude, codex), List.of(List.of("Findings", "1I", "0"), List.of("False positives", "0", "0")));
    }

    private static List<Section> review(String title, String reviewers, String claude, String codex, Section... more) {
        List<Section> sections = new ArrayList<>();
        sections.add(section(1, title, 1, metadata(reviewers)));
        sections.add(section(2, "Executive Summary", 10, new Paragraph("One important finding: 0 critical, 1 important, 0 suggestions.", 11)));
        sections.add(section(2, "Important Issues", 14, new Paragraph("**I1. Retries never stop** — `retry.go:40` [Claude]", 15),
                new Paragraph("The loop has no upper bound.", 16)));
        sections.add(section(2, "Suggestions", 20, new Paragraph("None.", 21)));
        sections.addAll(List.of(more));
        sections.add(section(2, "Agent Performance Retro", 28, retro(claude, codex)));
        return sections;
    }

    private static Extraction extract(List<Section> sections, String stem) {
        return EXTRACTOR.extract(new Outline(sections, 40), stem, SOURCE);
    }

    @Test
    void aReviewOutlineBecomesAReviewWithItsSectionsFindingsAndRetro() {
        Extraction x = extract(review("Deep Review: 20260601-120000-pr-77", "Claude Opus 4.7, Codex GPT 5.5",
                "Claude Opus 4.7", "Codex GPT 5.5"), "20260601-120000-pr-77");
        Review r = x.review();
        assertThat(r.id()).isEqualTo("20260601-120000-pr-77");
        assertThat(r.pullRequest().number()).isEqualTo(77);
        assertThat(r.reviewers()).extracting(Agent::displayName).containsExactly("Claude Opus 4.7", "Codex GPT 5.5");
        assertThat(r.findings()).extracting(Finding::id, Finding::severity, Finding::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("I1", Severity.IMPORTANT, "Retries never stop"));
        assertThat(r.findings().get(0).line()).isEqualTo(15);
        assertThat(r.agentStats()).extracting(s -> s.agent().displayName()).containsExactly("Claude Opus 4.7", "Codex GPT 5.5");
        assertThat(r.section(SectionKind.EXECUTIVE_SUMMARY)).isEqualTo(SectionState.PRESENT);
        assertThat(r.section(SectionKind.IMPORTANT_ISSUES)).isEqualTo(SectionState.PRESENT);
        assertThat(r.section(SectionKind.SUGGESTIONS)).isEqualTo(SectionState.NONE);
        assertThat(r.section(SectionKind.RETRO_SUMMARY_TABLE)).isEqualTo(SectionState.PRESENT);
        assertThat(r.statedStructure()).isNotNull();
        assertThat(r.statedStructure().findings().important()).isEqualTo(1);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.ID_FROM_FILE_NAME,
                DiagnosticCode.SECTION_UNKNOWN, DiagnosticCode.RETRO_TABLE_MISSING);
    }

    @Test
    void aTitleWithoutAnIdTakesTheFileNameAndSaysSo() {
        Extraction x = extract(review("Deep Review", "Claude Opus 4.7, Codex GPT 5.5", "Claude Opus 4.7", "Codex GPT 5.5"),
                "20260601-120000-pr-77");
        assertThat(x.review().id()).isEqualTo("20260601-120000-pr-77");
        assertThat(x.review().diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.ID_FROM_FILE_NAME);
            assertThat(d.line()).isEqualTo(1);
        });
    }

    @Test
    void neitherTitleNorFileNameGivingAnIdKeepsTheStemAndSaysTheIdIsUnknown() {
        Extraction x = extract(review("Deep Review", "Claude Opus 4.7, Codex GPT 5.5", "Claude Opus 4.7", "Codex GPT 5.5"), "notes");
        assertThat(x.review().id()).isEqualTo("notes");
        assertThat(x.review().diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.ID_UNKNOWN);
    }

    @Test
    void reviewersNamedByFamilyOnlyTakeTheModelsTheRetroTableNames() {
        Review r = extract(review("Deep Review: 20260601-120000-pr-77", "Claude, Codex", "Claude Opus 4.7", "Codex GPT 5.5"),
                "x").review();
        assertThat(r.reviewers()).extracting(Agent::displayName).containsExactly("Claude Opus 4.7", "Codex GPT 5.5");
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.METADATA_UNREADABLE);
            assertThat(d.message()).contains("families only").contains("Claude Opus 4.7, Codex GPT 5.5");
        });
    }

    @Test
    void aSectionTheModelDoesNotKnowIsNamedAtItsLine() {
        Review r = extract(review("Deep Review: 20260601-120000-pr-77", "Claude Opus 4.7, Codex GPT 5.5", "Claude Opus 4.7",
                "Codex GPT 5.5", section(2, "Cost Breakdown", 24, new Paragraph("$4.20 in tokens.", 25))), "x").review();
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.SECTION_UNKNOWN);
            assertThat(d.message()).contains("'Cost Breakdown'");
            assertThat(d.line()).isEqualTo(24);
        });
    }

    @Test
    void aRetroWithoutItsTableIsPresentButSaysTheTableIsMissing() {
        List<Section> sections = new ArrayList<>(review("Deep Review: 20260601-120000-pr-77", "Claude Opus 4.7, Codex GPT 5.5",
                "Claude Opus 4.7", "Codex GPT 5.5"));
        sections.set(sections.size() - 1, section(2, "Agent Performance Retro", 28, new Paragraph("Claude found the bug.", 29)));
        Review r = extract(sections, "x").review();
        assertThat(r.agentStats()).isEmpty();
        assertThat(r.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.RETRO_TABLE_MISSING);
            assertThat(d.line()).isEqualTo(28);
        });
    }

    @Test
    void aDocumentWithNoReviewersRetroOrAppendixIsSetAsideWithTheReason() {
        Extraction x = extract(List.of(section(1, "Release checklist", 1, new Paragraph("Tag the build.", 3)),
                section(2, "Steps", 5, new Paragraph("Run the tests.", 6))), "checklist");
        assertThat(x.review()).isNull();
        assertThat(x.notAReview()).isEqualTo("'Release checklist' is no deep review: it names no reviewer agents and has no"
                + " agent retro or original reviews");
    }
}
