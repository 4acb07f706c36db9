package dev.reviewstats.internal.template;

import static dev.reviewstats.internal.outline.CharClass.hasLineTerminator;
import static dev.reviewstats.internal.outline.CharClass.isBoundary;
import static dev.reviewstats.internal.outline.CharClass.isDigit;
import static dev.reviewstats.internal.outline.CharClass.isLineTerminator;
import static dev.reviewstats.internal.outline.CharClass.isSpace;
import static dev.reviewstats.internal.outline.CharClass.isWord;
import static dev.reviewstats.internal.outline.CharClass.skipDigits;
import static dev.reviewstats.internal.outline.CharClass.skipSpaces;

import dev.reviewstats.model.Downgrades;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.SeverityCounts;
import dev.reviewstats.model.ToolCalls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The grammars of the retro table's count cells; the flattened front end splits glued rows by them too. */
public final class Counts {
    /** An arrow in a Downgraded cell: {@code I→S}, {@code I -> S}. */
    private static final List<String> ARROWS = List.of("→", "->");
    /** What may stand between a transition's letters: an arrow or "to". */
    private static final List<String> TRANSITION_WORDS = List.of("→", "->", "to");
    /** An arrow's target is read for at most this many word characters. */
    private static final int MAX_ARROW_TARGET = 20;
    /** Spaces allowed between an arrow and its target. */
    private static final int MAX_ARROW_SPACES = 3;
    /** A severity target ({@code S}, {@code I12}) has at most this many digits. */
    private static final int MAX_TARGET_DIGITS = 3;

    private static final int COUNT_DIGITS = 6;
    /** Nine digits always fit an {@code int}. */
    private static final int INT_DIGITS = 9;
    /** Twelve digits of seconds are thirty thousand years: enough, and far from overflowing a duration. */
    private static final int LONG_DIGITS = 12;

    private Counts() {
    }

    private static String clean(String raw) {
        return raw.replace("**", "").replace("`", "").strip();
    }

    /**
     * A number written in digits, or {@code -1} when it has no digits or more than nine: every number
     * a report writes is read through here or {@link #count}, so none can overflow or throw.
     *
     * @param digits the digits
     * @return the number, or -1
     */
    public static int intOrMinusOne(String digits) {
        return digits == null || digits.length() > INT_DIGITS ? -1 : (int) longOrMinusOne(digits);
    }

