package dev.reviewstats.internal.extract;

import static dev.reviewstats.internal.outline.CharClass.isBoundary;
import static dev.reviewstats.internal.outline.CharClass.hasLineTerminator;
import static dev.reviewstats.internal.outline.CharClass.isDigit;
import static dev.reviewstats.internal.outline.CharClass.isDigits;
import static dev.reviewstats.internal.outline.CharClass.isLetter;
import static dev.reviewstats.internal.outline.CharClass.isLineTerminator;
import static dev.reviewstats.internal.outline.CharClass.isSpace;
import static dev.reviewstats.internal.outline.CharClass.isWord;
import static dev.reviewstats.internal.outline.CharClass.matchesAt;
import static dev.reviewstats.internal.outline.CharClass.skipDigits;
import static dev.reviewstats.internal.outline.CharClass.skipSpaces;

import java.util.ArrayList;
import java.util.List;

/**
 * The grammars of the metadata's values, each a scan: a date and time, a round, a PR, a commit line,
 * a review id's date and PR, a forge link's repository, a "Label: value" line, a struck or failed
 * reviewer, and the verdict's split into decision and rationale. {@code MetadataValuesTest} checks
 * each against the pattern it replaced.
 */
final class MetadataValues {
    /** Path segments after owner and name that make a link a PR's, a merge request's or a commit's. */
    private static final List<String> CHANGE_SEGMENTS =
            List.of("pull", "pulls", "merge_requests", "-/merge_requests", "commit", "commits", "-/commit");
    private static final List<String> LINK_SCHEMES = List.of("https://", "http://");
    /** Words in a reviewer's parenthesised note that say its run failed: "(429 capacity)", "(timed out)". */
    private static final List<String> FAILURE_WORDS = List.of("capacity", "quota", "failed", "failure", "fail", "unavailable",
            "timedout", "timed out", "timed-out", "timeout", "time out", "time-out", "crashed", "crash", "did not run", "no output");
    private static final int MAX_FAILURE_LEAD = 40;
    private static final int MAX_FAILURE_TAIL = 60;
    private static final List<String> EARLIER_WORDS = List.of("earlier", "more", "older");
    private static final int MIN_SHA = 6;
    private static final int MAX_SHA = 40;
    private static final int MIN_LABEL = 2;
    private static final int MAX_LABEL = 25;

    private MetadataValues() {
    }

    /** A date, {@code 2026-05-04}, and the time after it, {@code 20:38} or {@code 9:05:12}, or null. */
    record DateTime(String date, String time) {
    }

    /** The first {@code yyyy-mm-dd} in {@code s}, with the time that follows it after a space or a T. */
    static DateTime dateTime(String s) {
        for (int p = 0; p + 10 <= s.length(); p++) {
            if (!isDate(s, p)) {
                continue;
            }
            String time = null;
            int t = p + 10;
            if (t < s.length() && (s.charAt(t) == ' ' || s.charAt(t) == 'T')) {
                int hours = t + 1;
                int colon = isDigit(at(s, hours)) && isDigit(at(s, hours + 1)) && at(s, hours + 2) == ':' ? hours + 2
                        : isDigit(at(s, hours)) && at(s, hours + 1) == ':' ? hours + 1 : -1;
                if (colon > 0 && isDigit(at(s, colon + 1)) && isDigit(at(s, colon + 2))) {
                    int end = colon + 3;
                    end = at(s, end) == ':' && isDigit(at(s, end + 1)) && isDigit(at(s, end + 2)) ? end + 3 : end;
                    time = s.substring(hours, end);
                }
            }
            return new DateTime(s.substring(p, p + 10), time);
        }
        return null;
    }

