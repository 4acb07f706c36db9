package dev.reviewstats.internal.extract;

import static dev.reviewstats.internal.outline.CharClass.isLetterOrDigit;
import static dev.reviewstats.internal.outline.CharClass.isWord;
import static dev.reviewstats.internal.outline.CharClass.skipDigits;
import static dev.reviewstats.internal.outline.CharClass.skipSpaces;

import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.template.Counts;
import dev.reviewstats.model.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Code locations as reports write them: {@code pkg/app.go:12-30, 41} in a code span, a bare
 * {@code app.go:58}, or a path with a directory and no lines. A path is ASCII word characters and
 * {@code @ . ~ / -}; it names a file when it ends in an extension of one to six letters or digits, and
 * a directory when it has a slash. Lines are ranges ({@code 12-30} or {@code 12–30}) separated by
 * commas. Read by scanning, because every finding head passes through here.
 */
final class CodeLocations {
    private static final int MAX_EXTENSION = 6;

    private CodeLocations() {
    }

    /** Locations in code spans, and where {@code bareAllowed} and no span holds one, bare ones or the whole text as one. */
    static List<Location> in(String text, boolean bareAllowed) {
        List<Location> out = new ArrayList<>();
        for (Span code : codeSpans(text)) {
            written(text.substring(code.from() + 1, code.to() - 1).strip(), out);
        }
        if (out.isEmpty() && bareAllowed) {
            for (Bare b : bare(text)) {
                b.lines().addTo(b.path(), out);
            }
            if (out.isEmpty()) {
                whole(Inline.plain(text), out);
            }
        }
        return out;
    }

    /** A location as code writes it: a path with lines, or a path with a directory. */
    static void written(String code, List<Location> out) {
        int colon = code.indexOf(':');
        String path = colon < 0 ? code : code.substring(0, colon);
        if (colon < 0 && path.indexOf('/') < 0) {
            return;
        }
        whole(code, out);
    }

    /** Whether {@code tail} holds nothing but locations (code spans or bare paths), separators and line lists. */
    static boolean onlyLocations(String tail) {
        StringBuilder rest = new StringBuilder(tail);
        for (Span code : codeSpans(tail)) {
            blank(rest, code.from(), code.to());
        }
        for (Bare b : bare(rest)) {
            blank(rest, b.from(), b.to());
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (Character.isLetterOrDigit(c) && !(c == 'L' || c == 'l')) {
                return false;
            }
        }
        return true;
    }

    private static void blank(StringBuilder s, int from, int to) {
        for (int i = from; i < to; i++) {
            s.setCharAt(i, ' ');
        }
    }

    /** Where a code span starts and ends, backticks included. */
    record Span(int from, int to) {
    }

    /** Each {@code `code`} in {@code s}, left to right; an empty pair opens nothing. */
    static List<Span> codeSpans(String s) {
        List<Span> out = new ArrayList<>();
        int i = s.indexOf('`');
        while (i >= 0) {
            int close = s.indexOf('`', i + 1);
            if (close < 0) {
                break;
            }
            if (close == i + 1) {
                i = close;
                continue;
            }
            out.add(new Span(i, close + 1));
            i = s.indexOf('`', close + 1);
        }
        return out;
    }

    /** The whole of {@code s} as a path with optional lines; nothing is added when it is not one. */
    private static void whole(String s, List<Location> out) {
        int colon = s.indexOf(':');
        String path = colon < 0 ? s : s.substring(0, colon);
        if (!isPath(path)) {
            return;
        }
        if (colon < 0) {
            out.add(new Location(path, 0, 0));
            return;
        }
        Lines lines = lines(s, colon + 1);
        if (lines != null && lines.end() == s.length()) {
            lines.addTo(path, out);
        }
    }

    private static boolean isPath(String p) {
        if (p.isEmpty()) {
            return false;
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!(isWord(c) || c == '@' || c == '.' || c == '~' || c == '/' || c == '-')) {
                return false;
            }
        }
        int dot = p.lastIndexOf('.');
        if (dot > 0 && isExtension(p, dot + 1, p.length()) && (isWord(p.charAt(dot - 1)) || p.charAt(dot - 1) == '-')) {
            return true;
        }
        int slash = p.indexOf('/');
        return slash > 0 && slash < p.length() - 1;
    }

    private static boolean isExtension(CharSequence s, int from, int to) {
        if (to - from < 1 || to - from > MAX_EXTENSION) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBarePathChar(char c) {
        return isWord(c) || c == '.' || c == '~' || c == '/' || c == '-';
    }

    /** A bare {@code file.go:12-30} at {@code [from, to)}. */
    private record Bare(int from, int to, String path, Lines lines) {
    }

    /** Each bare {@code file.ext:lines} in {@code s}, left to right. */
    private static List<Bare> bare(CharSequence s) {
        List<Bare> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isBarePathChar(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && isBarePathChar(s.charAt(end))) {
                end++;
            }
            // The extension ends the run and a colon follows it; no later start in the run does better.
            if (end < n && s.charAt(end) == ':') {
                int dot = lastDot(s, i, end);
                if (dot > i && isExtension(s, dot + 1, end)) {
                    Lines lines = lines(s, end + 1);
                    if (lines != null) {
                        out.add(new Bare(i, lines.end(), s.subSequence(i, end).toString(), lines));
                        i = lines.end();
                        continue;
                    }
                }
            }
            i = end;
        }
        return out;
    }

    private static int lastDot(CharSequence s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (s.charAt(i) == '.') {
                return i;
            }
        }
        return -1;
    }

    /** Line ranges as written, each start and end as digits ({@code end} is null for one line), and where they end. */
    private record Lines(List<String> starts, List<String> ends, int end) {
        void addTo(String path, List<Location> out) {
            for (int k = 0; k < starts.size(); k++) {
                int start = Counts.intOrMinusOne(starts.get(k));
                int last = ends.get(k) == null ? start : Counts.intOrMinusOne(ends.get(k));
                out.add(start > 0 && last > 0 ? new Location(path, start, last) : new Location(path, 0, 0));
            }
        }
    }

    /** The longest list of ranges at {@code from}, or null when no digit is there. */
    private static Lines lines(CharSequence s, int from) {
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        int i = range(s, from, starts, ends);
        if (i < 0) {
            return null;
        }
        while (true) {
            int comma = skipSpaces(s, i);
            if (comma >= s.length() || s.charAt(comma) != ',') {
                break;
            }
            int next = range(s, skipSpaces(s, comma + 1), starts, ends);
            if (next < 0) {
                break;
            }
            i = next;
        }
        return new Lines(starts, ends, i);
    }

    /** One range at {@code from}, added to the lists; where it ends, or -1 when no digit is there. */
    private static int range(CharSequence s, int from, List<String> starts, List<String> ends) {
        int digits = skipDigits(s, from);
        if (digits == from) {
            return -1;
        }
        starts.add(s.subSequence(from, digits).toString());
        int dash = skipSpaces(s, digits);
        if (dash < s.length() && (s.charAt(dash) == '-' || s.charAt(dash) == '–')) {
            int second = skipSpaces(s, dash + 1);
            int secondEnd = skipDigits(s, second);
            if (secondEnd > second) {
                ends.add(s.subSequence(second, secondEnd).toString());
                return secondEnd;
            }
        }
        ends.add(null);
        return digits;
    }
}
