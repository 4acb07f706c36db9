package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.reviewstats.testing.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/scale.md's DuckDB queries, run as the page says over Parquet written as the page says from
 * both shared review histories, give the figures {@code review-stats} prints for the same reports.
 */
class ScaleDocTest {
    private static final Path REPO = Path.of(System.getProperty("reviewstats.repoRoot", "..")).toAbsolutePath().normalize();
    private static final Pattern QUERY = Pattern.compile("<!-- query: (\\w+) -->\\s*```sql\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    static Path lake;

    static Map<String, String> queries;
    static String[] corpus;

    @BeforeAll
    static void writeTheLakeAsThePageSays() throws Exception {
        Path root = SharedCorpus.root();
        corpus = new String[] {root.resolve("rancher-desktop-daemon").toString(), root.resolve("rancher-desktop").toString(),
                root.resolve("flattened").toString()};
        for (String table : List.of("agent-reviews", "findings")) {
            List<String> args = new ArrayList<>(List.of("table", table));
            args.addAll(List.of(corpus));
            args.addAll(List.of("--format", "parquet", "--partition-by", "repository", "-o", lake.resolve("warehouse/" + table).toString()));
            ParseCommandTest.Run r = run(args.toArray(String[]::new));
            assertThat(r.exit()).as(r.err()).isZero();
        }
        queries = new LinkedHashMap<>();
        Matcher m = QUERY.matcher(Files.readString(REPO.resolve("docs/scale.md")));
        while (m.find()) {
            queries.put(m.group(1), m.group(2));
        }
        assertThat(queries.keySet()).containsExactly("leaderboard", "compare", "value");
    }

    /** Runs a query of the page, its statements one by one, in the lake's folder; the last one's rows by their first column. */
    static Map<String, Map<String, Object>> duckdb(String sql) throws Exception {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET file_search_path = '" + lake + "'");
            String[] statements = sql.split(";\\s*\\n");
            for (int i = 0; i < statements.length - 1; i++) {
                s.execute(statements[i]);
            }
            try (ResultSet r = s.executeQuery(statements[statements.length - 1])) {
                ResultSetMetaData md = r.getMetaData();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnLabel(i), r.getObject(i));
                    }
                    rows.put(String.valueOf(row.values().iterator().next()), row);
                }
            }
        }
        return rows;
    }

    private static String[] with(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(corpus));
        return all.toArray(String[]::new);
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void theLeaderboardQueryGivesTheLeaderboardsFigures() throws Exception {
        Map<String, Map<String, Object>> sql = duckdb(queries.get("leaderboard"));
        List<Map<String, String>> board = ParseCommandTest.csvRows(run(with("--by", "model", "--format", "csv")).out()).stream()
                .filter(r -> r.get("ranked").equals("true")).toList();
        assertThat(new ArrayList<>(sql.keySet())).as("the ranked agents, in the leaderboard's order")
                .isEqualTo(board.stream().map(r -> r.get("agent")).toList());
        for (Map<String, String> b : board) {
            Map<String, Object> q = sql.get(b.get("agent"));
            for (String column : List.of("reviews", "raised", "credited", "unique", "false_positives", "downgraded", "fixed", "resolved")) {
                assertThat(number(q.get(column))).as(b.get("agent") + " " + column).isEqualTo(Double.parseDouble(b.get(column)));
            }
            assertThat(number(q.get("fp_rate_pct"))).isCloseTo(100 * Double.parseDouble(b.get("fp_rate")), within(0.051));
            assertThat(number(q.get("downgrade_rate_pct"))).isCloseTo(100 * Double.parseDouble(b.get("downgrade_rate")), within(0.051));
            assertThat(number(q.get("keep_rate_pct"))).isCloseTo(100 * Double.parseDouble(b.get("keep_rate")), within(0.051));
            assertThat(number(q.get("fix_rate_pct"))).isCloseTo(100 * Double.parseDouble(b.get("fix_rate")), within(0.051));
            assertThat(number(q.get("median_seconds"))).isEqualTo(Double.parseDouble(b.get("median_duration_seconds")));
        }
    }

    @Test
    void theComparisonQueryGivesCompareSCountsAndIntervals() throws Exception {
        Map<String, Map<String, Object>> sql = duckdb(queries.get("compare"));
        Map<String, String> fp = ParseCommandTest.csvRows(run(with("compare", "--models", "Codex GPT 5.5", "Codex GPT 5.6 Sol",
                "--format", "csv")).out()).stream().filter(r -> r.get("metric").equals("fp-rate")).findFirst().orElseThrow();
        for (String side : List.of("left", "right")) {
            Map<String, Object> q = sql.get(fp.get(side));
            assertThat(number(q.get("reviews"))).isEqualTo(Double.parseDouble(fp.get(side + "_reviews")));
            assertThat(number(q.get("false_positives"))).isEqualTo(Double.parseDouble(fp.get(side + "_count")));
            assertThat(number(q.get("raised"))).isEqualTo(Double.parseDouble(fp.get(side + "_base")));
            assertThat(number(q.get("fp_rate"))).isCloseTo(Double.parseDouble(fp.get(side + "_rate")), within(0.00051));
            assertThat(number(q.get("fp_rate_low"))).isCloseTo(Double.parseDouble(fp.get(side + "_low")), within(0.00051));
            assertThat(number(q.get("fp_rate_high"))).isCloseTo(Double.parseDouble(fp.get(side + "_high")), within(0.00051));
        }
    }

    @Test
    void theValueQueryGivesValueSFigures() throws Exception {
        Map<String, Map<String, Object>> sql = duckdb(queries.get("value"));
        List<Map<String, String>> value = ParseCommandTest.csvRows(run(with("value", "--by", "model", "--format", "csv")).out());
        assertThat(sql.keySet()).containsExactlyInAnyOrderElementsOf(value.stream().map(r -> r.get("agent")).toList());
        for (Map<String, String> v : value) {
            Map<String, Object> q = sql.get(v.get("agent"));
            Map<String, String> same = Map.of("runs", "runs", "unique_critical", "unique_critical", "unique_important", "unique_important",
                    "unique_suggestion", "unique_suggestion", "unique_fixed", "unique_fixed", "lost_without_ci",
                    "lost_without_critical_important");
            same.forEach((column, csv) -> assertThat(number(q.get(column))).as(v.get("agent") + " " + column)
                    .isEqualTo(Double.parseDouble(v.get(csv))));
            assertThat(number(q.get("share_of_fixed_pct"))).isCloseTo(100 * Double.parseDouble(v.get("share_of_fixed")), within(0.051));
            assertThat(number(q.get("median_minutes"))).isCloseTo(Double.parseDouble(v.get("median_minutes")), within(0.051));
        }
    }
}
