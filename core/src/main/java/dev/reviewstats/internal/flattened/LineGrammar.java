package dev.reviewstats.internal.flattened;

import static dev.reviewstats.internal.outline.CharClass.hasLineTerminator;
import static dev.reviewstats.internal.outline.CharClass.isDigit;
import static dev.reviewstats.internal.outline.CharClass.isInputEnd;
import static dev.reviewstats.internal.outline.CharClass.isLineTerminator;
import static dev.reviewstats.internal.outline.CharClass.isSpace;
import static dev.reviewstats.internal.outline.CharClass.isWord;
import static dev.reviewstats.internal.outline.CharClass.skipDigits;
import static dev.reviewstats.internal.outline.CharClass.skipRun;
import static dev.reviewstats.internal.outline.CharClass.skipSpaces;

import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.template.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of a flattened page's lines, each a scan: an agent's heading, a finding line and its
 * id, a title's dash, a "Fix:" line, a bullet, locations before or after an attribution, a tag
 * group, struck text as w3m and lynx mark it, web addresses. {@code LineGrammarTest} checks each
 * against the pattern it replaced.
 */
final class LineGrammar {
    /** Where w3m ("[S:") or lynx ("[DEL:") opens struck-out text, and where they close it. */
    private static final List<String> STRIKE_OPENS = List.of("[S:", "[DEL:");
    private static final List<String> STRIKE_CLOSES = List.of(":S]", ":DEL]");
    /** A summary cell that gives no figure: the agent did not run. */
    private static final List<String> NO_FIGURES = List.of("—", "–", "-", "n/a", "N/A", "none");
    private static final String SUGGESTED = "Suggested";
    private static final String FIX = "Fix:";
    /** A tag group holds at most this many characters. */
    private static final int MAX_TAGS = 80;
    private static final int MIN_STARS = 3;
    private static final int MAX_STARRED_TITLE = 200;
    /** Struck text holds at most this many characters. */
    private static final int MAX_STRUCK = 400;
    private static final int MIN_RULE = 10;
    private static final int MAX_ITEM_NUMBER = 3;
    /** A design item's scope, written after its title in parentheses. */
    private static final List<String> SCOPES = List.of("in-scope", "future", "out-of-scope", "follow-up", "pre-existing");
    private static final int MIN_SCOPED_TITLE = 3;
    private static final int MAX_SCOPED_TITLE = 400;
    private static final int MAX_EXTENSION = 6;

    private LineGrammar() {
    }

    /** {@code [Claude]}, {@code Gemini — text}: the family an agent's heading names and the text after its dash (null when none). */
    record AgentHeading(String family, String rest) {
    }

    static AgentHeading agentHeading(String s) {
        int n = s.length();
        int i = s.startsWith("[") ? 1 : 0;
        if (i >= n || s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
            return null;
        }
        int f = i + 1;
        while (f < n && s.charAt(f) >= 'a' && s.charAt(f) <= 'z') {
            f++;
        }
        if (f == i + 1) {
            return null;
        }
        String family = s.substring(i, f);
        int j = f < n && s.charAt(f) == ']' ? f + 1 : f;
        if (j == n) {
            return new AgentHeading(family, null);
        }
        int dash = skipSpaces(s, j);
        if (dash >= n || !isDash(s.charAt(dash))) {
            return null;
        }
        int rest = skipSpaces(s, dash + 1);
        return rest > dash + 1 && !hasLineTerminator(s, rest, s.length()) ? new AgentHeading(family, s.substring(rest)) : null;
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '–' || c == '-';
    }

    /** {@code I1. Title}, {@code 2. Title}: the id or number, and where the title starts. */
    record FindingLine(String number, int titleStart) {
        String title(String line) {
            return line.substring(titleStart);
        }
    }

    /** Where the number of a finding line ends (at its stop), or -1. */
    private static int numberEnd(String s) {
        int from = !s.isEmpty() && Vocabulary.isSeverityLetter(s.charAt(0)) ? 1 : 0;
        int digits = skipDigits(s, from);
        boolean number = digits > from && digits - from <= Vocabulary.FINDING_NUMBER_DIGITS;
        return number && digits < s.length() && s.charAt(digits) == '.' ? digits : -1;
    }

