package dev.reviewstats.cli;

/**
 * RFC 4180 fields: quoted when they hold a comma, a quote or a line break. {@link #SAFE} also
 * neutralises cells a spreadsheet would run as a formula (OWASP's rule: a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}),
 * because titles and names come from reports anyone could have written. A plain number such as
 * {@code -3} is left alone: it is data, not a formula. {@link #RAW} writes cells as they are.
 */
enum Csv {
    SAFE, RAW;

    /** The cell written as it is by default: neutralised. */
    static String field(String s) {
        return SAFE.cell(s);
    }

    String cell(String s) {
        // Control and bidirectional characters are escaped as a terminal shows them (TerminalText); a
        // line break stays a quoted line break, as RFC 4180 has it.
        String t = this == SAFE ? safeKeepingLineBreaks(s) : s;
        String v = this == SAFE && formulaLike(t) ? "'" + t : t;
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
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
