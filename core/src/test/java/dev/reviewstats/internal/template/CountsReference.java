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

/** The count cells' grammars as they were written with patterns: the reference {@code CountsTest} checks {@link Counts} against. */
final class CountsReference {
    private static final Pattern LEADING_INT = Pattern.compile("^\\s*(?<n>\\d+)(?![\\d:])");
    private static final Pattern SEVERITY_COUNT = Pattern.compile("(?<count>\\d+)\\s*(?<letter>[CIS])\\b");
    private static final Pattern SEVERITY_COUNTS = Pattern.compile("^(?:\\s*\\d+\\s*[CIS]\\b[,;]?)+\\s*$");
    private static final Pattern TOOL_CALLS = Pattern.compile("^\\s*(?<total>\\d+)\\s*(?:\\((?<tools>.*)\\))?\\s*$");
    private static final Pattern TOOL = Pattern.compile("\\s*(?<tool>[^,]+?)\\s+(?<count>\\d+)\\s*");
    private static final Pattern COUNT_BEFORE_PARENTHESIS = Pattern.compile("(?<count>\\d+)\\s*\\(");
    /** What an arrow in a Downgraded cell points at: {@code S}, {@code S1}, {@code ack'd}, {@code drop}, {@code design}. */
    private static final Pattern ARROW_TARGET = Pattern.compile("(?:→|->)\\s{0,3}(?<target>[\\w']{1,20})");
    private static final Pattern TRANSITION = Pattern.compile("(?<from>[CIS])\\s*(?:→|->|to)\\s*(?<to>[CIS])");

    private CountsReference() {
    }

    private static String clean(String raw) {
        return raw.replace("**", "").replace("`", "").strip();
    }

    /** A count that may carry a note: {@code 1 (severity overstatement)}, {@code 1*}. */
    public static Optional<Integer> leadingInt(String raw) {
        Matcher m = LEADING_INT.matcher(clean(raw));
        return m.find() ? Counts.count(m.group("n")) : Optional.empty();
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
            Optional<Integer> n = Counts.count(m.group("count"));
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
        Optional<Integer> total = m.matches() ? Counts.count(m.group("total")) : Optional.empty();
        if (total.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> perTool = new LinkedHashMap<>();
        if (m.group("tools") != null) {
            for (String part : m.group("tools").split(",")) {
                Matcher t = TOOL.matcher(part);
                if (t.matches()) {
                    Optional<Integer> n = Counts.count(t.group("count"));
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
            Optional<Integer> n = Counts.count(each.group("count"));
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
