package dev.reviewstats.internal.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

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
            if (c == '*' && (i == 0 || !isWordOrStar(s.charAt(i - 1))) && i + 1 < n && !CharClass.isSpace(s.charAt(i + 1))
                    && s.charAt(i + 1) != '*') {
                int close = s.indexOf('*', i + 1);
                if (close > 0 && !CharClass.isSpace(s.charAt(close - 1)) && (close + 1 == n || !isWordOrStar(s.charAt(close + 1)))) {
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
        // Most text has single spaces only; three intrinsic scans say so faster than a character loop.
        if (s.indexOf("  ") < 0 && s.indexOf('\t') < 0 && s.indexOf('\u00A0') < 0) {
            return s;
        }
        return fold(s, Inline::isFoldable, false);
    }

    /**
     * Folds each run of the white space {@code space} accepts into one space; with
     * {@code dropBesideBreaks}, a run next to a line break goes altogether. The one folding routine
     * of the front ends: the outline's plain text and the HTML front end's inline text both use it.
     */
    public static String fold(String s, IntPredicate space, boolean dropBesideBreaks) {
        int n = s.length();
        int i = 0;
        // Most text needs nothing: find the first character that does before copying anything.
        while (i < n && !needsFolding(s, i, space, dropBesideBreaks)) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (!space.test(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < n && space.test(s.charAt(end))) {
                end++;
            }
            boolean besideBreak = dropBesideBreaks
                    && ((out.length() > 0 && out.charAt(out.length() - 1) == '\n') || (end < n && s.charAt(end) == '\n'));
            if (!besideBreak) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Whether the character at {@code i} is white space that folding changes. */
    private static boolean needsFolding(String s, int i, IntPredicate space, boolean dropBesideBreaks) {
        char c = s.charAt(i);
        if (!space.test(c)) {
            return false;
        }
        if (c != ' ') {
            return true;
        }
        boolean nextIsSpace = i + 1 < s.length() && space.test(s.charAt(i + 1));
        boolean besideBreak = dropBesideBreaks
                && ((i + 1 < s.length() && s.charAt(i + 1) == '\n') || (i > 0 && s.charAt(i - 1) == '\n'));
        return nextIsSpace || besideBreak;
    }

    private static boolean isFoldable(int c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    /** {@code [\w*]} of {@link java.util.regex.Pattern}: ASCII letters, digits, underscore, or a star. */
    private static boolean isWordOrStar(char c) {
        return CharClass.isWord(c) || c == '*';
    }

    /**
     * Where the first em or en dash between white space ({@code "Title — text"}, {@code \\s+[—–]\\s+})
     * starts and ends, or null: the template's separator of a title from what follows it.
     */
    public static int[] spacedDash(String s) {
        int[] dash = spacedDash(s, text -> text);
        return dash == null ? null : new int[] {dash[0], dash[1]};
    }

    /**
     * The first em or en dash between white space whose following text {@code after} accepts: where
     * the white space before it starts, where the text after it starts, and what {@code after} gave
     * (a result of -1 rejects the dash). The text may be empty: {@code after} is then given the end of
     * {@code s}.
     */
    public static int[] spacedDash(String s, java.util.function.IntUnaryOperator after) {
        int n = s.length();
        for (int p = 0; p < n; p++) {
            if (!CharClass.isSpace(s.charAt(p))) {
                continue;
            }
            int q = CharClass.skipSpaces(s, p);
            int text = q < n && (s.charAt(q) == '—' || s.charAt(q) == '–') ? CharClass.skipSpaces(s, q + 1) : -1;
            int result = text > q + 1 ? after.applyAsInt(text) : -1;
            if (result >= 0) {
                return new int[] {p, text, result};
            }
            p = q - 1;
        }
        return null;
    }

    /**
     * The text split at its commas and the white space after them, and before them too when
     * {@code spacesBefore}, as {@code Pattern.split} on {@code ,\\s*} or {@code \\s*,\\s*} splits it:
     * trailing empty parts are dropped.
     */
    public static List<String> splitAtCommas(String s, boolean spacesBefore) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int comma = s.indexOf(','); comma >= 0; comma = s.indexOf(',', start)) {
            int end = comma;
            while (spacesBefore && end > start && CharClass.isSpace(s.charAt(end - 1))) {
                end--;
            }
            out.add(s.substring(start, end));
            start = CharClass.skipSpaces(s, comma + 1);
        }
        return splitResult(s, out, start);
    }

    /**
     * What {@code Pattern.split} returns given the parts before each separator found and where the last
     * part starts: the whole text when no separator was found, else the parts with trailing empty ones
     * dropped.
     */
    public static List<String> splitResult(String s, List<String> before, int lastStart) {
        if (before.isEmpty()) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>(before);
        out.add(s.substring(lastStart));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return List.copyOf(out.subList(0, size));
    }

    /**
     * The text without each parenthesis, from {@code (} to the first {@code )} with only characters
     * {@code inside} accepts between them, as {@code replaceAll} removes a pattern's matches.
     */
    public static String withoutParenthesised(String s, IntPredicate inside) {
        StringBuilder out = null;
        int copied = 0;
        for (int open = s.indexOf('('); open >= 0; ) {
            int close = open + 1;
            while (close < s.length() && s.charAt(close) != ')' && inside.test(s.charAt(close))) {
                close++;
            }
            if (close >= s.length() || s.charAt(close) != ')') {
                open = s.indexOf('(', open + 1);
                continue;
            }
            out = out == null ? new StringBuilder(s.length()) : out;
            out.append(s, copied, open);
            copied = close + 1;
            open = s.indexOf('(', copied);
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * The text without the run of {@code leading} characters that starts it and the run of
     * {@code trailing} characters that ends it, as {@code replaceAll("^[L]+|[T]+$", "")} removes them:
     * a line break that ends the text stays, and the run before it goes.
     */
    public static String trimEdges(String s, IntPredicate leading, IntPredicate trailing) {
        int from = 0;
        while (from < s.length() && leading.test(s.charAt(from))) {
            from++;
        }
        int n = s.length();
        int end = n > from && !trailing.test(s.charAt(n - 1)) && CharClass.isInputEnd(s, n - 1) ? n - 1 : n;
        int to = end;
        while (to > from && trailing.test(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to) + s.substring(end);
    }

    /**
     * Whether {@code s[0, to)} is one to {@code maxWords} words of {@code wordChar} characters
     * separated by runs of white space, with none at either end ({@code w+(?:\\s+w+){0,max-1}}).
     */
    public static boolean isSpacedWords(String s, int to, IntPredicate wordChar, int maxWords) {
        int words = 0;
        int i = 0;
        while (i < to) {
            int word = i;
            while (i < to && wordChar.test(s.charAt(i))) {
                i++;
            }
            if (i == word || ++words > maxWords) {
                return false;
            }
            if (i == to) {
                return true;
            }
            int next = CharClass.skipSpaces(s, i);
            if (next == i || next >= to) {
                return false;
            }
            i = next;
        }
        return false;
    }
}
