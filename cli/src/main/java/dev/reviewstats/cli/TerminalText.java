package dev.reviewstats.cli;

/**
 * Text from reports made safe for a terminal: control characters (C0, DEL, C1, and the bidirectional
 * overrides that reorder what a reader sees) are written as {@code \\uXXXX}, so a crafted report cannot
 * move the cursor, recolour the screen or set the window title when its names reach stderr or a text
 * table. Tabs stay; line breaks inside one value are escaped too, because each message is one line.
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

    private static boolean unsafe(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