    static FindingLine findingLine(String s) {
        int stop = numberEnd(s);
        if (stop < 0) {
            return null;
        }
        int title = skipSpaces(s, stop + 1);
        if (title == stop + 1) {
            return null;
        }
        if (title == s.length()) {
            // Only spaces after the stop: the title is the last of them, as ".+" takes it back from "\\s+".
            boolean one = title - stop - 1 >= 2 && !isLineTerminator(s.charAt(title - 1));
            return one ? new FindingLine(s.substring(0, stop), title - 1) : null;
        }
        return !hasLineTerminator(s, title, s.length()) ? new FindingLine(s.substring(0, stop), title) : null;
    }

    /** A finding line whose number is an id: {@code I1. Title}. */
    static boolean isFindingIdLine(String s) {
        int stop = numberEnd(s);
        return stop > 0 && Vocabulary.isSeverityLetter(s.charAt(0)) && stop + 1 < s.length() && isSpace(s.charAt(stop + 1)) && !hasLineTerminator(s, stop + 2, s.length());
    }

    /** {@code Fix: …}, {@code Suggested Fix: …}. */
    static boolean isFixLine(String s) {
        int fix = 0;
        if (s.startsWith(SUGGESTED)) {
            int after = skipSpaces(s, SUGGESTED.length());
            fix = after > SUGGESTED.length() ? after : 0;
        }
        int space = fix + FIX.length();
        return s.startsWith(FIX, fix) && space < s.length() && isSpace(s.charAt(space));
    }

    /** Where a bullet's text starts, {@code - item}, {@code • item}; -1 when the line is no bullet. */
    static int bulletText(String s) {
        if (s.isEmpty() || (s.charAt(0) != '-' && s.charAt(0) != '•' && s.charAt(0) != '*')) {
            return -1;
        }
        int text = skipSpaces(s, 1);
        return text > 1 && text < s.length() ? text : -1;
    }

    private static boolean isPathChar(char c) {
        return isWord(c) || c == '.' || c == '/' || c == '-';
    }

    /** Where a path with an extension that starts at {@code from} ends ({@code pkg/app.go}), or -1. */
    private static int fileEnd(String s, int from, int limit) {
        int end = from;
        while (end < limit && isPathChar(s.charAt(end))) {
            end++;
        }
        int dot = s.lastIndexOf('.', end - 1);
        if (dot <= from || dot + 1 >= end) {
            return -1;
        }
        for (int i = dot + 1; i < end; i++) {
            if (!isWord(s.charAt(i))) {
                return -1;
            }
        }
        return end;
    }

    /** A location that leads an attribution line, {@code pkg/app/app.go:43-75 }: the location and where the names start. */
    record Located(String location, int end) {
    }

    static Located leadingLocation(String s) {
        int end = fileEnd(s, 0, s.length());
        if (end < 0) {
            return null;
        }
        if (end < s.length() && s.charAt(end) == ':' && skipDigits(s, end + 1) > end + 1) {
            end = skipDigits(s, end + 1);
            if (end < s.length() && s.charAt(end) == '-' && skipDigits(s, end + 1) > end + 1) {
                end = skipDigits(s, end + 1);
            }
        }
        int names = skipSpaces(s, end);
        return names > end ? new Located(s.substring(0, end), names) : null;
    }

    static boolean opensStrike(CharSequence s) {
        return containsAny(s, STRIKE_OPENS);
    }

    static boolean closesStrike(CharSequence s) {
        return containsAny(s, STRIKE_CLOSES);
    }

    private static boolean containsAny(CharSequence s, List<String> marks) {
        String t = s.toString();
        return marks.stream().anyMatch(t::contains);
    }

    /**
     * Locations after a dash that end an attribution line, {@code Claude — wsl.ts:793, a.ts:7}: where
     * the spaces before the dash start, and where the list starts and ends; or null.
     */
    static int[] trailingLocations(String s) {
        return Inline.spacedDash(s, list -> {
            for (int end = s.length(); end >= list && end >= s.length() - 2; end--) {
                if (isInputEnd(s, end) && locationList(s, list, end, new byte[end + 1])) {
                    return end;
                }
            }
            return -1;
        });
    }

