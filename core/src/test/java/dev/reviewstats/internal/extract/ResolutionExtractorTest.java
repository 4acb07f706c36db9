package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.internal.template.Region;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Resolution;
import dev.reviewstats.model.ResolutionAction;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Resolution section on small tables: the addressed date and commit, and each row's finding and action. */
class ResolutionExtractorTest {
    private static final List<Finding> FINDINGS = List.of(finding("I1", Severity.IMPORTANT, "Retry loop never backs off"),
            finding("S1", Severity.SUGGESTION, "Name the constant"), finding("S2", Severity.SUGGESTION, "Log the cause"));

    private static Finding finding(String id, Severity s, String title) {
        return new Finding(id, s, title, List.of(), List.of(Agent.of("Codex", "GPT 5.5")), List.of(), "", "", List.of(), false, 0);
    }

    private static TableBlock table(List<String> header, List<List<String>> rows) {
        return new TableBlock(header, rows, rows.stream().map(r -> 40).toList(), 38);
    }

    private static Optional<Resolution> read(ParseContext ctx, Block... blocks) {
        return ResolutionExtractor.extract(List.of(new Part(Region.RESOLUTION, "Resolution", 37, List.of(blocks), false)), FINDINGS, ctx);
    }

    @Test
    void readsTheDateTheCommitAndEachRowsFindingAndAction() {
        ParseContext ctx = new ParseContext(10);
        Resolution r = read(ctx,
                table(List.of("", ""), List.of(List.of("Addressed", "2026-06-02"), List.of("Commit", "`a1b2c3d`"))),
                table(List.of("#", "Finding", "Action"), List.of(
                        List.of("1", "I1", "Fixed"),
                        List.of("2", "Suggestion #1", "Skipped — the name is the project's convention"),
                        List.of("3", "S2: Log the cause", "Deferred to the next PR")))).orElseThrow();
        assertThat(r.addressed()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(r.commit()).isEqualTo("a1b2c3d");
        assertThat(r.items()).extracting(ResolutionItem::findingId).containsExactly("I1", "S1", "S2");
        assertThat(r.items()).extracting(ResolutionItem::action)
                .containsExactly(ResolutionAction.FIXED, ResolutionAction.SKIPPED, ResolutionAction.DEFERRED);
        assertThat(r.actionFor("S2")).contains(ResolutionAction.DEFERRED);
    }

    @Test
    void anAddressedDateThatIsNoDateIsUnknownAndSaidSo() {
        ParseContext ctx = new ParseContext(10);
        Resolution r = read(ctx, table(List.of("", ""), List.of(List.of("Addressed", "soon")))).orElseThrow();
        assertThat(r.addressed()).isNull();
        assertThat(ctx.diagnostics()).anyMatch(d -> d.code() == DiagnosticCode.RESOLUTION_UNREADABLE && d.message().contains("'soon'"));
    }

    @Test
    void noResolutionTableMeansNoResolution() {
        ParseContext ctx = new ParseContext(10);
        assertThat(read(ctx, table(List.of("Metric", "Value"), List.of(List.of("Files", "4"))))).isEmpty();
    }
}
