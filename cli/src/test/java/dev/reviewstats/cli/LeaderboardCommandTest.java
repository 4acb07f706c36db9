package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default command, run in-process on the real corpus and on a folder with bad inputs. */
class LeaderboardCommandTest {
    private static final Pattern RATE = Pattern.compile("(\\d+)% \\[(\\d+)–(\\d+)\\] (\\d+)/(\\d+)");

    @TempDir
    Path dir;

    @Test
    void textCsvAndJsonCarryTheSameNumbers() throws IOException {
        String corpus = SharedCorpus.root().toString();
        ParseCommandTest.Run text = run(corpus);
        ParseCommandTest.Run csv = run("--format", "csv", corpus);
        ParseCommandTest.Run json = run("--format", "json", corpus);
        assertThat(text.exit()).isZero();
        assertThat(csv.exit()).isZero();
        assertThat(json.exit()).isZero();

        List<String> csvLines = csv.out().lines().toList();
        List<String> header = Arrays.asList(csvLines.get(0).split(","));
        Map<String, Map<String, String>> csvRows = new HashMap<>();
        for (String line : csvLines.subList(1, csvLines.size())) {
            String[] v = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), v[i]);
            }
            csvRows.put(row.get("agent"), row);
        }
        assertThat(csvRows.keySet()).containsExactlyInAnyOrder("Claude", "Codex", "Gemini");
        JsonNode agents = new ObjectMapper().readTree(json.out()).get("agents");
        assertThat(agents).hasSize(3);

        int checkedRows = 0;
        for (String line : text.out().lines().toList()) {
            String[] cols = line.trim().split("\\s{2,}");
            if (cols.length < 17 || !csvRows.containsKey(cols[0])) {
                continue;
            }
            checkedRows++;
            Map<String, String> c = csvRows.get(cols[0]);
            JsonNode j = null;
            for (JsonNode a : agents) {
                if (a.get("agent").asText().equals(cols[0])) {
                    j = a;
                }
            }
            assertThat(j).isNotNull();
            assertThat(cols[1]).isEqualTo(c.get("reviews")).isEqualTo(j.get("reviews").asText());
            assertThat(cols[2]).isEqualTo(c.get("raised")).isEqualTo(j.get("raised").asText());
            assertThat(cols[3]).isEqualTo(c.get("credited")).isEqualTo(j.at("/credited/total").asText());
            assertThat(cols[4]).isEqualTo(c.get("credited_critical")).isEqualTo(j.at("/credited/critical").asText());
            assertThat(cols[7]).isEqualTo(c.get("unique")).isEqualTo(j.get("unique").asText());
            assertThat(cols[8]).isEqualTo(c.get("consensus")).isEqualTo(j.get("consensus").asText());
            assertRate(cols[9], c.get("false_positives"), c.get("fp_base"), c.get("fp_rate"), c.get("fp_rate_low"),
                    c.get("fp_rate_high"), j.get("falsePositiveRate"));
            assertRate(cols[10], c.get("downgraded"), c.get("downgrade_base"), c.get("downgrade_rate"),
                    c.get("downgrade_rate_low"), c.get("downgrade_rate_high"), j.get("downgradeRate"));
            assertThat(cols[11]).isEqualTo(c.get("upgraded")).isEqualTo(j.get("upgraded").asText());
            assertThat(cols[12]).isEqualTo(c.get("dropped")).isEqualTo(j.get("dropped").asText());
            assertRate(cols[14], c.get("fixed"), c.get("resolved"), c.get("fix_rate"), c.get("fix_rate_low"),
                    c.get("fix_rate_high"), j.get("fixRate"));
        }
        assertThat(checkedRows).isEqualTo(3);
    }

    private static void assertRate(String textCell, String count, String base, String value, String low, String high,
            JsonNode json) {
        Matcher m = RATE.matcher(textCell);
        assertThat(m.matches()).as(textCell).isTrue();
        assertThat(m.group(4)).isEqualTo(json.get("numerator").asText());
        assertThat(m.group(5)).isEqualTo(base).isEqualTo(json.get("denominator").asText());
        assertThat(Integer.parseInt(m.group(4))).isLessThanOrEqualTo(Integer.parseInt(count));
        // The text rounds the exact value; the CSV carries it to four places.
        assertThat(Long.parseLong(m.group(1))).isEqualTo(Math.round(100 * json.get("value").asDouble()));
        assertThat(Long.parseLong(m.group(2))).isEqualTo(Math.round(100 * json.get("low").asDouble()));
        assertThat(Long.parseLong(m.group(3))).isEqualTo(Math.round(100 * json.get("high").asDouble()));
        org.assertj.core.data.Offset<Double> fourPlaces = org.assertj.core.api.Assertions.within(5e-5);
        assertThat(Double.parseDouble(value)).isCloseTo(json.get("value").asDouble(), fourPlaces);
        assertThat(Double.parseDouble(low)).isCloseTo(json.get("low").asDouble(), fourPlaces);
        assertThat(Double.parseDouble(high)).isCloseTo(json.get("high").asDouble(), fourPlaces);
    }

    @Test
    void byModelSeparatesModelVersions() {
        ParseCommandTest.Run r = run("--by", "model", "--min-raised", "0", SharedCorpus.root().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Claude Opus 4.6").contains("Claude Opus 4.7").contains("Codex GPT 5.4")
                .contains("Codex GPT 5.5").contains("Gemini 3.1 Pro");
    }

    @Test
    void unreadableAndNonReviewFilesAreNamedAndTheGoodReviewsStillCount() throws IOException {
        Files.copy(ParseCommandTest.samples().resolve("20260105-101500-pr-12.md"), dir.resolve("a.md"));
        Files.copy(ParseCommandTest.samples().resolve("20260120-093000-pr-15.md"), dir.resolve("b.md"));
        Files.writeString(dir.resolve("notes.md"), "# Team notes\n\nNothing to see here.\n");
        Files.write(dir.resolve("broken.html"), new byte[] {0, 1, 2, 3});
        ParseCommandTest.Run r = run("--min-raised", "0", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.SKIPPED_INPUT.code());
        assertThat(r.err()).contains("broken.html: skipped (binary)").contains("notes.md: skipped (not a review)");
        assertThat(r.out()).startsWith("Agent leaderboard: 2 reviews");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("--sort", "nonsense", ".").exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run("--by", "team", ".").exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run("--since", "yesterday", ".").exit()).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void breakdownByRoundPrintsOneTablePerBucket() {
        ParseCommandTest.Run r = run("--breakdown", "round", "--min-raised", "0", ParseCommandTest.samples().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("round 1: 2 reviews").contains("later rounds: 1 reviews");
    }

    @Test
    void breakdownCsvIsOneTableWithAPeriodColumnAndJsonIsOneDocument() throws IOException {
        String samples = ParseCommandTest.samples().toString();
        ParseCommandTest.Run csv = run("--breakdown", "week", "--format", "csv", "--min-raised", "0", samples);
        assertThat(csv.exit()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).startsWith("period,agent,ranked,reviews,raised,");
        // One header, then only data rows, each starting with an ISO week.
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches("2026-W\\d\\d,.*"));
        assertThat(lines.stream().filter(l -> l.startsWith("period,")).count()).isEqualTo(1);
        ParseCommandTest.Run json = run("--breakdown", "month", "--format", "json", "--min-raised", "0", samples);
        // Exactly one JSON document, not one per period.
        assertThat(new ObjectMapper().readerFor(JsonNode.class).readValues(json.out()).readAll()).hasSize(1);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("breakdown").asText()).isEqualTo("month");
        assertThat(root.get("periods")).isNotEmpty().allSatisfy(p -> assertThat(p.get("title").asText()).matches("2026-\\d\\d"));
    }

    @Test
    void twoModelsOfOneFamilyAreTwoRowsByModelAndLocalFamiliesKeepTheirPillNames() throws IOException {
        Path fixture = Path.of("src/test/resources/fixtures/six-reviewers.md");
        ParseCommandTest.Run byModel = run("--by", "model", "--min-raised", "0", "--format", "csv", "--no-cache",
                fixture.toString());
        assertThat(byModel.exit()).as(byModel.err()).isZero();
        List<String> agents = byModel.out().lines().skip(1).map(l -> l.split(",")[0]).toList();
        assertThat(agents).containsExactlyInAnyOrder("Claude Opus 5", "Codex GPT 5.6 Sol", "Gemini 3.1 Pro",
                "Gemini 3.5 Flash", "Qwen3 Coder Next", "Gemma4 31B", "GLM-4.7 Flash");
        ParseCommandTest.Run table = run("table", "agent-reviews", "--format", "jsonl", "--no-cache", fixture.toString());
        Map<String, JsonNode> rows = new HashMap<>();
        for (String line : table.out().lines().toList()) {
            JsonNode r = new ObjectMapper().readTree(line);
            rows.put(r.get("agent").asText(), r);
        }
        assertThat(rows.get("Qwen3 Coder Next").get("family").asText()).isEqualTo("Qwen");
        assertThat(rows.get("Gemma4 31B").get("family").asText()).isEqualTo("Gemma");
        assertThat(rows.get("GLM-4.7 Flash").get("family").asText()).isEqualTo("GLM");
        assertThat(rows.get("Gemini 3.5 Flash").get("model").asText()).isEqualTo("3.5 Flash");
        // I1 credits Gemini 3.1 Pro, S1 Gemini 3.5 Flash: each model its own credit.
        assertThat(rows.get("Gemini 3.1 Pro").get("creditedI").asInt()).isEqualTo(1);
        assertThat(rows.get("Gemini 3.1 Pro").get("creditedS").asInt()).isZero();
        assertThat(rows.get("Gemini 3.5 Flash").get("creditedS").asInt()).isEqualTo(1);
        assertThat(rows.get("Qwen3 Coder Next").get("unique").asInt()).isZero();
        // No appendix: raised is unknown, not 0.
        assertThat(rows.get("Claude Opus 5").get("raised").isNull()).isTrue();
        ParseCommandTest.Run byFamily = run("--min-raised", "0", "--format", "csv", "--no-cache", fixture.toString());
        assertThat(byFamily.out().lines().skip(1).map(l -> l.split(",")[0]).toList())
                .containsExactlyInAnyOrder("Claude", "Codex", "Gemini", "Qwen", "Gemma", "GLM");
    }

    @Test
    void aRepoFilterNamesTheReviewsItCannotPlace() throws IOException {
        Path fixture = Path.of("src/test/resources/fixtures/six-reviewers.md");
        Files.writeString(dir.resolve("norepo.md"), Files.readString(fixture)
                .replace("| **Repo** | example-org/local-models |\n", "").replace("20261012-101500-pr-901", "20261013-101500-pr-902"));
        ParseCommandTest.Run r = run("table", "reviews", "--repo", "local-models", "--no-cache", dir.toString(), fixture.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().count()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains("left out 1 review(s) with no repository").contains("20261013-101500-pr-902");
        assertThat(run("--since", "2026-05-01", "--until", "2026-04-01", ".").exit()).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void aBreakdownByRepositoryNamesTheReviewsThatNameNone() throws IOException {
        Path unnamed = Files.writeString(dir.resolve("unnamed.md"), Files.readString(Path.of("src/test/resources/fixtures/six-reviewers.md"))
                .replace("| **Repo** | example-org/local-models |\n", "").replace("pr-901", "pr-903"));
        ParseCommandTest.Run r = run("--breakdown", "repo", "--format", "csv", "--min-raised", "0", "--no-cache",
                ParseCommandTest.samples().toString(), "src/test/resources/fixtures/six-reviewers.md", unnamed.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("repository,agent,");
        assertThat(r.out().lines().map(l -> l.split(",")[0]).distinct().toList()).contains("example-org/local-models", "unknown");
        assertThat(r.err()).contains("1 review(s) name no repository and are counted under 'unknown': 20261012-101500-pr-903");
    }

    @Test
    void aReviewNamingNoRepositoryJoinsTheOneItsFolderNames() throws IOException {
        Path fixture = Path.of("src/test/resources/fixtures/six-reviewers.md");
        Files.copy(fixture, dir.resolve("named.md"));
        Files.writeString(dir.resolve("norepo.md"), Files.readString(fixture)
                .replace("| **Repo** | example-org/local-models |\n", "").replace("20261012-101500-pr-901", "20261013-101500-pr-902"));
        ParseCommandTest.Run table = run("table", "reviews", "--repo", "local-models", "--no-cache", dir.toString());
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out().lines().skip(1).map(l -> l.split(",")[0]).toList())
                .containsExactly("20261012-101500-pr-901", "20261013-101500-pr-902");
        assertThat(table.err()).contains("1 review(s) name no repository; each was placed in the one its folder's other reviews name:"
                + " 20261013-101500-pr-902").doesNotContain("left out");
        ParseCommandTest.Run board = run("--breakdown", "repo", "--format", "csv", "--min-raised", "0", "--no-cache", dir.toString());
        assertThat(board.out().lines().skip(1).map(l -> l.split(",")[0]).distinct().toList()).containsExactly("example-org/local-models");
    }
}
