package dev.reviewstats.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retro table's rows as types: every name the template used finds its row, and a column answers by row. */
class RetroRowTest {
    @Test
    void everyNameOfEveryRowFindsThatRowWhateverItsCase() {
        for (RetroRow row : RetroRow.values()) {
            for (String name : row.names()) {
                assertThat(RetroRow.of(name)).as(name).contains(row);
                assertThat(RetroRow.of(name.toLowerCase(java.util.Locale.ROOT))).as(name).contains(row);
            }
        }
        assertThat(RetroRow.of("Critical findings")).contains(RetroRow.CRITICAL);
        assertThat(RetroRow.of("duration (s)")).contains(RetroRow.DURATION_SECONDS);
        assertThat(RetroRow.of("Duration (pass 1)")).isEmpty();
        assertThat(RetroRow.of("Budget")).isEmpty();
    }

    @Test
    void aLabelWithAQualifierLeadsWithItsRowTheLongestNameWinning() {
        Map<String, RetroRow> labels = Map.of("Duration (pass 1)", RetroRow.DURATION, "Duration (s)", RetroRow.DURATION_SECONDS,
                "Critical findings (raised)", RetroRow.CRITICAL, "Downgraded I→S", RetroRow.DOWNGRADED);
        labels.forEach((label, row) -> assertThat(RetroRow.leading(label)).as(label).contains(row));
        assertThat(java.util.stream.Stream.of("Durationless", "Budget").map(RetroRow::leading)).allMatch(java.util.Optional::isEmpty);
        assertThat(java.util.Arrays.stream(RetroRow.values()).filter(RetroRow::showsARun))
                .containsExactly(RetroRow.DURATION, RetroRow.DURATION_SECONDS, RetroRow.FINDINGS, RetroRow.TOOL_CALLS);
    }

    @Test
    void onlyTheEarlyPerSeverityRowsHaveASeverity() {
        assertThat(RetroRow.SUGGESTION.severity()).contains(Severity.SUGGESTION);
        assertThat(RetroRow.of("Important findings").flatMap(RetroRow::severity)).contains(Severity.IMPORTANT);
        assertThat(RetroRow.FINDINGS.severity()).isEmpty();
        assertThat(RetroRow.TOTALS.severity()).isEmpty();
    }

    @Test
    void aColumnAnswersByRowWithTheCellAsWritten() {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("duration", "11m 38s");
        cells.put("false positives", "1 (severity)");
        cells.put("critical findings", "0 (2 downgraded)");
        cells.put("budget", "$4.20");
        AgentStats s = new AgentStats(Agent.of("Claude", "Opus 4.7"), null, null, null, null, 0, 1, null, null, null, null,
                null, null, cells);
        assertThat(s.rows()).containsExactlyInAnyOrder(RetroRow.DURATION, RetroRow.FALSE_POSITIVES, RetroRow.CRITICAL);
        assertThat(s.cell(RetroRow.FALSE_POSITIVES)).contains("1 (severity)");
        assertThat(s.cell(RetroRow.CRITICAL)).contains("0 (2 downgraded)");
        assertThat(s.cell(RetroRow.TOTALS)).isEmpty();
    }
}
