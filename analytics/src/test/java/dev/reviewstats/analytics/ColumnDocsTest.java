package dev.reviewstats.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Every column of every tidy table has its one-sentence description, the words Parquet files carry. */
class ColumnDocsTest {
    @Test
    void everyColumnOfEveryTableIsDescribed() {
        Map<String, Table> tables = Map.of("reviews", ReviewTables.reviews(List.of()),
                "agent-reviews", ReviewTables.agentReviews(List.of(), Grouping.MODEL),
                "agent-findings", ReviewTables.agentFindings(List.of(), Grouping.MODEL),
                "findings", ReviewTables.findings(List.of()),
                "judgements", ReviewTables.judgements(List.of()),
                "resolutions", ReviewTables.resolutionItems(List.of()));
        tables.forEach((name, t) -> assertThat(ColumnDocs.of(name, t.columnNames()).keySet()).as(name)
                .containsExactlyElementsOf(t.columnNames()));
    }

    @Test
    void aDescriptionThatDiffersByTableGivesEachTableItsOwn() {
        assertThat(ColumnDocs.of("agent-findings", "severity")).contains("the severity the agent gave");
        assertThat(ColumnDocs.of("findings", "severity")).contains("the consolidated severity");
        assertThat(ColumnDocs.of("agent-findings", "raised").orElseThrow()).startsWith("Whether the entry counts in raised");
        assertThat(ColumnDocs.of("agent-reviews", "raised").orElseThrow()).startsWith("Findings in the agent's own review");
        assertThat(ColumnDocs.of("reviews", "no-such-column")).isEmpty();
    }
}
