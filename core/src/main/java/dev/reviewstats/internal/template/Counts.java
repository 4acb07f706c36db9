package dev.reviewstats.internal.template;

import dev.reviewstats.model.Downgrades;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.SeverityCounts;
import dev.reviewstats.model.ToolCalls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grammars of the retro table's count cells; the flattened front end splits glued rows by them too. */
public final class Counts {
    private static final Pattern LEADING_INT = Pattern.compile("^\\s*(?<n>\\d+)(?![\\d:])");
    private static final Pattern SEVERITY_COUNT = Pattern.compile("(?<count>\\d+)\\s*(?<letter>[CIS])\\b");
    private static final Pattern SEVERITY_COUNTS = Pattern.compile("^(?:\\s*\\d+\\s*[CIS]\\b[,;]?)+\\s*$");
    private static final Pattern TOOL_CALLS = Pattern.compile("^\\s*(?<total>\\d+)\\s*(?:\\((?<tools>.*)\\))?\\s*$");
    private static final Pattern TOOL = Pattern.compile("\\s*(?<tool>[^,]+?)\\s+(?<count>\\d+)\\s*");
    private static final Pattern COUNT_BEFORE_PARENTHESIS = Pattern.compile("(?<count>\\d+)\\s*\\(");
    /** What an arrow in a Downgraded cell points at: {@code S}, {@code S1}, {@code ack'd}, {@code drop}, {@code design}. */
    private static final Pattern ARROW_TARGET = Pattern.compile("(?:→|->)\\s{0,3}(?<target>[\\w']{1,20})");
    private static final Pattern TRANSITION = Pattern.compile("(?<from>[CIS])\\s*(?:→|->|to)\\s*(?<to>[CIS])");

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

    /** A count that may carry a note: {@code 1 (severity overstatement)}, {@code 1*}. */
    public static Optional<Integer> leadingInt(String raw) {
        Matcher m = LEADING_INT.matcher(clean(raw));
        return m.find() ? count(m.group("n")) : Optional.empty();
    }

    /** {@code 1I 2S}, {@code 2S}, {@code 0}. */
    public static Optional<SeverityCounts> severityCounts(String raw) {
        String t = clean(raw);
        if (t.equals("0") || t.equalsIgnoreCase("none")) {
            return Optional.of(SeverityCounts.ZERO);
        }
        if (!SEVERITY_COUNTS.matcher(t).matches()) {
            return Optional.empty();
        }
        SeverityCounts c = SeverityCounts.ZERO;
        Matcher m = SEVERITY_COUNT.matcher(t);
        while (m.find()) {
            Optional<Integer> n = count(m.group("count"));
            if (n.isEmpty()) {
                return Optional.empty();
            }
            c = c.plus(Severity.fromLetter(m.group("letter").charAt(0)).orElseThrow(), n.get());
        }
        return Optional.of(c);
    }

    /** {@code 36 (Read 17, Grep 14, Bash 4)}. */
    public static Optional<ToolCalls> toolCalls(String raw) {
        Matcher m = TOOL_CALLS.matcher(clean(raw));
        Optional<Integer> total = m.matches() ? count(m.group("total")) : Optional.empty();
        if (total.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> perTool = new LinkedHashMap<>();
        if (m.group("tools") != null) {
            for (String part : m.group("tools").split(",")) {
                Matcher t = TOOL.matcher(part);
                if (t.matches()) {
                    Optional<Integer> n = count(t.group("count"));
                    if (n.isEmpty()) {
                        return Optional.empty();
                    }
                    perTool.merge(t.group("tool"), n.get(), Integer::sum);
                }
            }
        }
        return Optional.of(new ToolCalls(total.get(), perTool));
    }

    /** {@code 2 (I→S)}, {@code 0}, {@code 1 (C→I), 1 (I→S)}. */
    public static Optional<Downgrades> downgrades(String raw) {
        String t = clean(raw);
        Optional<Integer> first = leadingInt(t);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<String> transitions = new ArrayList<>();
        Matcher m = TRANSITION.matcher(t);
        while (m.find()) {
            transitions.add(m.group("from") + "→" + m.group("to"));
        }
        int count = first.get();
        // "1 (C→I), 1 (I→S)" lists counts per transition; their sum is the count.
        Matcher each = COUNT_BEFORE_PARENTHESIS.matcher(t);
        int sum = 0;
        int groups = 0;
        while (each.find()) {
            Optional<Integer> n = count(each.group("count"));
            if (n.isEmpty()) {
                return Optional.empty();
            }
            sum += n.get();
            groups++;
        }
        if (groups > 1) {
            count = sum;
        }
        // "2 (I1→ack'd, I2→S1)", "1 (C→design obs)": an arrow to anything but a severity is a move out of the list.
        int moves = 0;
        Matcher arrow = ARROW_TARGET.matcher(t);
        while (arrow.find()) {
            if (!arrow.group("target").matches("[CIS]\\d{0,3}")) {
                moves++;
            }
        }
        return Optional.of(new Downgrades(count, transitions, Math.min(moves, count)));
    }
}