    /**
     * Whether {@code s[from, end)} is a list of locations, {@code a.ts:1,3-4, b/c.go}: a location's lines
     * may themselves hold commas, so every place its lines could end is tried.
     *
     * @param known per start, 1 when a list was found to start there, 2 when none does
     */
    private static boolean locationList(String s, int from, int end, byte[] known) {
        if (known[from] != 0) {
            return known[from] == 1;
        }
        boolean found = false;
        int file = fileEnd(s, from, end);
        if (file > 0) {
            List<Integer> ends = new ArrayList<>(List.of(file));
            if (file < end && s.charAt(file) == ':') {
                for (int k = file + 1; k < end && (isDigit(s.charAt(k)) || s.charAt(k) == ',' || s.charAt(k) == '-'); k++) {
                    ends.add(k + 1);
                }
            }
            for (int y : ends) {
                if (y == end) {
                    found = true;
                } else if (s.charAt(y) == ',') {
                    int next = skipSpaces(s, y + 1);
                    found = next < end && locationList(s, next, end, known);
                }
                if (found) {
                    break;
                }
            }
        }
        known[from] = (byte) (found ? 1 : 2);
        return found;
    }

    /** A list of locations split at its commas, as {@code Pattern.split} on {@code ",\\s*"} splits it. */
    static List<String> locations(String list) {
        return Inline.splitAtCommas(list, false);
    }

    /** A tag group that ends a line, {@code (important, gap)}: where it starts, and where its text starts and ends; or null. */
    static int[] trailingTags(String s) {
        int[] best = null;
        int n = s.length();
        for (int end = n; end >= n - 2 && end >= 1; end--) {
            if (!isInputEnd(s, end) || s.charAt(end - 1) != ')') {
                continue;
            }
            int open = end - 2;
            while (open >= 0 && s.charAt(open) != '(' && s.charAt(open) != ')') {
                open--;
            }
            int length = end - 2 - open;
            if (open >= 0 && s.charAt(open) == '(' && length >= 1 && length <= MAX_TAGS && (best == null || open < best[0])) {
                best = new int[] {open, open + 1, end - 1};
            }
        }
        return best;
    }