    /**
     * As {@link #intOrMinusOne}, for durations: at most {@value #LONG_DIGITS} digits.
     *
     * @param digits the digits
     * @return the number, or -1
     */
    public static long longOrMinusOne(String digits) {
        if (digits == null || digits.isEmpty() || digits.length() > LONG_DIGITS) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * A number's digits as an id writes them ({@code 007} is {@code 7}), however many: an id is text,
     * and a number too large for any count still names something the report wrote.
     *
     * @param digits the digits
     * @return the digits without leading zeros ("0" for all zeros)
     */
    public static String digitsWithoutLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** A positive number written in digits; empty for 0 and for one too large to be a count. */
    public static Optional<Integer> positive(String digits) {
        int n = intOrMinusOne(digits);
        return n > 0 ? Optional.of(n) : Optional.empty();
    }

    /**
     * A count written in digits; empty for one of more than {@link #COUNT_DIGITS} digits, which no
     * report means and whose sums could overflow.
     */
    public static Optional<Integer> count(String digits) {
        return digits.length() <= COUNT_DIGITS && intOrMinusOne(digits) >= 0 ? Optional.of(intOrMinusOne(digits)) : Optional.empty();
    }

    /** A count that may carry a note: {@code 1 (severity overstatement)}, {@code 1*}; not a time, {@code 12:30}. */
    public static Optional<Integer> leadingInt(String raw) {
        String t = clean(raw);
        int from = skipSpaces(t, 0);
        int end = skipDigits(t, from);
        return end > from && !(end < t.length() && t.charAt(end) == ':') ? count(t.substring(from, end)) : Optional.empty();
    }

    /** {@code 1I 2S}, {@code 2S}, {@code 1C, 2I; 3S}, {@code 0}. */
    public static Optional<SeverityCounts> severityCounts(String raw) {
        String t = clean(raw);
        if (t.equals("0") || t.equalsIgnoreCase("none")) {
            return Optional.of(SeverityCounts.ZERO);
        }
        List<String> counts = new ArrayList<>();
        List<Severity> letters = new ArrayList<>();
        int i = 0;
        while (true) {
            int digits = skipSpaces(t, i);
            int letter = skipSpaces(t, skipDigits(t, digits));
            boolean item = letter > digits && isDigit(t.charAt(digits)) && letter < t.length()
                    && Vocabulary.isSeverityLetter(t.charAt(letter)) && isBoundary(t, letter + 1);
            if (!item) {
                break;
            }
            counts.add(t.substring(digits, skipDigits(t, digits)));
            letters.add(Severity.fromLetter(t.charAt(letter)).orElseThrow());
            i = letter + 1;
            i = i < t.length() && (t.charAt(i) == ',' || t.charAt(i) == ';') ? i + 1 : i;
        }
        if (counts.isEmpty() || skipSpaces(t, i) != t.length()) {
            return Optional.empty();
        }
        SeverityCounts c = SeverityCounts.ZERO;
        for (int k = 0; k < counts.size(); k++) {
            Optional<Integer> n = count(counts.get(k));
            if (n.isEmpty()) {
                return Optional.empty();
            }
            c = c.plus(letters.get(k), n.get());
        }
        return Optional.of(c);
    }

    /** {@code 36 (Read 17, Grep 14, Bash 4)}: a total, then tools with their counts in one parenthesis that ends the cell. */
    public static Optional<ToolCalls> toolCalls(String raw) {
        String t = clean(raw);
        int from = skipSpaces(t, 0);
        int digits = skipDigits(t, from);
        int open = skipSpaces(t, digits);
        int end = t.length();
        while (end > open && isSpace(t.charAt(end - 1))) {
            end--;
        }
        String tools = null;
        if (open < end && t.charAt(open) == '(' && t.charAt(end - 1) == ')' && end - 1 > open && !hasLineTerminator(t, open + 1, end - 1)) {
            tools = t.substring(open + 1, end - 1);
        } else if (open != end) {
            return Optional.empty();
        }
        Optional<Integer> total = digits > from ? count(t.substring(from, digits)) : Optional.empty();
        if (total.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> perTool = new LinkedHashMap<>();
        if (tools != null) {
            for (String part : tools.split(",")) {
                int[] tool = tool(part);
                if (tool != null) {
                    Optional<Integer> n = count(part.substring(tool[2], tool[3]));
                    if (n.isEmpty()) {
                        return Optional.empty();
                    }
                    perTool.merge(part.substring(tool[0], tool[1]), n.get(), Integer::sum);
                }
            }
        }
        return Optional.of(new ToolCalls(total.get(), perTool));
    }

    /**
     * One tool and its count, {@code Read 17}: where the name starts and ends and where the count's
     * digits start and end, or null. The name is all before the spaces that precede the last digits.
     */
    private static int[] tool(String part) {
        int end = part.length();
        while (end > 0 && isSpace(part.charAt(end - 1))) {
            end--;
        }
        int digits = end;
        while (digits > 0 && isDigit(part.charAt(digits - 1))) {
            digits--;
        }
        int spaces = digits;
        while (spaces > 0 && isSpace(part.charAt(spaces - 1))) {
            spaces--;
        }
        if (digits == end || spaces == digits) {
            return null;
        }
        int name = skipSpaces(part, 0);
        if (spaces > name) {
            return new int[] {name, spaces, digits, end};
        }
        // Nothing but spaces before the count: the name is one of those spaces, as "\\s*(.+?)\\s+" reads it.
        return digits >= 2 ? new int[] {digits - 2, digits - 1, digits, end} : null;
    }

    /** {@code 2 (I→S)}, {@code 0}, {@code 1 (C→I), 1 (I→S)}. */
    public static Optional<Downgrades> downgrades(String raw) {
        String t = clean(raw);
        Optional<Integer> first = leadingInt(t);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<String> transitions = transitions(t);
        int count = first.get();
        // "1 (C→I), 1 (I→S)" lists counts per transition; their sum is the count.
        int sum = 0;
        int groups = 0;
        for (int i = 0; i < t.length(); ) {
            int digits = skipDigits(t, i);
            if (digits == i) {
                i++;
                continue;
            }
            int open = skipSpaces(t, digits);
            if (open < t.length() && t.charAt(open) == '(') {
                Optional<Integer> n = count(t.substring(i, digits));
                if (n.isEmpty()) {
                    return Optional.empty();
                }
                sum += n.get();
                groups++;
                i = open + 1;
            } else {
                i = digits;
            }
        }
        if (groups > 1) {
            count = sum;
        }
        // "2 (I1→ack'd, I2→S1)", "1 (C→design obs)": an arrow to anything but a severity is a move out of the list.
        int moves = 0;
        for (String target : arrowTargets(t)) {
            if (!isSeverityTarget(target)) {
                moves++;
            }
        }
        return Optional.of(new Downgrades(count, transitions, Math.min(moves, count)));
    }

    /** Each {@code C→I}, {@code I -> S}, {@code I to S}, written {@code I→S}. */
    private static List<String> transitions(String t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (!Vocabulary.isSeverityLetter(t.charAt(i))) {
                continue;
            }
            int word = skipSpaces(t, i + 1);
            for (String w : TRANSITION_WORDS) {
                int to = skipSpaces(t, word + w.length());
                if (t.startsWith(w, word) && to < t.length() && Vocabulary.isSeverityLetter(t.charAt(to))) {
                    out.add(t.charAt(i) + "→" + t.charAt(to));
                    i = to;
                    break;
                }
            }
        }
        return out;
    }

    /** What each arrow points at: up to 20 word characters or apostrophes, after at most three spaces. */
    private static List<String> arrowTargets(String t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            for (String arrow : ARROWS) {
                if (!t.startsWith(arrow, i)) {
                    continue;
                }
                int from = skipSpaces(t, i + arrow.length());
                int end = from;
                while (end < t.length() && end - from < MAX_ARROW_TARGET && (isWord(t.charAt(end)) || t.charAt(end) == '\'')) {
                    end++;
                }
                if (from - i - arrow.length() <= MAX_ARROW_SPACES && end > from) {
                    out.add(t.substring(from, end));
                    i = end - 1;
                }
                break;
            }
        }
        return out;
    }

    /** {@code S}, {@code I12}: a severity letter with at most three digits. */
    private static boolean isSeverityTarget(String target) {
        int digits = skipDigits(target, 1);
        return Vocabulary.isSeverityLetter(target.charAt(0)) && digits == target.length() && digits - 1 <= MAX_TARGET_DIGITS;
    }
}
