package dev.reviewstats.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes one data frame as one tidy table: CSV (unknown is an empty cell), JSON Lines or one JSON
 * array of objects (unknown is {@code null}), or Parquet (typed columns, unknown is null). Numbers
 * stay numbers and booleans stay booleans in JSON. Parquet is binary: its rows are kept as JSON
 * Lines until the file is written ({@link #table}), where the schema's types bring them back.
 */
enum TableFormat {
    csv, jsonl, json, parquet;

    private static final ObjectMapper MAPPER = dev.reviewstats.json.TerminalSafeEscapes.on(new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT));

    /**
     * The rows of {@code table} as this format writes them, without a header or brackets: a piece of
     * a table written review by review ({@link #writePieces}). Empty when the table has no rows.
     */
    String rows(Table table, Csv cells) {
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < table.rowCount(); row++) {
            if (this == csv) {
                List<String> line = new ArrayList<>(table.columnCount());
                for (Column<?> c : table.columns()) {
                    line.add(c.isMissing(row) ? "" : text(c, row));
                }
                sb.append(cells.record(line));
            } else if (this == jsonl || this == parquet) {
                sb.append(json(object(table, row))).append('\n');
            } else {
                sb.append(sb.length() == 0 ? "" : ",").append(json(object(table, row)));
            }
        }
        return sb.toString();
    }

    /**
     * Writes a table whose rows come in pieces made by {@link #rows}, under the header of
     * {@code empty} (the same table with no rows): the same text as {@link #write} of the whole.
     */
    void writePieces(Table empty, Iterable<String> pieces, PrintWriter out, Csv cells) {
        switch (this) {
            case csv -> {
                List<String> head = new ArrayList<>();
                empty.columns().forEach(c -> head.add(c.name()));
                out.print(cells.record(head));
                pieces.forEach(out::print);
            }
            case jsonl -> pieces.forEach(out::print);
            case parquet -> throw new IllegalStateException("Parquet is binary: written by TableCommand, not as text");
            case json -> {
                out.print('[');
                boolean first = true;
                for (String p : pieces) {
                    if (!p.isEmpty()) {
                        out.print(first ? p : "," + p);
                        first = false;
                    }
                }
                out.println(']');
            }
        }
    }

    void write(Table table, PrintWriter out, Csv cells) {
        switch (this) {
            case csv -> {
                List<String> head = new ArrayList<>();
                table.columns().forEach(c -> head.add(c.name()));
                out.print(cells.record(head));
                for (int row = 0; row < table.rowCount(); row++) {
                    List<String> line = new ArrayList<>(table.columnCount());
                    for (Column<?> c : table.columns()) {
                        line.add(c.isMissing(row) ? "" : text(c, row));
                    }
                    out.print(cells.record(line));
                }
            }
            case jsonl -> {
                for (int row = 0; row < table.rowCount(); row++) {
                    out.println(json(object(table, row)));
                }
            }
            case parquet -> throw new IllegalStateException("Parquet is binary: written by TableCommand, not as text");
            case json -> {
                ArrayNode all = MAPPER.createArrayNode();
                for (int row = 0; row < table.rowCount(); row++) {
                    all.add(object(table, row));
                }
                out.println(json(all));
            }
        }
    }

    /**
     * Rows this format wrote as JSON Lines ({@link #rows} of {@code parquet}), back in a table of
     * {@code empty}'s columns and types: unknown is missing again, dates are dates.
     */
    static Table table(Table empty, String jsonLines) {
        Table t = empty.emptyCopy();
        try {
            for (String line : jsonLines.split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                com.fasterxml.jackson.databind.JsonNode o = MAPPER.readTree(line);
                for (Column<?> c : t.columns()) {
                    com.fasterxml.jackson.databind.JsonNode v = o.get(c.name());
                    if (v == null || v.isNull()) {
                        c.appendMissing();
                    } else if (c instanceof IntColumn ints) {
                        ints.append(v.asInt());
                    } else if (c instanceof LongColumn longs) {
                        longs.append(v.asLong());
                    } else if (c instanceof DoubleColumn doubles) {
                        doubles.append(v.asDouble());
                    } else if (c instanceof BooleanColumn bools) {
                        bools.append(v.asBoolean());
                    } else if (c instanceof tech.tablesaw.api.DateColumn dates) {
                        dates.append(java.time.LocalDate.parse(v.asText()));
                    } else if (c instanceof tech.tablesaw.api.StringColumn strings) {
                        strings.append(v.asText());
                    } else {
                        c.appendCell(v.asText());
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return t;
    }

    private static ObjectNode object(Table table, int row) {
        ObjectNode o = MAPPER.createObjectNode();
        for (Column<?> c : table.columns()) {
            if (c.isMissing(row)) {
                o.putNull(c.name());
            } else if (c instanceof IntColumn ints) {
                o.put(c.name(), ints.getInt(row));
            } else if (c instanceof LongColumn longs) {
                o.put(c.name(), longs.getLong(row));
            } else if (c instanceof DoubleColumn doubles) {
                o.put(c.name(), doubles.getDouble(row));
            } else if (c instanceof BooleanColumn bools) {
                o.put(c.name(), bools.get(row));
            } else {
                o.put(c.name(), text(c, row));
            }
        }
        return o;
    }

    // JsonNode.toString() uses Jackson's own mapper, which would bypass the terminal-safe escapes.
    private static String json(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(Column<?> c, int row) {
        Object v = c.get(row);
        return String.valueOf(v);
    }
}
