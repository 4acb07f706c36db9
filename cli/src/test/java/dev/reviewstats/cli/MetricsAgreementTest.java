package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The leaderboard, docs/metrics.md and {@code table agent-reviews} say the same thing: the table's
 * columns are the documented ones, every metric of the guide has its column, and each leaderboard row
 * is the sum of that family's agent-review rows (on the bundled samples, so it runs on any clone).
 */
class MetricsAgreementTest {
    private static final Path REPO = Path.of(System.getProperty("reviewstats.repoRoot", "..")).toAbsolutePath().normalize();
    private static final Pattern AGENT_REVIEWS_ROW = Pattern.compile("(?m)^\\| `agent-reviews` \\|[^|]*\\|[^|]*\\| ([^|]+) \\|$");
    private static final Pattern FIELD_ROW = Pattern.compile("(?m)^\\| (`[a-zA-Z]+`(?:(?:,| \\()\\s*`[a-zA-Z/]+`\\)?)*) \\|");

    private static List<Map<String, String>> csv(String text) {
        return ParseCommandTest.csvRows(text);
    }

    @Test
    void theAgentReviewsColumnsAreTheDocumentedOnesAndCoverEveryDefinedMetric() throws IOException {
        String doc = Files.readString(REPO.resolve("docs/metrics.md"));
        Matcher m = AGENT_REVIEWS_ROW.matcher(doc);
        assertThat(m.find()).as("docs/metrics.md documents the agent-reviews table").isTrue();
        List<String> documented = Arrays.stream(m.group(1).split(",\\s*")).map(c -> c.replaceAll("\\s*\\(.*\\)", "").strip()).toList();
        ParseCommandTest.Run r = run("table", "agent-reviews", "--no-cache", REPO.resolve("samples/reviews").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> header = Arrays.asList(r.out().lines().findFirst().orElseThrow().split(","));
        assertThat(header).isEqualTo(documented);

        Matcher f = FIELD_ROW.matcher(doc.substring(0, doc.indexOf("## ", doc.indexOf("| field |"))));
        int fields = 0;
        while (f.find()) {
            // "`creditedC/I/S`" names three columns.
            for (String name : f.group(1).replace("creditedC/I/S", "creditedC creditedI creditedS").replaceAll("[`()]", " ").split("[ ,]+")) {
                if (!name.isBlank()) {
                    String column = name.strip();
                    assertThat(header).as("the documented metric %s has a column", column).contains(column);
                    fields++;
                }
            }
        }
        assertThat(fields).isGreaterThanOrEqualTo(10);
    }

    @Test
    void eachLeaderboardRowIsTheSumOfItsAgentReviewRows() {
        String samples = REPO.resolve("samples/reviews").toString();
        List<Map<String, String>> rows = csv(run("table", "agent-reviews", "--no-cache", samples).out());
        List<Map<String, String>> board = csv(run("--format", "csv", "--min-raised", "0", "--no-cache", samples).out());
        assertThat(board).isNotEmpty();
        for (Map<String, String> agent : board) {
            String family = agent.get("agent");
            List<Map<String, String>> mine = rows.stream().filter(r -> r.get("family").equals(family)).toList();
            Map<String, Integer> sums = new HashMap<>();
            int withRaised = 0;
            for (Map<String, String> r : mine) {
                // Raised and its fates count only where the review accounts for the agent's findings.
                boolean accounted = !r.get("raised").isEmpty() && !r.get("falsePositives").isEmpty() && !r.get("dropped").isEmpty()
                        && !r.get("downgraded").isEmpty();
                for (String c : List.of("credited", "creditedC", "creditedI", "creditedS", "unique", "consensus", "fixed", "resolved")) {
                    sums.merge(c, r.get(c).isEmpty() ? 0 : Integer.parseInt(r.get(c)), Integer::sum);
                }
                for (String c : List.of("raised", "falsePositives", "downgraded", "upgraded", "dropped")) {
                    sums.merge(c, !accounted || r.get(c).isEmpty() ? 0 : Integer.parseInt(r.get(c)), Integer::sum);
                }
                withRaised += accounted ? 1 : 0;
            }
            int fpBase = sums.get("raised");
            assertThat(Integer.parseInt(agent.get("reviews"))).as(family).isEqualTo(mine.size());
            assertThat(Integer.parseInt(agent.get("reviews_with_appendix"))).as(family).isEqualTo(withRaised);
            assertThat(Integer.parseInt(agent.get("fp_base"))).as(family).isEqualTo(fpBase);
            Map<String, String> columns = Map.ofEntries(Map.entry("raised", "raised"), Map.entry("credited", "credited"),
                    Map.entry("creditedC", "credited_critical"), Map.entry("creditedI", "credited_important"),
                    Map.entry("creditedS", "credited_suggestion"), Map.entry("unique", "unique"), Map.entry("consensus", "consensus"),
                    Map.entry("falsePositives", "false_positives"), Map.entry("downgraded", "downgraded"),
                    Map.entry("upgraded", "upgraded"), Map.entry("dropped", "dropped"), Map.entry("fixed", "fixed"),
                    Map.entry("resolved", "resolved"));
            columns.forEach((field, column) -> assertThat(Integer.parseInt(agent.get(column))).as("%s %s", family, column)
                    .isEqualTo(sums.get(field)));
        }
    }
}
