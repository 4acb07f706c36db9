package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.outline.Section;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Id maps: one entry says where an agent's finding went, by consolidated id or by words. */
class IdMapsTest {
    private static final Agent CODEX = Agent.of("Codex", "GPT 5.5");

    @Test
    void anEntryToAnIdIsKeptRegradedOrMergedByTheIdsLetter() {
        Judgement kept = IdMaps.judgement("I1", " — retry loop", "I1", CODEX, 1, 7).orElseThrow();
        assertThat(List.of(kept.outcome(), kept.finalId(), kept.originalTitle())).containsExactly(JudgementOutcome.KEPT, "I1", "retry loop");
        Judgement down = IdMaps.judgement("i2", "", "downgraded to S1", CODEX, 2, 8).orElseThrow();
        assertThat(down.originalId()).isEqualTo("I2");
        assertThat(List.of(down.from(), down.to())).containsExactly(Severity.IMPORTANT, Severity.SUGGESTION);
        assertThat(down.outcome()).isEqualTo(JudgementOutcome.DOWNGRADED);
        assertThat(down.pass()).isEqualTo(2);
        assertThat(IdMaps.judgement("S3", "", "promoted to consolidated I1", CODEX, 1, 9).orElseThrow().outcome())
                .isEqualTo(JudgementOutcome.UPGRADED);
        Judgement merged = IdMaps.judgement("I4", "", "merged into S2", CODEX, 1, 10).orElseThrow();
        assertThat(List.of(merged.outcome(), merged.finalId())).containsExactly(JudgementOutcome.MERGED, "S2");
    }

    @Test
    void anEntryInWordsIsNotKeptOrSaysNothing() {
        Judgement dropped = IdMaps.judgement("S3", "", "dropped as false positive", CODEX, 1, 11).orElseThrow();
        assertThat(dropped.outcome().kept()).isFalse();
        assertThat(dropped.finalId()).isEmpty();
        assertThat(dropped.to()).isNull();
        // Words that name no fate are no entry.
        assertThat(IdMaps.judgement("S4", "", "see the discussion above", CODEX, 1, 12)).isEmpty();
    }

    @Test
    void oneTableForEveryAgentGivesEachAgentItsMappedFindings() {
        ParseContext ctx = new ParseContext(10);
        ctx.setReviewers(List.of(Agent.of("Claude", "Opus 4.7"), CODEX));
        TableBlock t = new TableBlock(List.of("Agent", "Finding", "Title", "Consolidated"), List.of(
                List.of("Codex GPT 5.5", "I1", "Retry loop", "I1"),
                List.of("Claude Opus 4.7", "S1", "Name the constant", "dropped"),
                List.of("Codex GPT 5.5", "S2", "Cache key", "S1")), List.of(21, 22, 23), 20);
        List<Judgement> mapped = new ArrayList<>();
        List<OriginalReview> originals = IdMaps.table(List.of(new Section(2, "Appendix", 19, List.of(t))), ctx, mapped);
        assertThat(originals).extracting(o -> o.agent().family()).containsExactly("Codex", "Claude");
        assertThat(originals.get(0).findings()).extracting(Finding::id).containsExactly("I1", "S2");
        assertThat(originals.get(0).findings().get(1).title()).isEqualTo("Cache key");
        assertThat(mapped).hasSize(3);
        assertThat(mapped).filteredOn(j -> j.agent().family().equals("Claude")).singleElement()
                .satisfies(j -> assertThat(j.outcome().kept()).isFalse());
    }
}
