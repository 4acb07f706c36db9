package dev.reviewstats.cli;

/** RFC 4180 fields: quoted when they hold a comma, a quote or a line break. */
final class Csv {
    private Csv() {
    }

    static String field(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
