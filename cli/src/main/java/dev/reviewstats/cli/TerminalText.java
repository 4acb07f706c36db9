package dev.reviewstats.cli;

/**
 * Text from reports made safe for a terminal: control characters (C0 with tab, DEL, C1), the
 * bidirectional controls and marks that reorder what a reader sees (LRM, RLM, ALM, the embeddings,
 * overrides and isolates) and the Unicode line and paragraph separators are written as
 * {@code \\uXXXX}, so a crafted report cannot move the cursor, recolour the screen, set the window title
 * or reorder a line when its names reach stderr, a text table or a CSV or JSON output. Line breaks
 * inside one value are escaped too, because each message is one line. The one rule for every output.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String safe(String s) {
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
                || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
