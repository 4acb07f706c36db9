package dev.reviewstats.internal.outline;

/**
 * Turns outline inline text into plain text: emphasis, code and strike-through markers go, runs of
 * spaces fold into one. Written as character scans rather than regular expressions because every
 * title, cell and body passes through here; {@code InlineTest} checks it against the patterns it
 * replaced.
 */
public final class Inline {
    private Inline() {
    }

    /** The text without emphasis, code and strike-through markers, with runs of spaces folded. */
    public static String plain(String inline) {
        String s = hasMarkup(inline) ? withoutEmphasis(withoutMarkers(inline)) : inline;
        return foldSpaces(s).strip();
    }

    /** Most text has no markers; scanning for them is far cheaper than removing them. */
    private static boolean hasMarkup(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '~' || c == '`') {
                return true;
            }
        }
        return false;
    }

    /** Removes {@code **}, {@code __}, {@code ~~} and {@code `}, left to right. */
    private static String withoutMarkers(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean pair = (c == '*' || c == '_' || c == '~') && i + 1 < n && s.charAt(i + 1) == c;
            if (pair || c == '`') {
                out.append(s, copied, i);
                i += pair ? 1 : 0;
                copied = i + 1;
            }
        }
        return out.append(s, copied, n).toString();
    }

    /**
     * Unwraps single-star emphasis: {@code *x*} whose opening star follows no word character or star
     * and is followed by a non-space, and whose closing star (the next star) follows a non-space and
     * is followed by no word character or star.
     */
    private static String withoutEmphasis(String s) {
        if (s.indexOf('*') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '*' && (i == 0 || !isWordOrStar(s.charAt(i - 1))) && i + 1 < n && !isSpace(s.charAt(i + 1))
                    && s.charAt(i + 1) != '*') {
                int close = s.indexOf('*', i + 1);
                if (close > 0 && !isSpace(s.charAt(close - 1)) && (close + 1 == n || !isWordOrStar(s.charAt(close + 1)))) {
                    out.append(s, i + 1, close);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Folds runs of spaces, tabs and no-break spaces into one space. */
    private static String foldSpaces(String s) {
        if (s.indexOf("  ") < 0 && s.indexOf('\t') < 0 && s.indexOf('\u00A0') < 0) {
            return s;
        }
        int n = s.length();
        int i = 0;
        while (i < n && !(isFoldable(s.charAt(i)) && (s.charAt(i) != ' ' || (i + 1 < n && isFoldable(s.charAt(i + 1)))))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isFoldable(c)) {
                out.append(' ');
                while (i < n && isFoldable(s.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isFoldable(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /** {@code \s} of {@link java.util.regex.Pattern}: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code [\w*]} of {@link java.util.regex.Pattern}: ASCII letters, digits, underscore, or a star. */
    private static boolean isWordOrStar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '*';
    }
}
