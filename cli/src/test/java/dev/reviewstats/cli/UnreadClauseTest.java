package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of our own reports where one reconciliation clause cannot be read: the run still succeeds,
 * the leaderboard's footer and {@code lint} say what was not read, and the agent the clause is about
 * has an unknown dropped count rather than a number.
 */
class UnreadClauseTest {
    @TempDir
    static Path folder;

    @BeforeAll
    static void writeFolder() throws IOException {
        for (String name : new String[] {"markdown-ledger-unreadable-clause.md", "markdown-ledger-id-map.md"}) {
            try (InputStream in = UnreadClauseTest.class.getResourceAsStream("/spec/" + name)) {
                Files.write(folder.resolve(name), in.readAllBytes());
            }
        }
    }

    @Test
    void theLeaderboardSucceedsAndItsFooterNamesWhatWasNotRead() {
        ParseCommandTest.Run r = run("--no-cache", "--min-raised", "0", folder.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 review had something unread (RS405 1 reconciliation clause, RS605 1 unlinked finding)");
        assertThat(r.err()).contains("review-stats: 1 of 10 agent findings (10%) could not be linked");
    }

    @Test
    void lintListsTheClauseAndTheFindingItLeftUnlinked() {
        ParseCommandTest.Run r = run("lint", "--no-cache", folder.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("20261103-101500-pr-91")
                .contains("RS405").contains("Gemini I2 (stale cache key after redeploy) was quarantined")
                .contains("RS605").contains("Gemini 3.1 Pro's I2 ('Stale cache key after a redeploy') is linked to nothing");
    }

    @Test
    void theAgentsDroppedIsUnknownAndTheOtherAgentsAreNot() throws IOException {
        ParseCommandTest.Run r = run("table", "agent-reviews", "--no-cache", "--format", "jsonl", folder.toString());
        assertThat(r.exit()).isZero();
        Map<String, JsonNode> rows = new HashMap<>();
        for (String line : r.out().lines().toList()) {
            JsonNode row = new ObjectMapper().readTree(line);
            rows.put(row.get("review").asText() + " " + row.get("agent").asText(), row);
        }
        JsonNode gemini = rows.get("20261103-101500-pr-91 Gemini 3.1 Pro");
        assertThat(gemini.get("dropped").isNull()).isTrue();
        assertThat(gemini.get("raised").asInt()).isEqualTo(2);
        assertThat(rows.get("20261103-101500-pr-91 Claude Opus 5").get("dropped").asInt()).isZero();
        assertThat(rows.get("20261102-160000-pr-88 Codex GPT 6 Astra").get("dropped").asInt()).isZero();
    }
}
