package dev.reviewstats.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The one CSV writer of every command: records written by commons-csv as RFC 4180 has them (a field
 * is quoted when it holds a comma, a quote or a line break, and where commons-csv's minimal quoting
 * also quotes: a first field that is empty, a field that begins with a character up to {@code #} or
 * ends in white space), each record ended by a line feed like every other output. {@link #SAFE}
 * first neutralises cells a spreadsheet would run as a formula (OWASP's rule: a cell that begins
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * {@code '}), because titles and names come from reports anyone could have written. A plain number
 * such as {@code -3} is left alone: it is data, not a formula. {@link #RAW} writes cells as they are.
 */
enum Csv {
    SAFE, RAW;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    /**
     * One record, ended by a line feed: each cell as this mode writes it.
     *
     * @param cells the cells, unquoted
     * @return the record
     */
    String record(List<String> cells) {
        // What CSVPrinter does for a record, without a printer per record: tables of 100,000 rows.
        StringBuilder out = new StringBuilder();
        try {
            for (int i = 0; i < cells.size(); i++) {
                FORMAT.print(neutral(cells.get(i)), out, i == 0);
            }
            FORMAT.println(out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    /**
     * One field as a record writes it after its first: neutralised by this mode, quoted where needed.
     *
     * @param s the cell, unquoted
     * @return the field
     */
    String cell(String s) {
        StringBuilder out = new StringBuilder();
        try {
            FORMAT.print(neutral(s), out, false);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        // A field that is not a record's first is written after its delimiter.
        return out.substring(1);
    }

    /** {@link #record} of the safe mode: what every command but {@code table --raw-csv} writes. */
    static String row(List<String> cells) {
        return SAFE.record(cells);
    }

    /** The cell as this mode hands it to the writer: neutralised ({@link #SAFE}) or as it is. */
    private String neutral(String s) {
        if (this == RAW) {
            return s;
        }
        // Control and bidirectional characters are escaped as a terminal shows them (TerminalText); a
        // line break stays a quoted line break, as RFC 4180 has it.
        String t = safeKeepingLineBreaks(s);
        return formulaLike(t) ? "'" + t : t;
    }

    private static String safeKeepingLineBreaks(String s) {
        if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return TerminalText.safe(s);
        }
        StringBuilder out = new StringBuilder();
        for (String part : s.split("(?<=\n)|(?=\n)", -1)) {
            out.append(part.equals("\n") ? "\n" : TerminalText.safe(part.replace("\r", "")));
        }
        return out.toString();
    }

    private static boolean formulaLike(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (c == '=' || c == '@' || c == '\t' || c == '\r') {
            return true;
        }
        if (c == '+' || c == '-') {
            return !isNumber(s);
        }
        return false;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return !s.contains("e") && !s.contains("E") && !s.endsWith("d") && !s.endsWith("f")
                    && !s.endsWith("D") && !s.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
