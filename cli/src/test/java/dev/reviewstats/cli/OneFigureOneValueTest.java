package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.analytics.ReviewFilter;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.ReviewLoader;
import dev.reviewstats.testing.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every figure has one value wherever it is printed: over each shared history, the leaderboard's text,
 * CSV and JSON, the sums of {@code table agent-reviews}, the severity-changes chart's data, the retro
 * page and {@code compare} agree on every count and rate of every agent, and a keep rate is its
 * printed raised − false positives − dropped.
 */
class OneFigureOneValueTest {
    private static final Pattern RATE = Pattern.compile("(\\d+)/(\\d+)$");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rancher-desktop-daemon", "rancher-desktop"})
    void everyOutputGivesEachAgentTheSameFigures(String history) throws Exception {
        Path folder = SharedCorpus.root().resolve(history);
        String dir = folder.toString();
        List<Map<String, String>> csv = ParseCommandTest.csvRows(run("--format", "csv", "--min-raised", "0", dir).out());
        JsonNode json = new ObjectMapper().readTree(run("--format", "json", "--min-raised", "0", dir).out());
        String text = run("--min-raised", "0", dir).out();
        List<Map<String, String>> rows = ParseCommandTest.csvRows(run("table", "agent-reviews", dir).out());
        List<Review> reviews = ReviewLoader.create().load(List.of(folder)).reviews();
        Map<String, Map<String, Integer>> fates = Leaderboard.fates(reviews,
                new Leaderboard.Options(Grouping.FAMILY, ReviewFilter.ALL, 0, Metric.UNIQUE));
        Path page = Files.createTempFile("retro", ".html");
        assertThat(run("report", "--min-raised", "0", "-o", page.toString(), dir).exit()).isIn(0, 3);
        Document retro = Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(csv).hasSizeGreaterThanOrEqualTo(3);
        for (Map<String, String> a : csv) {
            String agent = a.get("agent");
            int raised = Integer.parseInt(a.get("raised"));
            int fp = Integer.parseInt(a.get("false_positives"));
            int dropped = Integer.parseInt(a.get("dropped"));
            int down = Integer.parseInt(a.get("downgraded"));
            // The rates' counts are the printed counts, over the printed raised.
            assertThat(a.get("fp_base")).as(agent).isEqualTo(a.get("raised"));
            assertThat(a.get("downgrade_base")).as(agent).isEqualTo(a.get("raised"));
            assertThat(a.get("keep_base")).as(agent).isEqualTo(a.get("raised"));
            double keep = Double.parseDouble(a.get("keep_rate"));
            assertThat(Math.round(keep * raised)).as("%s keep = raised − false positives − dropped", agent).isEqualTo(raised - fp - dropped);
            // JSON: the same row.
            JsonNode j = null;
            for (JsonNode n : json.get("agents")) {
                j = n.get("agent").asText().equals(agent) ? n : j;
            }
            assertThat(j).as(agent).isNotNull();
            assertThat(j.get("raised").asInt()).isEqualTo(raised);
            assertThat(j.get("falsePositives").asInt()).isEqualTo(fp);
            assertThat(j.get("dropped").asInt()).isEqualTo(dropped);
            assertThat(j.get("downgraded").asInt()).isEqualTo(down);
            // Text: the agent's line carries the same raised and the same rate counts.
            String line = text.lines().filter(l -> l.startsWith(agent + " ")).findFirst().orElseThrow();
            assertThat(line).contains(" " + fp + "/" + raised + " ").contains(" " + down + "/" + raised + " ")
                    .contains(" " + (raised - fp - dropped) + "/" + raised + " ");
            // The severity-changes chart: its false positives, drops and downgrades are the same counts.
            Map<String, Integer> f = fates.getOrDefault(agent, Map.of());
            int chartDown = f.entrySet().stream().filter(e -> e.getKey().matches("[CIS]→[CIS]") && "CIS".indexOf(e.getKey().charAt(0))
                    < "CIS".indexOf(e.getKey().charAt(2))).mapToInt(Map.Entry::getValue).sum();
            assertThat(f.getOrDefault("false positive", 0)).as("%s chart false positives", agent).isEqualTo(fp);
            assertThat(f.getOrDefault("dropped", 0)).as("%s chart dropped", agent).isEqualTo(dropped);
            assertThat(chartDown).as("%s chart downgrades", agent).isEqualTo(down);
            // The retro page's leaderboard row.
            Element row = retro.select("table").first().select("tr").stream()
                    .filter(tr -> !tr.select("td").isEmpty() && tr.select("td").first().ownText().strip().equals(agent)).findFirst().orElseThrow();
            List<String> cells = row.select("td").eachText();
            assertThat(cells.get(2)).as("%s retro raised", agent).isEqualTo(String.valueOf(raised));
            assertThat(count(cells.get(5))).as("%s retro fp", agent).isEqualTo(fp + "/" + raised);
            assertThat(count(cells.get(6))).as("%s retro downgrades", agent).isEqualTo(down + "/" + raised);
            assertThat(count(cells.get(7))).as("%s retro keep", agent).isEqualTo((raised - fp - dropped) + "/" + raised);
        }
        // agent-reviews (one row per review and model): the by-model leaderboard's counts are its sums over
        // the reviews that account for the model's findings.
        List<Map<String, String>> byModel = ParseCommandTest.csvRows(run("--by", "model", "--format", "csv", "--min-raised", "0", dir).out());
        for (Map<String, String> m : byModel) {
            String model = m.get("agent");
            int[] sums = new int[4];
            for (Map<String, String> r : rows) {
                if (!r.get("agent").equals(model) || r.get("raised").isEmpty() || r.get("falsePositives").isEmpty()
                        || r.get("dropped").isEmpty() || r.get("downgraded").isEmpty()) {
                    continue;
                }
                sums[0] += Integer.parseInt(r.get("raised"));
                sums[1] += Integer.parseInt(r.get("falsePositives"));
                sums[2] += Integer.parseInt(r.get("dropped"));
                sums[3] += Integer.parseInt(r.get("downgraded"));
            }
            List<String> printed = List.of(m.get("raised"), m.get("false_positives"), m.get("dropped"), m.get("downgraded"));
            assertThat(printed).as("%s: agent-reviews sums", model)
                    .isEqualTo(m.get("raised").isEmpty() ? List.of("", "", "", "")
                            : java.util.Arrays.stream(sums).mapToObj(String::valueOf).toList());
        }
        // compare: each model's rates are the by-model leaderboard's.
        String compare = run("compare", dir).out();
        for (Map<String, String> m : byModel) {
            String model = m.get("agent");
            String fpCount = m.get("false_positives") + "/" + m.get("raised");
            for (String line : compare.lines().filter(l -> l.contains("false-positive rate") && l.contains(model + " ")).toList()) {
                assertThat(line).as("compare on %s", model).contains(fpCount);
            }
        }
    }

    private static String count(String rate) {
        Matcher m = RATE.matcher(rate.strip());
        return m.find() ? m.group(1) + "/" + m.group(2) : rate;
    }
}
