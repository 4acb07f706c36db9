package dev.reviewstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code value} on the hand-made reviews of the analytics tests: every format says the same figures. */
class ValueCommandTest {
    private static final String HAND_MADE = "../analytics/src/test/resources/value";

    @Test
    void theTextSaysWhatEachAgentAddsInOneSentence() {
        ParseCommandTest.Run r = ParseCommandTest.run("value", "--no-cache", HAND_MADE);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("What each agent adds: 3 reviews, 9 consolidated findings (1 critical, 4 important, 4 suggestions), 7 fixed")
                .contains("Without Codex we would have missed 1 important finding in 3 reviews, 2 of its 2 unique findings fixed;"
                        + " it takes 4 minutes a review.")
                .contains("Without Gemini we would have missed 1 important finding in 2 reviews, 2 of its 2 unique findings fixed;"
                        + " it takes 7 minutes a review and failed 1 time.")
                .contains("Codex + Gemini").contains("Every panel of each size was tried.");
    }

    @Test
    void csvAndJsonCarryTheSameFigures() throws Exception {
        ParseCommandTest.Run csv = ParseCommandTest.run("value", "--format", "csv", "--no-cache", HAND_MADE);
        List<Map<String, String>> rows = ParseCommandTest.csvRows(csv.out());
        Map<String, String> codex = rows.stream().filter(m -> m.get("agent").equals("Codex")).findFirst().orElseThrow();
        assertThat(codex.get("runs")).isEqualTo("3");
        assertThat(codex.get("unique_important")).isEqualTo("1");
        assertThat(codex.get("share_of_fixed")).isEqualTo("0.2857");
        assertThat(codex.get("median_minutes")).isEqualTo("4.0000");
        assertThat(rows.stream().filter(m -> m.get("agent").equals("Gemini")).findFirst().orElseThrow().get("failed_runs")).isEqualTo("1");

        ParseCommandTest.Run json = ParseCommandTest.run("value", "--format", "json", "--no-cache", HAND_MADE);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("fixed").asInt()).isEqualTo(7);
        JsonNode first = root.get("agents").get(0);
        assertThat(first.get("unique").get("important").asInt()).isEqualTo(1);
        assertThat(root.get("panels").get(1).get("agents").toString()).isEqualTo("[\"Codex\",\"Gemini\"]");
        assertThat(root.get("overlaps")).hasSize(3);
    }

    @Test
    void theSeedIsTheOnlyThingThatMovesTheIntervals() {
        String a = ParseCommandTest.run("value", "--seed", "3", "--no-cache", HAND_MADE).out();
        String b = ParseCommandTest.run("value", "--seed", "3", "--no-cache", HAND_MADE).out();
        assertThat(a).isEqualTo(b).contains("seed 3.");
    }
}
