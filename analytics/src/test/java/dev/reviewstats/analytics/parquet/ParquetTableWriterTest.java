package dev.reviewstats.analytics.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** What DuckDB, an independent reader, reads back from the writer's files: the same rows, types and nulls. */
class ParquetTableWriterTest {
    /** A table of every column type, about a fifth of its cells missing, text with any character. */
    static Table random(long seed, int rows) {
        Random r = new Random(seed);
        IntColumn ints = IntColumn.create("ints");
        LongColumn longs = LongColumn.create("longs");
        DoubleColumn doubles = DoubleColumn.create("doubles");
        BooleanColumn bools = BooleanColumn.create("bools");
        DateColumn dates = DateColumn.create("dates");
        StringColumn text = StringColumn.create("text");
        for (int i = 0; i < rows; i++) {
            boolean[] missing = new boolean[6];
            for (int k = 0; k < 6; k++) {
                missing[k] = r.nextInt(5) == 0;
            }
            if (missing[0]) {
                ints.appendMissing();
            } else {
                ints.append(r.nextInt(2_000_001) - 1_000_000);
            }
            if (missing[1]) {
                longs.appendMissing();
            } else {
                longs.append(r.nextLong() / 2);
            }
            if (missing[2]) {
                doubles.appendMissing();
            } else {
                doubles.append(r.nextDouble() * 100);
            }
            if (missing[3]) {
                bools.appendMissing();
            } else {
                bools.append(r.nextBoolean());
            }
            if (missing[4]) {
                dates.appendMissing();
            } else {
                dates.append(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(3000) - 1500));
            }
            if (missing[5]) {
                text.appendMissing();
            } else {
                StringBuilder sb = new StringBuilder();
                int n = 1 + r.nextInt(12);
                for (int c = 0; c < n; c++) {
                    sb.appendCodePoint(r.nextInt(4) == 0 ? 0x1F300 + r.nextInt(200) : 0x20 + r.nextInt(0x2000));
                }
                text.append(sb.toString());
            }
        }
        return Table.create("random", ints, longs, doubles, bools, dates, text);
    }

    static List<List<Object>> duckdb(Path file) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = r.getObject(i);
                    row.add(v instanceof java.sql.Date d ? d.toLocalDate() : v);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static void assertReadsBack(Table t, Path file) throws SQLException {
        List<List<Object>> read = duckdb(file);
        assertThat(read).hasSize(t.rowCount());
        for (int row = 0; row < t.rowCount(); row++) {
            for (int col = 0; col < t.columnCount(); col++) {
                Column<?> c = t.column(col);
                Object want = c.isMissing(row) ? null : c.get(row);
                Object got = read.get(row).get(col);
                if (got instanceof java.time.LocalDate || want == null) {
                    assertThat(got).as("row %d %s", row, c.name()).isEqualTo(want);
                } else if (want instanceof Number w) {
                    assertThat(((Number) got).doubleValue()).as("row %d %s", row, c.name()).isEqualTo(w.doubleValue());
                } else {
                    assertThat(String.valueOf(got)).as("row %d %s", row, c.name()).isEqualTo(String.valueOf(want));
                }
            }
        }
    }

    @Property(tries = 25)
    void anyTableRoundTripsThroughDuckDb(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int rows) throws Exception {
        Table t = random(seed, rows);
        Path file = Files.createTempFile("round-trip", ".parquet");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                ParquetTableWriter.write(t, Map.of("ints", "a \"count\"\nwith a line break"), "test", out);
            }
            assertReadsBack(t, file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void rowsAddedInPiecesAcrossSeveralRowGroupsReadBackInOrder() throws Exception {
        Table all = random(7, ParquetTableWriter.ROW_GROUP_ROWS * 2 + 1234);
        Path file = Files.createTempFile("row-groups", ".parquet");
        try {
            try (OutputStream out = Files.newOutputStream(file);
                    ParquetTableWriter w = ParquetTableWriter.open(out, all.emptyCopy(), Map.of(), "test")) {
                for (int from = 0; from < all.rowCount(); from += 5000) {
                    w.write(all.inRange(from, Math.min(all.rowCount(), from + 5000)));
                }
            }
            assertReadsBack(all, file);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT count(DISTINCT row_group_id) FROM parquet_metadata('" + file + "')")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(3);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aTableOfOtherColumnsIsRefused() throws IOException {
        Table t = random(1, 3);
        try (ParquetTableWriter w = ParquetTableWriter.open(OutputStream.nullOutputStream(), t, Map.of(), "test")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.write(t.copy().removeColumns("text")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the file has 6");
        }
    }
}
