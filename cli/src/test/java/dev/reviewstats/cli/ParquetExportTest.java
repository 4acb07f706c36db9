package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reviewstats.testing.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code table NAME --format parquet}: what DuckDB reads back from the file is what the JSON Lines
 * export says, value for value, with nulls where JSON Lines has null and each column's documented type.
 */
class ParquetExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The documented Parquet type of each kind of column (docs/metrics.md, "Parquet"), as DuckDB names it. */
    private static final Map<String, String> DUCKDB_TYPE = Map.of("count", "INTEGER", "seconds", "BIGINT", "date", "DATE",
            "boolean", "BOOLEAN", "text", "VARCHAR", "score", "DOUBLE");

    @TempDir
    Path dir;

    static List<Map<String, Object>> query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData m = r.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= m.getColumnCount(); i++) {
                    row.put(m.getColumnLabel(i), r.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The kind each column's values are, as docs/metrics.md states the Parquet types. */
    private static String kind(String column, JsonNode sample) {
        if (sample.isTextual() && sample.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return "date";
        }
        return switch (column) {
            case "wallClockSeconds", "durationSeconds" -> "seconds";
            case "score" -> "score";
            default -> sample.isBoolean() ? "boolean" : sample.isIntegralNumber() ? "count" : "text";
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"reviews", "agent-reviews", "agent-findings", "findings", "judgements", "resolutions"})
    void everyTableOfTheSharedCorpusReadsBackInDuckDbAsItsJsonLinesExport(String table) throws Exception {
        String corpus = SharedCorpus.root().toString();
        ParseCommandTest.Run jsonl = run("table", table, corpus, "--format", "jsonl");
        assertThat(jsonl.exit()).as(jsonl.err()).isZero();
        List<JsonNode> expected = new ArrayList<>();
        for (String line : jsonl.out().lines().toList()) {
            expected.add(JSON.readTree(line));
        }
        Path file = dir.resolve(table + ".parquet");
        ParseCommandTest.Run parquet = run("table", table, corpus, "--format", "parquet", "-o", file.toString());
        assertThat(parquet.exit()).as(parquet.err()).isZero();
        assertThat(parquet.out().strip()).isEqualTo(file.toString());

        List<Map<String, Object>> rows = query("SELECT * FROM read_parquet('" + file + "')");
        assertThat(rows).hasSize(expected.size()).hasSizeGreaterThan(100);
        int nulls = 0;
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            JsonNode want = expected.get(i);
            assertThat(row.keySet()).containsExactlyElementsOf(() -> want.fieldNames());
            for (Map.Entry<String, Object> cell : row.entrySet()) {
                JsonNode v = want.get(cell.getKey());
                String where = table + " row " + i + " column " + cell.getKey();
                if (v.isNull()) {
                    assertThat(cell.getValue()).as(where).isNull();
                    nulls++;
                } else if (v.isIntegralNumber()) {
                    assertThat(((Number) cell.getValue()).longValue()).as(where).isEqualTo(v.asLong());
                } else if (v.isNumber()) {
                    assertThat(((Number) cell.getValue()).doubleValue()).as(where).isEqualTo(v.asDouble());
                } else if (v.isBoolean()) {
                    assertThat(cell.getValue()).as(where).isEqualTo(v.asBoolean());
                } else {
                    assertThat(String.valueOf(cell.getValue())).as(where).isEqualTo(v.asText());
                }
            }
        }
        if (!table.equals("reviews")) {
            assertThat(nulls).as("unknown values in %s", table).isPositive();
        }

        // Each column has its documented type and its description from the column documentation.
        Map<String, String> types = new LinkedHashMap<>();
        query("DESCRIBE SELECT * FROM read_parquet('" + file + "')").forEach(r -> types.put((String) r.get("column_name"),
                (String) r.get("column_type")));
        for (String column : types.keySet()) {
            JsonNode sample = expected.stream().map(o -> o.get(column)).filter(n -> !n.isNull()).findFirst().orElse(null);
            if (sample != null) {
                assertThat(types.get(column)).as(table + "." + column).isEqualTo(DUCKDB_TYPE.get(kind(column, sample)));
            }
        }
        Map<String, String> kv = new TreeMap<>();
        query("SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('" + file + "')")
                .forEach(r -> kv.put((String) r.get("k"), (String) r.get("v")));
        for (String column : types.keySet()) {
            assertThat(kv.get("review-stats.column." + column)).as("the description of " + table + "." + column).isNotBlank();
        }
        assertThat(kv.get("org.apache.spark.sql.parquet.row.metadata")).contains("\"comment\":");
    }

    @Test
    void aPartitionedWriteReadsBackWholeWithItsPartitionColumn() throws Exception {
        String corpus = SharedCorpus.root().toString();
        ParseCommandTest.Run jsonl = run("table", "agent-reviews", corpus, "--format", "jsonl");
        Map<String, long[]> byRepository = new TreeMap<>();
        for (String line : jsonl.out().lines().toList()) {
            JsonNode o = JSON.readTree(line);
            long[] sums = byRepository.computeIfAbsent(o.get("repository").isNull() ? "(none)" : o.get("repository").asText(),
                    k -> new long[2]);
            sums[0]++;
            sums[1] += o.get("credited").asLong();
        }
        Path tree = dir.resolve("by-repository");
        ParseCommandTest.Run written = run("table", "agent-reviews", corpus, "--format", "parquet", "--partition-by", "repository",
                "-o", tree.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out().lines()).allMatch(l -> l.startsWith(tree + "/repository="));
        assertThat(Files.isRegularFile(tree.resolve("repository=rancher-sandbox%2Francher-desktop/part-0.parquet"))).isTrue();

        Map<String, long[]> read = new TreeMap<>();
        // Rows of reviews that name no repository are in Hive's null partition, which Spark and Hive read as null and
        // DuckDB as its name (docs/scale.md says so).
        for (Map<String, Object> r : query("SELECT nullif(repository, '__HIVE_DEFAULT_PARTITION__') AS repository, count(*) AS n,"
                + " sum(credited) AS credited FROM read_parquet('" + tree + "/**/*.parquet', hive_partitioning = true) GROUP BY 1")) {
            read.put(r.get("repository") == null ? "(none)" : (String) r.get("repository"),
                    new long[] {((Number) r.get("n")).longValue(), ((Number) r.get("credited")).longValue()});
        }
        assertThat(read.keySet()).isEqualTo(byRepository.keySet());
        byRepository.forEach((repo, sums) -> assertThat(read.get(repo)).as(repo).containsExactly(sums));

        Path months = dir.resolve("by-month");
        assertThat(run("table", "reviews", corpus, "--format", "parquet", "--partition-by", "month", "-o", months.toString()).exit())
                .isZero();
        List<Map<String, Object>> perMonth = query("SELECT month, count(*) AS n, count(*) FILTER (WHERE strftime(date, '%Y-%m') <> month)"
                + " AS misplaced FROM read_parquet('" + months + "/**/*.parquet', hive_partitioning = true) GROUP BY month ORDER BY month");
        assertThat(perMonth).extracting(r -> r.get("month")).contains("2026-03", "2026-08");
        assertThat(perMonth).allSatisfy(r -> assertThat(((Number) r.get("misplaced")).longValue()).isZero());
        assertThat(perMonth.stream().mapToLong(r -> ((Number) r.get("n")).longValue()).sum())
                .isEqualTo(run("table", "reviews", corpus, "--format", "jsonl").out().lines().count());
    }

    @Test
    void parquetWithoutAFileAndPartitionsWithoutParquetAreUsageErrors() throws Exception {
        String samples = ReportCommandTest.samples().toString();
        ParseCommandTest.Run noFile = run("table", "reviews", samples, "--format", "parquet");
        assertThat(noFile.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(noFile.err()).contains("--format parquet writes a binary file: give it with -o FILE");
        assertThat(run("table", "reviews", samples, "--partition-by", "month", "-o", dir.resolve("x").toString()).exit())
                .isEqualTo(ExitCode.USAGE.code());
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("old.parquet"), "x");
        ParseCommandTest.Run notEmpty = run("table", "reviews", samples, "--format", "parquet", "--partition-by", "month", "-o",
                full.toString());
        assertThat(notEmpty.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(notEmpty.err()).contains("already holds files");
    }

    @Test
    void everyFormatWrittenWithDashOIsWhatStandardOutputGets() throws Exception {
        String samples = ReportCommandTest.samples().toString();
        for (String format : List.of("csv", "jsonl", "json")) {
            ParseCommandTest.Run stdout = run("table", "findings", samples, "--format", format);
            Path file = dir.resolve("findings." + format);
            ParseCommandTest.Run written = run("table", "findings", samples, "--format", format, "-o", file.toString());
            assertThat(written.exit()).as(written.err()).isZero();
            assertThat(written.out().strip()).isEqualTo(file.toString());
            assertThat(Files.readString(file)).as(format).isEqualTo(stdout.out()).isNotBlank();
        }
    }

    @Test
    void aTableWithNoRowsIsAValidParquetFileWithItsColumns() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-reports"));
        Path file = dir.resolve("empty.parquet");
        ParseCommandTest.Run r = run("table", "agent-reviews", empty.toString(), "--format", "parquet", "-o", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(query("SELECT count(*) AS n FROM read_parquet('" + file + "')").get(0).get("n")).isEqualTo(0L);
        assertThat(query("DESCRIBE SELECT * FROM read_parquet('" + file + "')")).extracting(c -> c.get("column_name"))
                .startsWith("review", "date", "repository");
    }

    @Test
    void theSamplesWrittenAsParquetGiveTheLeaderboardsTotalsInDuckDb() throws Exception {
        String samples = ReportCommandTest.samples().toString();
        Path file = dir.resolve("agent-reviews.parquet");
        assertThat(run("table", "agent-reviews", samples, "--format", "parquet", "-o", file.toString()).exit()).isZero();
        Map<String, Map<String, String>> board = new TreeMap<>();
        ParseCommandTest.csvRows(run("--format", "csv", "--by", "model", "--min-raised", "0", samples).out())
                .forEach(r -> board.put(r.get("agent"), r));
        List<Map<String, Object>> rows = query("SELECT agent, count(*) AS reviews, sum(credited) AS credited, sum(\"unique\") AS uniq,"
                + " sum(falsePositives) AS fp FROM read_parquet('" + file + "') GROUP BY agent ORDER BY agent");
        assertThat(rows).extracting(r -> r.get("agent")).containsExactlyElementsOf(board.keySet());
        for (Map<String, Object> r : rows) {
            Map<String, String> b = board.get((String) r.get("agent"));
            assertThat(String.valueOf(r.get("reviews"))).isEqualTo(b.get("reviews"));
            assertThat(String.valueOf(r.get("credited"))).isEqualTo(b.get("credited"));
            assertThat(String.valueOf(r.get("uniq"))).isEqualTo(b.get("unique"));
            assertThat(String.valueOf(r.get("fp"))).isEqualTo(b.get("false_positives"));
        }
    }
}
