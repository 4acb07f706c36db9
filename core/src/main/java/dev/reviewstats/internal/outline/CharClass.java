package dev.reviewstats.internal.outline;

import java.util.List;

/**
 * The character classes of {@link java.util.regex.Pattern} that the scans which replaced patterns keep
 * to, so that a scan accepts exactly what its pattern did: {@code \s}, {@code \d}, {@code \w} and
 * {@code (?i)} are ASCII-only, while {@code \b} knows Unicode letters and combining marks. One
 * definition each, so that no scan drifts from the others; {@code CharClassTest} checks them against
 * the patterns.
 */
public final class CharClass {
    private CharClass() {
    }

    /** {@code \s}: ASCII white space, line breaks included. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code \d}: an ASCII digit. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code [A-Za-z]}. */
    public static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * The text with its ASCII capitals in small letters, as {@code (?i)} compares them, and every
     * other character kept, so that offsets into it are offsets into the text.
     */
    public static String toLowerAscii(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + ('a' - 'A'));
            }
        }
        return new String(c);
    }

    /** {@code [A-Za-z0-9]}. */
    public static boolean isLetterOrDigit(char c) {
        return isLetter(c) || isDigit(c);
    }

    /** {@code \w}: an ASCII letter, digit or underscore. */
    public static boolean isWord(char c) {
        return isLetterOrDigit(c) || c == '_';
    }

    /** What the {@code .} of a pattern without {@code DOTALL} does not match. */
    public static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Whether {@code $} of a pattern without {@code MULTILINE} matches at {@code i}: at the end, or
     * before a line break that ends the text ({@code \r\n} counting as one).
     */
    public static boolean isInputEnd(CharSequence s, int i) {
        int n = s.length();
        if (i == n) {
            return true;
        }
        if (i == n - 2) {
            return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
        }
        if (i != n - 1) {
            return false;
        }
        char c = s.charAt(i);
        return c == '\n' ? i == 0 || s.charAt(i - 1) != '\r' : isLineTerminator(c);
    }

    /** Whether {@code s[from, to)} holds a line break, which the {@code .} of a pattern does not match. */
    public static boolean hasLineTerminator(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isLineTerminator(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} holds {@code n} ASCII digits from {@code from} on ({@code \d{n}}). */
    public static boolean isDigits(CharSequence s, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (i >= s.length() || !isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the run of {@code \s} that starts at {@code from} ends. */
    public static int skipSpaces(CharSequence s, int from) {
        return skipWhile(s, from, c -> isSpace((char) c));
    }

    /** Where the run of characters {@code part} accepts that starts at {@code from} ends. */
    public static int skipWhile(CharSequence s, int from, java.util.function.IntPredicate part) {
        int i = from;
        while (i < s.length() && part.test(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The text split at runs of {@code \s}, as {@code Pattern.split} on {@code \s+} splits it (trailing empty strings dropped). */
    public static String[] splitAtSpaces(String s) {
        return splitAtRuns(s, c -> isSpace((char) c));
    }

    /**
     * The text split at runs of the characters {@code separator} accepts, as {@code Pattern.split} on
     * such a run splits it: a leading empty string when the text starts with one, trailing ones dropped.
     */
    public static String[] splitAtRuns(String s, java.util.function.IntPredicate separator) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            if (!separator.test(s.charAt(i))) {
                i++;
                continue;
            }
            int end = skipWhile(s, i, separator);
            out.add(s.substring(start, i));
            start = end;
            i = end;
        }
        if (out.isEmpty()) {
            return new String[] {s};
        }
        out.add(s.substring(start));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(new String[0]);
    }

    /** Where the run of {@code c} that starts at {@code from} ends. */
    public static int skipRun(CharSequence s, int from, char c) {
        return skipWhile(s, from, x -> x == c);
    }

    /** Where the run of {@code \d} that starts at {@code from} ends. */
    public static int skipDigits(CharSequence s, int from) {
        return skipWhile(s, from, c -> isDigit((char) c));
    }

    /**
     * Whether {@code s} holds {@code word} at {@code at} as {@code (?i)} compares: an ASCII capital
     * matches its small letter, every other character only itself.
     *
     * @param word the word in small letters
     */
    public static boolean matchesAt(CharSequence s, int at, String word) {
        if (at < 0 || at + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = s.charAt(at + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code \b} at {@code i}: a word character (a letter or digit of any script, or an underscore) on
     * one side and not on the other; a combining mark counts as the word character it follows.
     */
    public static boolean isBoundary(CharSequence s, int i) {
        boolean left = i > 0 && isWordPoint(s, Character.codePointBefore(s, i), i - 1);
        boolean right = i < s.length() && isWordPoint(s, Character.codePointAt(s, i), i);
        return left != right;
    }

    private static boolean isWordPoint(CharSequence s, int cp, int at) {
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        return Character.getType(cp) == Character.NON_SPACING_MARK && hasBase(s, at);
    }

    /** Whether the combining marks that end at {@code at} follow a letter or digit. */
    private static boolean hasBase(CharSequence s, int at) {
        for (int x = at; x >= 0; x--) {
            int cp = Character.codePointAt(s, x);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where {@code \b(?:w1|w2|…)\b} first matches in {@code s}, or -1.
     *
     * @param words the alternatives in the order the pattern tries them
     * @param ignoreCase whether to compare as {@code (?i)} does; the words are then in small letters
     */
    public static int findWord(CharSequence s, List<String> words, boolean ignoreCase) {
        for (int i = 0; i < s.length(); i++) {
            if (!isBoundary(s, i)) {
                continue;
            }
            for (String w : words) {
                boolean here = ignoreCase ? matchesAt(s, i, w) : regionEquals(s, i, w);
                if (here && isBoundary(s, i + w.length())) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean regionEquals(CharSequence s, int at, String word) {
        if (at + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
