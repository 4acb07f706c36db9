package dev.reviewstats.internal.flattened;

import static dev.reviewstats.internal.outline.CharClass.isDigit;
import static dev.reviewstats.internal.outline.CharClass.skipDigits;

import java.util.List;

/**
 * What one cell of a retro row may hold, for cutting a row whose separators were lost: each a scan of
 * the whole cell. {@code CellGrammarTest} checks each against the pattern it replaced.
 */
enum CellGrammar {
    /** {@code 754}: whole seconds. */
    SECONDS,
    /** {@code 1h 23m 45s}, {@code 12m 5s}, {@code 12:30}, {@code 45s}. */
    DURATION,
    /** {@code 2C 11I 13S}, {@code 1I 7S}, {@code 0}: counts in the template's order. */
    SEVERITY_COUNTS,
    /** {@code 31 (Read 20, Grep 11)}, {@code 3*}: a count with a note. */
    COUNT_WITH_NOTE;

    /** What a cell says when it has no figure. */
    private static final List<String> NONE = List.of("—", "–", "-", "n/a", "N/A", "not recorded", "unknown");
    private static final char[] SEVERITY_LETTERS = {'C', 'I', 'S'};

    boolean matches(String cell) {
        if (NONE.contains(cell)) {
            return true;
        }
        return switch (this) {
            case SECONDS -> count(cell, 0) == cell.length();
            case DURATION -> isDuration(cell);
            case SEVERITY_COUNTS -> cell.equals("none") || cell.equals("0") || isSeverityCounts(cell);
            case COUNT_WITH_NOTE -> isCountWithNote(cell);
        };
    }

    /** Where a count without a leading zero ({@code 0}, {@code 17}) that starts at {@code from} ends, or -1. */
    private static int count(String s, int from) {
        if (from >= s.length() || !isDigit(s.charAt(from))) {
            return -1;
        }
        return s.charAt(from) == '0' ? from + 1 : skipDigits(s, from);
    }

    private static boolean isCountWithNote(String s) {
        int i = count(s, 0);
        if (i < 0) {
            return false;
        }
        if (s.startsWith(" (", i)) {
            int close = i + 2;
            while (close < s.length() && s.charAt(close) != '(' && s.charAt(close) != ')') {
                close++;
            }
            if (close < s.length() && s.charAt(close) == ')') {
                i = close + 1;
            }
        }
        i = s.startsWith("*", i) ? i + 1 : i;
        return i == s.length();
    }

    /** Counts each followed by its letter, in the order C, I, S, one space apart, at least one. */
    private static boolean isSeverityCounts(String s) {
        int i = 0;
        int next = 0;
        boolean any = false;
        while (i < s.length()) {
            if (any) {
                if (s.charAt(i) != ' ') {
                    return false;
                }
                i++;
            }
            int end = count(s, i);
            if (end < 0 || end >= s.length()) {
                return false;
            }
            int letter = next;
            while (letter < SEVERITY_LETTERS.length && SEVERITY_LETTERS[letter] != s.charAt(end)) {
                letter++;
            }
            if (letter == SEVERITY_LETTERS.length) {
                return false;
            }
            next = letter + 1;
            i = end + 1;
            any = true;
        }
        return any;
    }

    private static boolean isDuration(String s) {
        int digits = skipDigits(s, 0);
        if (digits == 0) {
            return false;
        }
        if (digits < s.length() && s.charAt(digits) == ':') {
            int end = twoDigits(s, digits + 1);
            end = end > 0 && end < s.length() && s.charAt(end) == ':' ? twoDigits(s, end + 1) : end;
            return end == s.length();
        }
        int unit = digits < s.length() && s.charAt(digits) == ' ' ? digits + 1 : digits;
        if (unit >= s.length()) {
            return false;
        }
        return switch (s.charAt(unit)) {
            case 's' -> unit + 1 == s.length();
            case 'h' -> s.startsWith(" ", unit + 1) && minutesAndSeconds(s, unit + 2, true);
            case 'm' -> minutesAndSeconds(s, digits, false);
            default -> false;
        };
    }

    /** {@code 23m 45s} (from its digits, or from its unit when {@code digitsFirst} is false) to the end. */
    private static boolean minutesAndSeconds(String s, int from, boolean digitsFirst) {
        int i = from;
        if (digitsFirst) {
            int digits = skipDigits(s, from);
            if (digits == from) {
                return false;
            }
            i = digits < s.length() && s.charAt(digits) == ' ' ? digits + 1 : digits;
        } else {
            i = s.charAt(i) == ' ' ? i + 1 : i;
        }
        if (!s.startsWith("m", i)) {
            return false;
        }
        i = s.startsWith("min ", i) ? i + 3 : i + 1;
        if (!s.startsWith(" ", i)) {
            return false;
        }
        int seconds = i + 1;
        int end = skipDigits(s, seconds);
        if (end == seconds || end - seconds > 2) {
            return false;
        }
        end = end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
        return s.startsWith("s", end) && end + 1 == s.length();
    }

    private static int twoDigits(String s, int from) {
        return from + 1 < s.length() && isDigit(s.charAt(from)) && isDigit(s.charAt(from + 1)) ? from + 2 : -1;
    }
}
