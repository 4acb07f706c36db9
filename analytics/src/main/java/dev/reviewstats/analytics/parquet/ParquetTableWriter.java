package dev.reviewstats.analytics.parquet;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a data frame as an Apache Parquet file that DuckDB, Spark, pandas and the warehouses read
 * natively, with its types kept: integer columns as INT32 or INT64, doubles as DOUBLE, booleans as
 * BOOLEAN, dates as DATE, text as UTF-8 STRING, every column optional so that unknown is null.
 * Each column's description goes into the file as field metadata twice over: a key-value pair
 * {@code review-stats.column.NAME} and Spark's own schema key, whose field metadata Spark shows as
 * the column's comment.
 *
 * <p>Rows are added a table at a time ({@link #write}) and written in row groups of
 * {@value #ROW_GROUP_ROWS} rows, so the writer holds one row group, however many rows pass through.
 * Pages are PLAIN-encoded and gzip-compressed (codecs every reader has). Not thread-safe.
 */
public final class ParquetTableWriter implements Closeable {
    /** Rows per row group: large enough for readers to scan fast, small enough to hold in a small heap. */
    public static final int ROW_GROUP_ROWS = 65_536;

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int OPTIONAL = 1;
    private static final int PLAIN = 0;
    private static final int RLE = 3;
    private static final int GZIP = 2;
    private static final int DATA_PAGE = 0;

    /** A column's Parquet physical type (the thrift enum's value), its annotation, and how it is encoded. */
    private enum Kind {
        BOOLEAN(0, -1, "boolean"), INT32(1, -1, "integer"), INT64(2, -1, "long"), DOUBLE(5, -1, "double"),
        STRING(6, 0, "string"), DATE(1, 6, "date");

        final int physical;
        /** The legacy converted type (UTF8 0, DATE 6), or -1 for none. */
        final int converted;
        final String sparkType;

        Kind(int physical, int converted, String sparkType) {
            this.physical = physical;
            this.converted = converted;
            this.sparkType = sparkType;
        }

        static Kind of(Column<?> c) {
            if (c instanceof IntColumn || c instanceof ShortColumn) {
                return INT32;
            }
            if (c instanceof LongColumn) {
                return INT64;
            }
            if (c instanceof DoubleColumn || c instanceof FloatColumn) {
                return DOUBLE;
            }
            if (c instanceof BooleanColumn) {
                return BOOLEAN;
            }
            if (c instanceof DateColumn) {
                return DATE;
            }
            return STRING;
        }
    }

    /** One column's values and definition levels for the row group being filled. */
    private static final class ColumnBuffer {
        final String name;
        final Kind kind;
        final ByteArrayOutputStream values = new ByteArrayOutputStream();
        /** Definition levels as runs: alternately present (1) or null (0), each run's length. */
        final List<int[]> runs = new ArrayList<>();
        int bits;
        int bitCount;
        long nulls;

        ColumnBuffer(String name, Kind kind) {
            this.name = name;
            this.kind = kind;
        }

        void add(Column<?> c, int row) {
            boolean present = !c.isMissing(row);
            int level = present ? 1 : 0;
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[0] == level) {
                runs.get(runs.size() - 1)[1]++;
            } else {
                runs.add(new int[] {level, 1});
            }
            if (!present) {
                nulls++;
                return;
            }
            switch (kind) {
                case INT32 -> int32(((Number) c.get(row)).intValue());
                case DATE -> int32(Math.toIntExact(((LocalDate) c.get(row)).toEpochDay()));
                case INT64 -> int64(((Number) c.get(row)).longValue());
                case DOUBLE -> int64(Double.doubleToLongBits(((Number) c.get(row)).doubleValue()));
                case BOOLEAN -> {
                    if (Boolean.TRUE.equals(c.get(row))) {
                        bits |= 1 << bitCount;
                    }
                    if (++bitCount == 8) {
                        values.write(bits);
                        bits = 0;
                        bitCount = 0;
                    }
                }
                case STRING -> {
                    byte[] b = String.valueOf(c.get(row)).getBytes(StandardCharsets.UTF_8);
                    int32(b.length);
                    values.write(b, 0, b.length);
                }
            }
        }

        private void int32(int v) {
            values.write(v);
            values.write(v >>> 8);
            values.write(v >>> 16);
            values.write(v >>> 24);
        }

        private void int64(long v) {
            int32((int) v);
            int32((int) (v >>> 32));
        }

        /** The page body: definition levels (length-prefixed RLE runs of bit width 1), then the values. */
        byte[] page() {
            ByteArrayOutputStream levels = new ByteArrayOutputStream();
            for (int[] run : runs) {
                CompactProtocol.varint(levels, (long) run[1] << 1);
                levels.write(run[0]);
            }
            ByteArrayOutputStream page = new ByteArrayOutputStream(4 + levels.size() + values.size() + 1);
            int n = levels.size();
            page.write(n);
            page.write(n >>> 8);
            page.write(n >>> 16);
            page.write(n >>> 24);
            page.writeBytes(levels.toByteArray());
            page.writeBytes(values.toByteArray());
            if (bitCount > 0) {
                page.write(bits);
            }
            return page.toByteArray();
        }

        void reset() {
            values.reset();
            runs.clear();
            bits = 0;
            bitCount = 0;
            nulls = 0;
        }
    }

    /** Where one written column chunk is, for the footer. */
    private record Chunk(long offset, long uncompressed, long compressed) {
    }

    /** One written row group, for the footer. */
    private record RowGroup(List<Chunk> chunks, long rows, long bytes) {
    }

    private final OutputStream out;
    private final List<ColumnBuffer> columns = new ArrayList<>();
    private final Map<String, String> docs;
    private final String createdBy;
    private final List<RowGroup> written = new ArrayList<>();
    private long position;
    private int buffered;
    private long rows;
    private boolean closed;

    private ParquetTableWriter(OutputStream out, Table schema, Map<String, String> docs, String createdBy) {
        this.out = out;
        this.docs = new LinkedHashMap<>(docs);
        this.createdBy = createdBy;
        for (Column<?> c : schema.columns()) {
            columns.add(new ColumnBuffer(c.name(), Kind.of(c)));
        }
    }

    /**
     * Starts a file with the columns (names and types) of {@code schema}; its rows, if any, are not written.
     *
     * @param out where the file goes; flushed by {@link #close}, not closed
     * @param schema a table with the columns to write
     * @param docs column name to its description (columns not named have none)
     * @param createdBy what made the file, for the footer ("review-stats version 0.1.0")
     * @return the writer
     * @throws IOException when the stream cannot be written
     */
    public static ParquetTableWriter open(OutputStream out, Table schema, Map<String, String> docs, String createdBy)
            throws IOException {
        Objects.requireNonNull(out, "out");
        ParquetTableWriter w = new ParquetTableWriter(out, schema, docs, createdBy);
        w.emit(MAGIC);
        return w;
    }

    /**
     * Writes one whole table.
     *
     * @param table the table
     * @param docs column name to its description
     * @param createdBy what made the file
     * @param out where the file goes; flushed when done, not closed
     * @throws IOException when the stream cannot be written
     */
    public static void write(Table table, Map<String, String> docs, String createdBy, OutputStream out) throws IOException {
        try (ParquetTableWriter w = open(out, table, docs, createdBy)) {
            w.write(table);
        }
    }

    /**
     * Adds the rows of {@code table}, whose columns must be those the writer was opened with.
     *
     * @param table rows to add
     * @throws IOException when the stream cannot be written
     * @throws IllegalArgumentException when the columns differ
     */
    public void write(Table table) throws IOException {
        if (table.columnCount() != columns.size()) {
            throw new IllegalArgumentException("the table has " + table.columnCount() + " columns; the file has " + columns.size());
        }
        List<Column<?>> cs = new ArrayList<>(table.columns());
        for (int i = 0; i < cs.size(); i++) {
            if (!cs.get(i).name().equals(columns.get(i).name) || Kind.of(cs.get(i)) != columns.get(i).kind) {
                throw new IllegalArgumentException("column " + i + " is " + cs.get(i).name() + " (" + Kind.of(cs.get(i))
                        + "); the file's is " + columns.get(i).name + " (" + columns.get(i).kind + ")");
            }
        }
        for (int row = 0; row < table.rowCount(); row++) {
            for (int i = 0; i < cs.size(); i++) {
                columns.get(i).add(cs.get(i), row);
            }
            if (++buffered == ROW_GROUP_ROWS) {
                flushRowGroup();
            }
        }
    }

    private void flushRowGroup() throws IOException {
        if (buffered == 0) {
            return;
        }
        List<Chunk> chunks = new ArrayList<>();
        long bytes = 0;
        for (ColumnBuffer c : columns) {
            byte[] page = c.page();
            byte[] compressed = gzip(page);
            byte[] header = new CompactProtocol()
                    .i32(1, DATA_PAGE).i32(2, page.length).i32(3, compressed.length)
                    .struct(5).i32(1, buffered).i32(2, PLAIN).i32(3, RLE).i32(4, RLE).end()
                    .end().bytes();
            long offset = position;
            emit(header);
            emit(compressed);
            chunks.add(new Chunk(offset, header.length + (long) page.length, header.length + (long) compressed.length));
            bytes += header.length + (long) page.length;
            c.reset();
        }
        written.add(new RowGroup(chunks, buffered, bytes));
        rows += buffered;
        buffered = 0;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(data.length / 3 + 64);
        // The fastest level: the pages are small and repetitive, so it keeps most of the gain at a fraction of the time.
        try (GZIPOutputStream z = new GZIPOutputStream(b, 8192) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        }) {
            z.write(data);
        }
        return b.toByteArray();
    }

    /**
     * Writes the last row group and the footer, and flushes the stream; the caller closes it.
     *
     * @throws IOException when the stream cannot be written
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        flushRowGroup();
        byte[] footer = footer();
        emit(footer);
        int n = footer.length;
        emit(new byte[] {(byte) n, (byte) (n >>> 8), (byte) (n >>> 16), (byte) (n >>> 24)});
        emit(MAGIC);
        out.flush();
    }

    private byte[] footer() {
        CompactProtocol p = new CompactProtocol().i32(1, 1);
        p.list(2, CompactProtocol.STRUCT, columns.size() + 1);
        p.element().string(4, "schema").i32(5, columns.size()).end();
        for (ColumnBuffer c : columns) {
            p.element().i32(1, c.kind.physical).i32(3, OPTIONAL).string(4, c.name);
            if (c.kind.converted >= 0) {
                p.i32(6, c.kind.converted);
                // LogicalType union: STRING is field 1, DATE field 6, each an empty struct.
                p.struct(10).struct(c.kind == Kind.STRING ? 1 : 6).end().end();
            }
            p.end();
        }
        p.i64(3, rows);
        p.list(4, CompactProtocol.STRUCT, written.size());
        for (RowGroup g : written) {
            p.element().list(1, CompactProtocol.STRUCT, g.chunks().size());
            for (int i = 0; i < columns.size(); i++) {
                ColumnBuffer c = columns.get(i);
                Chunk k = g.chunks().get(i);
                p.element().i64(2, k.offset()).struct(3)
                        .i32(1, c.kind.physical)
                        .list(2, CompactProtocol.I32, 2).i32Element(PLAIN).i32Element(RLE)
                        .list(3, CompactProtocol.BINARY, 1).stringElement(c.name)
                        .i32(4, GZIP).i64(5, g.rows()).i64(6, k.uncompressed()).i64(7, k.compressed()).i64(9, k.offset())
                        .end().end();
            }
            p.i64(2, g.bytes()).i64(3, g.rows()).end();
        }
        Map<String, String> kv = new LinkedHashMap<>();
        docs.forEach((column, doc) -> kv.put("review-stats.column." + column, doc));
        kv.put("org.apache.spark.sql.parquet.row.metadata", sparkSchema());
        p.list(5, CompactProtocol.STRUCT, kv.size());
        kv.forEach((k, v) -> p.element().string(1, k).string(2, v).end());
        p.string(6, createdBy);
        p.end();
        return p.bytes();
    }

    /** Spark's schema of the file, whose field metadata Spark reads as each column's comment. */
    private String sparkSchema() {
        StringBuilder sb = new StringBuilder("{\"type\":\"struct\",\"fields\":[");
        for (int i = 0; i < columns.size(); i++) {
            ColumnBuffer c = columns.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"name\":").append(json(c.name)).append(",\"type\":\"").append(c.kind.sparkType)
                    .append("\",\"nullable\":true,\"metadata\":{");
            String doc = docs.get(c.name);
            if (doc != null) {
                sb.append("\"comment\":").append(json(doc));
            }
            sb.append("}}");
        }
        return sb.append("]}").toString();
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private void emit(byte[] b) throws IOException {
        out.write(b);
        position += b.length;
    }
}
