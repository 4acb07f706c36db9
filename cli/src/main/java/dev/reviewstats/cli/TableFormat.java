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
 * array of objects (unknown is {@code null}). Numbers stay numbers and booleans stay booleans in JSON.
 */
enum TableFormat {
    csv, jsonl, json;

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
                    line.add(c.isMissing(row) ? "" : cells.cell(text(c, row)));
                }
                sb.append(String.join(",", line)).append('\n');
            } else if (this == jsonl) {
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
                empty.columns().forEach(c -> head.add(cells.cell(c.name())));
                out.println(String.join(",", head));
                pieces.forEach(out::print);
            }
            case jsonl -> pieces.forEach(out::print);
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
                table.columns().forEach(c -> head.add(cells.cell(c.name())));
                out.println(String.join(",", head));
                for (int row = 0; row < table.rowCount(); row++) {
                    List<String> line = new ArrayList<>(table.columnCount());
                    for (Column<?> c : table.columns()) {
                        line.add(c.isMissing(row) ? "" : cells.cell(text(c, row)));
                    }
                    out.println(String.join(",", line));
                }
            }
            case jsonl -> {
                for (int row = 0; row < table.rowCount(); row++) {
                    out.println(json(object(table, row)));
                }
            }
            case json -> {
                ArrayNode all = MAPPER.createArrayNode();
                for (int row = 0; row < table.rowCount(); row++) {
                    all.add(object(table, row));
                }
                out.println(json(all));
            }
        }
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