    /** The end of a tag group opened on an earlier line, {@code regression) }: no parenthesis but the closing one, and spaces after it. */
    static boolean closesTags(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) != '(' && s.charAt(i) != ')') {
            i++;
        }
        return i < s.length() && s.charAt(i) == ')' && skipSpaces(s, i + 1) == s.length();
    }

    private static boolean endsAddress(char c) {
        return isSpace(c) || c == '<' || c == '>' || c == '"' || c == '\'' || c == '(' || c == ')' || c == '[' || c == ']';
    }

    /** The web addresses {@code text} spells out, in order, at most {@code max}. */
    static List<String> webAddresses(String text, int max) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (out.size() < max) {
            int at = text.indexOf("http", i);
            if (at < 0) {
                break;
            }
            int scheme = text.startsWith("s", at + 4) ? at + 5 : at + 4;
            int from = scheme + 3;
            int end = from;
            if (text.startsWith("://", scheme)) {
                while (end < text.length() && !endsAddress(text.charAt(end))) {
                    end++;
                }
            }
            if (end > from) {
                out.add(text.substring(at, end));
                i = end;
            } else {
                i = at + 1;
            }
        }
        return out;
    }

    /** A summary cell that gives no figure ({@code —}, {@code n/a}, {@code none}): the agent did not run. */
    static boolean isNoFigure(String cell) {
        return NO_FIGURES.contains(cell);
    }

    /** The text before the first white space, or all of it. */
    static String firstWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /** html2text's heading, {@code ****** Deep Review: … ******}: its title, or null. */
    static String starredHeading(String s) {
        int n = s.length();
        int stars = skipRun(s, 0, '*');
        int closing = n;
        while (closing > 0 && s.charAt(closing - 1) == '*') {
            closing--;
        }
        int spaces = closing;
        while (spaces > 0 && isSpace(s.charAt(spaces - 1))) {
            spaces--;
        }
        if (stars < MIN_STARS || n - closing < MIN_STARS || spaces == closing || stars >= closing) {
            return null;
        }
        // The title is the shortest text after the opening spaces that leaves spaces before the closing stars.
        for (int title = skipSpaces(s, stars); title > stars; title--) {
            int end = Math.max(spaces, title + 1);
            if (end < closing && end - title <= MAX_STARRED_TITLE && !hasLineTerminator(s, title, end)) {
                return s.substring(title, end);
            }
        }
        return null;
    }

    /** Struck text as w3m ({@code [S:Gemini:S]}) and then lynx ({@code [DEL: Gemini :DEL]}) mark it, written {@code ~~Gemini~~}. */
    static String unstrike(String s) {
        return unstrike(unstrike(s, "[S:", ":S]", false), "[DEL:", ":DEL]", true);
    }

    /**
     * Each {@code open}…{@code close} holding 1 to 400 characters and no {@code ]}, written between
     * {@code ~~}; {@code spaced} marks take the spaces inside them out of the text.
     */
    private static String unstrike(String s, String open, String close, boolean spaced) {
        StringBuilder out = null;
        int copied = 0;
        for (int at = s.indexOf(open); at >= 0; ) {
            int from = at + open.length();
            int bracket = s.indexOf(']', from);
            int closeAt = bracket - close.length() + 1;
            String text = bracket >= 0 && closeAt >= from && s.startsWith(close, closeAt) ? struckText(s, from, closeAt, spaced) : null;
            if (text == null) {
                at = s.indexOf(open, at + 1);
                continue;
            }
            out = out == null ? new StringBuilder(s.length()) : out;
            out.append(s, copied, at).append("~~").append(text).append("~~");
            copied = bracket + 1;
            at = s.indexOf(open, copied);
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** The struck text between {@code from} and {@code to}, as the lazy pattern took it, or null. */
    private static String struckText(String s, int from, int to, boolean spaced) {
        int start = from;
        int end = to;
        if (spaced) {
            start = skipSpaces(s, from);
            while (end > start && isSpace(s.charAt(end - 1))) {
                end--;
            }
            if (end == start) {
                // Nothing but spaces: the text is the last of them, given back by the leading spaces.
                start = to - 1;
                end = to;
            }
        }
        return end > start && start >= from && end - start <= MAX_STRUCK ? s.substring(start, end) : null;
    }

    private static boolean isRuleChar(char c) {
        return c == '=' || c == '-' || c == '_' || c == '*' || c == '─' || c == '━' || c == '═';
    }

    /** A horizontal rule as text extractors draw it: ten or more rule characters and spaces, three in a row. */
    static boolean isRule(String s) {
        int inRow = 0;
        boolean three = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && !isRuleChar(c)) {
                return false;
            }
            inRow = c == ' ' ? 0 : inRow + 1;
            three |= inRow >= 3;
        }
        return three && s.length() >= MIN_RULE;
    }

    /** A badge's id, {@code C-1. Title}: the id written {@code C1}, and where the title starts; or null. */
    record DashedId(String id, int end) {
    }

    static DashedId dashedId(String s) {
        if (s.length() < 3 || !Vocabulary.isSeverityLetter(s.charAt(0)) || s.charAt(1) != '-') {
            return null;
        }
        int digits = skipDigits(s, 2);
        if (digits == 2 || digits - 2 > Vocabulary.FINDING_NUMBER_DIGITS) {
            return null;
        }
        int space = digits < s.length() && s.charAt(digits) == '.' ? digits + 1 : digits;
        int end = skipSpaces(s, space);
        return end > space && end < s.length() ? new DashedId(s.charAt(0) + s.substring(2, digits), end) : null;
    }

    /** A line of running text: four or more words separated by single spaces. */
    static boolean isProseLine(String s) {
        int spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                boolean single = s.charAt(i) == ' ' && i > 0 && i + 1 < s.length() && !isSpace(s.charAt(i + 1));
                if (!single) {
                    return false;
                }
                spaces++;
            }
        }
        return spaces >= 3;
    }

    /** An item's mark, {@code 3. } or {@code - }: the number (null for a bullet) and where the text starts. */
    record Marker(String number, int end) {
    }

    static Marker marker(String s) {
        int digits = skipDigits(s, 0);
        String number = null;
        int mark;
        if (digits > 0 && digits <= MAX_ITEM_NUMBER && digits < s.length() && s.charAt(digits) == '.') {
            number = s.substring(0, digits);
            mark = digits + 1;
        } else if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '•' || s.charAt(0) == '*')) {
            mark = 1;
        } else {
            return null;
        }
        int end = skipSpaces(s, mark);
        return end > mark ? new Marker(number, end) : null;
    }

    /** A design item with its scope, {@code Title (future): text}: the title, scope and text; or null. */
    record Scoped(String title, String scope, String text) {
    }

    static Scoped scoped(String s) {
        for (int open = s.indexOf('('); open >= 0; open = s.indexOf('(', open + 1)) {
            int spaces = open;
            while (spaces > 0 && isSpace(s.charAt(spaces - 1))) {
                spaces--;
            }
            int title = Math.max(MIN_SCOPED_TITLE, spaces);
            if (title >= open || title > MAX_SCOPED_TITLE) {
                if (title > MAX_SCOPED_TITLE) {
                    return null;
                }
                continue;
            }
            if (hasLineTerminator(s, 0, title)) {
                return null;
            }
            for (String scope : SCOPES) {
                int close = open + 1 + scope.length();
                if (s.startsWith(scope, open + 1) && s.startsWith(")", close)) {
                    int text = skipSpaces(s, close + 1);
                    text = text < s.length() && (s.charAt(text) == ':' || s.charAt(text) == '.') ? skipSpaces(s, text + 1) : text;
                    if (!hasLineTerminator(s, text, s.length())) {
                        return new Scoped(s.substring(0, title), scope, s.substring(text));
                    }
                }
            }
        }
        return null;
    }

    /** The first stop followed by white space, {@code Title Claude. Text}: where it starts and where the text after it starts; or null. */
    static int[] sentenceEnd(String s) {
        for (int i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
            int text = skipSpaces(s, i + 1);
            if (text > i + 1) {
                return new int[] {i, text};
            }
        }
        return null;
    }

    /** Where locations after a dash end a title ({@code … event — pkg/app/x.go:170-182}), or -1. */
    static int locationTail(String s) {
        int[] dash = Inline.spacedDash(s, from -> startsLocation(s, from) ? from : -1);
        return dash == null ? -1 : dash[0];
    }

    /** A path with a directory, or a file with a line, at {@code from}: {@code pkg/x.go}, {@code x.go:170}. */
    private static boolean startsLocation(String s, int from) {
        int end = from;
        while (end < s.length() && (isWord(s.charAt(end)) || s.charAt(end) == '@' || s.charAt(end) == '.' || s.charAt(end) == '~'
                || s.charAt(end) == '-')) {
            end++;
        }
        if (end < s.length() && s.charAt(end) == '/') {
            return true;
        }
        int dot = s.lastIndexOf('.', end - 1);
        if (dot < from || end - dot - 1 < 1 || end - dot - 1 > MAX_EXTENSION) {
            return false;
        }
        for (int i = dot + 1; i < end; i++) {
            if (!CharClass.isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        return end + 1 < s.length() && s.charAt(end) == ':' && isDigit(s.charAt(end + 1));
    }

    /** Two columns laid out with spaces: a run of two or more spaces between text. */
    static boolean hasColumnGap(String s) {
        for (int i = s.indexOf("  "); i >= 0; i = s.indexOf("  ", i + 1)) {
            int end = skipRun(s, i, ' ');
            if (i > 0 && !isSpace(s.charAt(i - 1)) && end < s.length() && !isSpace(s.charAt(end))) {
                return true;
            }
            i = end - 1;
        }
        return false;
    }
}