    private static char at(String s, int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private static boolean isDate(String s, int p) {
        return isDigits(s, p, 4) && at(s, p + 4) == '-' && isDigits(s, p + 5, 2) && at(s, p + 7) == '-' && isDigits(s, p + 8, 2);
    }

    /** A review id's {@code 20260412-101500}: its eight digits of date and six of time, or null. */
    static String[] idDateTime(String id) {
        for (int p = 0; p + 15 <= id.length(); p++) {
            if (isDigits(id, p, 8) && id.charAt(p + 8) == '-' && isDigits(id, p + 9, 6)) {
                return new String[] {id.substring(p, p + 8), id.substring(p + 9, p + 15)};
            }
        }
        return null;
    }

    /** The PR number a review id names, {@code …-pr-238}, as digits, or null. */
    static String idPullRequest(String id) {
        for (int p = id.indexOf("-pr-"); p >= 0; p = id.indexOf("-pr-", p + 1)) {
            int end = skipDigits(id, p + 4);
            if (end > p + 4 && isBoundary(id, end)) {
                return id.substring(p + 4, end);
            }
        }
        return null;
    }

    /** A commit line, {@code `abc1234` Subject}: its sha and subject, or null. */
    static String[] commitLine(String l) {
        int from = l.startsWith("`") ? 1 : 0;
        int run = from;
        while (run < l.length() && (isDigit(l.charAt(run)) || (l.charAt(run) >= 'a' && l.charAt(run) <= 'f'))) {
            run++;
        }
        if (run - from < MIN_SHA) {
            return null;
        }
        int sha = Math.min(run, from + MAX_SHA);
        int subject = skipSpaces(l, sha < l.length() && l.charAt(sha) == '`' ? sha + 1 : sha);
        if (hasLineTerminator(l, subject, l.length())) {
            return null;
        }
        return new String[] {l.substring(from, sha), l.substring(subject)};
    }

    /** {@code plus 3 earlier}: how many commits the list leaves out, as digits, or null. */
    static String earlierCommits(String l) {
        for (int p = 0; p < l.length(); p++) {
            if (!matchesAt(l, p, "plus")) {
                continue;
            }
            int n = skipSpaces(l, p + 4);
            int end = skipDigits(l, n);
            int word = skipSpaces(l, end);
            if (n > p + 4 && end > n && word > end) {
                for (String w : EARLIER_WORDS) {
                    if (matchesAt(l, word, w)) {
                        return l.substring(n, end);
                    }
                }
            }
        }
        return null;
    }

    /** The owner and name of the repository a PR, merge request or commit link of a forge is in, or null. */
    static String[] linkRepository(String link) {
        int host = -1;
        for (String scheme : LINK_SCHEMES) {
            if (link.startsWith(scheme)) {
                host = scheme.length();
            }
        }
        if (host < 0) {
            return null;
        }
        int slash = host;
        while (slash < link.length() && link.charAt(slash) != '/' && !isSpace(link.charAt(slash))) {
            slash++;
        }
        int owner = slash + 1;
        int ownerEnd = segment(link, owner);
        int name = ownerEnd + 1;
        int nameEnd = segment(link, name);
        if (slash == host || at(link, slash) != '/' || ownerEnd == owner || at(link, ownerEnd) != '/' || nameEnd == name
                || at(link, nameEnd) != '/') {
            return null;
        }
        for (String change : CHANGE_SEGMENTS) {
            if (link.startsWith(change + "/", nameEnd + 1)) {
                return new String[] {link.substring(owner, ownerEnd), link.substring(name, nameEnd)};
            }
        }
        return null;
    }

    private static int segment(String s, int from) {
        int i = from;
        while (i < s.length() && (isWord(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /** A round, {@code 3}, {@code Round 2 (of PR #711)}, {@code R2}, {@code 2/4}: its digits and what it is a round of. */
    record RoundValue(String digits, String qualifier) {
    }

    static RoundValue round(String s) {
        int from = matchesAt(s, 0, "round") ? skipSpaces(s, 5) : !s.isEmpty() && (s.charAt(0) == 'r' || s.charAt(0) == 'R') ? 1 : 0;
        int digits = skipDigits(s, from);
        if (digits == from) {
            return null;
        }
        int rest = skipSpaces(s, digits);
        if (hasLineTerminator(s, rest, s.length())) {
            return null;
        }
        String qualifier = "";
        int close = s.lastIndexOf(')');
        if (rest < s.length() && s.charAt(rest) == '(' && close > rest) {
            qualifier = s.substring(rest + 1, close).strip();
        } else if (matchesAt(s, rest, "of") || s.startsWith("/", rest)) {
            int count = skipSpaces(s, rest + (s.charAt(rest) == '/' ? 1 : 2));
            if (skipDigits(s, count) > count) {
                String of = s.substring(rest).strip();
                qualifier = of.startsWith("/") ? "of " + of.substring(skipSpaces(of, 1)) : of;
            }
        }
        return new RoundValue(s.substring(from, digits), qualifier);
    }

    /** A PR, {@code #238 — Title}: its digits and title ({@code ""} when none), or null. */
    static String[] pullRequest(String s) {
        int from = s.startsWith("#") ? 1 : 0;
        int digits = skipDigits(s, from);
        if (digits == from) {
            return null;
        }
        int dashes = skipSpaces(s, digits);
        int title = dashes;
        while (title < s.length() && (s.charAt(title) == '—' || s.charAt(title) == '–' || s.charAt(title) == ':' || s.charAt(title) == '-')) {
            title++;
        }
        if (title > dashes) {
            return new String[] {s.substring(from, digits), s.substring(skipSpaces(s, title)).strip()};
        }
        return dashes == s.length() ? new String[] {s.substring(from, digits), ""} : null;
    }

    /** A "Label: value" line of the earliest template, bold or not: its label as written and its value, or null. */
    static String[] labelLine(String s) {
        int a = skipSpaces(s, 0);
        a = s.startsWith("**", a) && a + 2 < s.length() && isLetter(s.charAt(a + 2)) ? a + 2 : a;
        if (a >= s.length() || !isLetter(s.charAt(a))) {
            return null;
        }
        int run = a + 1;
        while (run < s.length() && (isLetter(s.charAt(run)) || s.charAt(run) == ' ' || s.charAt(run) == '-')) {
            run++;
        }
        int trimmed = run;
        while (trimmed > a && s.charAt(trimmed - 1) == ' ') {
            trimmed--;
        }
        // The label ends before the spaces that end the run, or at the run's end where bold closes it.
        int label = Math.max(a + MIN_LABEL, trimmed);
        int colon = label <= run && label - a <= MAX_LABEL ? skipSpaces(s, label) : -1;
        if (colon < 0 || at(s, colon) != ':') {
            label = run;
            boolean bold = run - a >= MIN_LABEL && run - a <= MAX_LABEL && s.startsWith("**", run);
            colon = bold ? skipSpaces(s, run + 2) : -1;
            if (colon < 0 || at(s, colon) != ':') {
                return null;
            }
        }
        int spaces = s.startsWith("**", colon + 1) ? colon + 3 : colon + 1;
        int value = skipSpaces(s, spaces);
        if (value == spaces) {
            return null;
        }
        if (value == s.length()) {
            // Nothing after the spaces: the value is the last of them, as ".+" takes it back from "\\s+".
            boolean one = value - spaces >= 2 && !isLineTerminator(s.charAt(value - 1));
            return one ? new String[] {s.substring(a, label), s.substring(value - 1)} : null;
        }
        if (hasLineTerminator(s, value, s.length())) {
            return null;
        }
        return new String[] {s.substring(a, label), s.substring(value)};
    }

    /** The PR a "Target:" value names, {@code PR #711}, as digits, or null. */
    static String targetPullRequest(String s) {
        for (int p = 0; p < s.length(); p++) {
            if (!matchesAt(s, p, "pr") || !isBoundary(s, p)) {
                continue;
            }
            int i = skipSpaces(s, p + 2);
            i = skipSpaces(s, at(s, i) == '#' ? i + 1 : i);
            int end = skipDigits(s, i);
            if (end > i) {
                return s.substring(i, end);
            }
        }
        return null;
    }

    /** The branch a "Target:" value names, {@code branch `feat/x`}, or null. */
    static String targetBranch(String s) {
        for (int p = 0; p < s.length(); p++) {
            if (!matchesAt(s, p, "branch") || !isBoundary(s, p)) {
                continue;
            }
            int i = skipSpaces(s, p + 6);
            if (i == p + 6) {
                continue;
            }
            i = at(s, i) == '`' ? i + 1 : i;
            int end = i;
            while (end < s.length() && (isWord(s.charAt(end)) || s.charAt(end) == '.' || s.charAt(end) == '/' || s.charAt(end) == '-')) {
                end++;
            }
            if (end > i) {
                return s.substring(i, end);
            }
        }
        return null;
    }

    /** A struck reviewer, {@code ~~Gemini 3 Pro~~ (429 capacity)}: its name and note (null when none), or null. */
    static String[] struck(String s) {
        for (int p = s.indexOf("~~"); p >= 0; p = s.indexOf("~~", p + 1)) {
            for (int j = p + 3; j + 1 < s.length(); j++) {
                if (isLineTerminator(s.charAt(j - 1))) {
                    break;
                }
                if (s.startsWith("~~", j)) {
                    int open = skipSpaces(s, j + 2);
                    int close = at(s, open) == '(' ? s.indexOf(')', open + 1) : -1;
                    return new String[] {s.substring(p + 2, j), close > 0 ? s.substring(open, close + 1) : null};
                }
            }
        }
        return null;
    }

    /** A note that says a reviewer's run failed, {@code (429 capacity)}, {@code (timed out)}: where it starts and ends, or null. */
    static int[] failureNote(String s) {
        for (int open = s.indexOf('('); open >= 0; open = s.indexOf('(', open + 1)) {
            int close = open + 1;
            while (close < s.length() && s.charAt(close) != '(' && s.charAt(close) != ')') {
                close++;
            }
            if (close >= s.length() || s.charAt(close) != ')') {
                continue;
            }
            for (int k = open + 1; k <= Math.min(open + 1 + MAX_FAILURE_LEAD, close); k++) {
                if ((k == open + 1 || isBoundary(s, k)) && failureWordEnds(s, k, close)) {
                    return new int[] {open, close + 1};
                }
            }
        }
        return null;
    }

    /** Whether a failure word at {@code k} ends at a word boundary no more than 60 characters before {@code close}. */
    private static boolean failureWordEnds(String s, int k, int close) {
        List<Integer> ends = new ArrayList<>();
        if ((at(s, k) == '4' || at(s, k) == '5') && isDigit(at(s, k + 1)) && isDigit(at(s, k + 2))) {
            ends.add(k + 3);
        }
        for (String w : FAILURE_WORDS) {
            if (matchesAt(s, k, w)) {
                ends.add(k + w.length());
            }
        }
        for (int end : ends) {
            if (end <= close && isBoundary(s, end) && close - end <= MAX_FAILURE_TAIL) {
                return true;
            }
        }
        return false;
    }

    /** Where the rationale after a bold decision starts: past a dash, colon or stop and the spaces around it; 0 when none leads. */
    static int rationaleStart(String s) {
        int i = skipSpaces(s, 0);
        int mark = s.startsWith("—", i) || s.startsWith("–", i) ? i + 1
                : s.startsWith("--", i) ? i + 2
                : s.startsWith("-", i) || s.startsWith(":", i) || s.startsWith(".", i) ? i + 1 : -1;
        return mark < 0 ? 0 : skipSpaces(s, mark);
    }

    /** Where a plain verdict's decision ends and its rationale starts: at a spaced dash, or a stop or colon before a space; or null. */
    static int[] verdictSplit(String s) {
        for (int p = 0; p < s.length(); p++) {
            int end = verdictSeparatorAt(s, p);
            if (end > 0) {
                return new int[] {p, end};
            }
        }
        return null;
    }

    private static int verdictSeparatorAt(String s, int p) {
        if (isSpace(s.charAt(p))) {
            int q = skipSpaces(s, p);
            int mark = s.startsWith("—", q) || s.startsWith("–", q) ? q + 1 : s.startsWith("--", q) ? q + 2 : s.startsWith("-", q) ? q + 1 : -1;
            if (mark > 0 && skipSpaces(s, mark) > mark) {
                return skipSpaces(s, mark);
            }
        }
        if (p >= 2 && s.startsWith("**", p - 2)) {
            int q = skipSpaces(s, p);
            if ((at(s, q) == '.' || at(s, q) == ':') && skipSpaces(s, q + 1) > q + 1) {
                return skipSpaces(s, q + 1);
            }
        }
        if (s.charAt(p) == '.' && skipSpaces(s, p + 1) > p + 1) {
            return skipSpaces(s, p + 1);
        }
        return -1;
    }

    /** The runs of text between white space, including the non-breaking and zero-width spaces, as {@code Pattern.split} gives them. */
    static String[] words(String s) {
        return dev.reviewstats.internal.outline.CharClass.splitAtRuns(s, c -> isWordSpace((char) c));
    }

    static boolean isWordSpace(char c) {
        return isSpace(c) || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B') || c == '\u202F';
    }

    /** A decision in small letters and single spaces: {@code Merge — with fixes!} is {@code merge with fixes}. */
    static String decisionWords(String decision) {
        String lower = decision.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean letter = c >= 'a' && c <= 'z';
            if (letter) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }
}
