package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewstats.testing.SharedCorpus;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One count of inconsistencies everywhere; rows the template uses are no inconsistency; unknown is never 0. */
class LintCountsTest {
    private static final Pattern FOOTER = Pattern.compile("(\\d+) reviews? contradicts? (?:itself|themselves) \\((\\d+) inconsistenc");
    private static final Pattern LINT = Pattern.compile("(\\d+) inconsistencies in (\\d+) reviews");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rancher-desktop-daemon", "rancher-desktop"})
    void theLeaderboardFooterAndLintGiveTheSameCounts(String history) {
        String dir = SharedCorpus.root().resolve(history).toString();
        Matcher footer = FOOTER.matcher(run(dir).out());
        String lint = run("lint", dir).out();
        Matcher total = LINT.matcher(lint);
        assertThat(total.find()).as(lint.lines().reduce((a, b) -> b).orElse("")).isTrue();
        assertThat(footer.find()).isTrue();
        assertThat(footer.group(1)).as("reviews").isEqualTo(total.group(2));
        assertThat(footer.group(2)).as("inconsistencies").isEqualTo(total.group(1));
        // A Resolution row about a testing gap is the template's, not a finding the review lost.
        assertThat(lint.lines().filter(l -> l.contains("L301") && l.matches("(?i).*'(testing|documentation) gap.*"))).isEmpty();
        // --summary: one line per code whose issues add up to lint's totals.
        String summary = run("lint", "--summary", dir).out();
        assertThat(summary).startsWith("code,issues,reviews\n");
        int issues = summary.lines().skip(1).filter(l -> l.matches("[A-Z]+\\d+,\\d+,\\d+")).mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum();
        Matcher all = Pattern.compile("(\\d+) inconsistencies in \\d+ reviews, (\\d+) diagnostics").matcher(summary);
        assertThat(all.find()).isTrue();
        assertThat(issues).isGreaterThanOrEqualTo(Integer.parseInt(all.group(1)) + Integer.parseInt(all.group(2)));
    }

    @Test
    void aFolderWhoseReportsGiveNoRaisedFindingsSaysWhyNobodyIsRankedAndShowsNoZero() throws Exception {
        String flattened = SharedCorpus.root().resolve("flattened").toString();
        ParseCommandTest.Run r = run(flattened);
        assertThat(r.out()).contains("No agent is ranked: no review accounts for the agents' own findings");
        String claude = r.out().lines().filter(l -> l.startsWith("Claude ")).findFirst().orElseThrow();
        assertThat(claude.split("\\s+")[2]).as("raised").isEqualTo("—");
        JsonNode json = new ObjectMapper().readTree(run("--format", "json", flattened).out());
        for (JsonNode a : json.get("agents")) {
            assertThat(a.get("raised").isNull()).as(a.get("agent").asText()).isTrue();
            assertThat(a.get("falsePositives").isNull()).isTrue();
        }
        String csv = run("--format", "csv", flattened).out();
        assertThat(ParseCommandTest.csvRows(csv)).allSatisfy(row -> assertThat(row.get("raised")).isEmpty());
    }
}
