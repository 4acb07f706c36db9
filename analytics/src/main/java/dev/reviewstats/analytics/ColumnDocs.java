package dev.reviewstats.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What each column of the tidy tables ({@link ReviewTables}) holds, in one sentence: the words
 * exports carry with the data (Parquet field metadata), kept in one resource beside the code.
 */
public final class ColumnDocs {
    private static final Properties DOCS = load();

    private ColumnDocs() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ColumnDocs.class.getResourceAsStream("columns.properties")) {
            if (in == null) {
                throw new IllegalStateException("columns.properties is missing from the analytics jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * What a column holds.
     *
     * @param table the table's command-line name ({@code agent-reviews})
     * @param column the column's name
     * @return its description, or empty for a column not documented
     */
    public static Optional<String> of(String table, String column) {
        String doc = DOCS.getProperty(table + "." + column);
        if (doc == null) {
            doc = DOCS.getProperty(column);
        }
        if (doc == null) {
            return Optional.empty();
        }
        // A shared description that names tables ("agent-reviews: ...; findings: ...") is cut to this table's part.
        String prefix = table + ": ";
        for (String part : doc.split(";\\s*")) {
            if (part.startsWith(prefix)) {
                return Optional.of(part.substring(prefix.length()));
            }
        }
        return Optional.of(doc);
    }

    /**
     * Every column of a table with its description, in the table's order.
     *
     * @param table the table's command-line name
     * @param columns its columns
     * @return column name to description; a column not documented is left out
     */
    public static Map<String, String> of(String table, Iterable<String> columns) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : columns) {
            of(table, c).ifPresent(d -> out.put(c, d));
        }
        return out;
    }
}
