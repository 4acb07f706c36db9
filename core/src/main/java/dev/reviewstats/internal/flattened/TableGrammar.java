package dev.reviewstats.internal.flattened;

import static dev.reviewstats.internal.outline.CharClass.hasLineTerminator;
import static dev.reviewstats.internal.outline.CharClass.isDigit;
import static dev.reviewstats.internal.outline.CharClass.isInputEnd;
import static dev.reviewstats.internal.outline.CharClass.isLetter;
import static dev.reviewstats.internal.outline.CharClass.isLineTerminator;
import static dev.reviewstats.internal.outline.CharClass.isSpace;
import static dev.reviewstats.internal.outline.CharClass.isWord;
import static dev.reviewstats.internal.outline.CharClass.skipDigits;
import static dev.reviewstats.internal.outline.CharClass.skipRun;
import static dev.reviewstats.internal.outline.CharClass.skipSpaces;

import dev.reviewstats.internal.template.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of a flattened page's tables, each a scan: the resolution table's glued header, rows
 * and action words, a retro header's agent names and label word, the metadata's added rows and
 * labels, and commits run together. {@code TableGrammarTest} checks each against the pattern it
 * replaced.
 */
final class TableGrammar {
    /** The resolution table's actions, in the order they are tried where one starts another's text. */
    private static final List<String> ACTIONS = List.of("Fixed", "Tests written", "Test written", "Skipped", "Commented",
            "Documentation updated", "Documented", "Deferred", "Not addressed", "Addressed", "Declined");
    private static final String AUTO_RESOLVED = "Auto-resolved by ";
    private static final List<String> HEADER_ACTIONS = List.of("Action", "Status");
    private static final List<String> HEADER_REASONS = List.of("Reason", "Notes");
    private static final String FINDING = "Finding";
    private static final int MAX_ROW_NUMBER = 3;
    private static final int MAX_HEADER_WORDS = 3;
    private static final int MAX_LABEL_WORD = 15;
    private static final int MAX_METADATA_WORD = 20;
    private static final int MIN_SHA = 7;
    private static final int MAX_SHA = 40;
    private static final String EARLIER = "plus ";
    private static final String EARLIER_END = " earlier";
    private static final int MIN_DASHES = 3;

    private TableGrammar() {
    }

    /** The resolution table's glued header, {@code #FindingActionReason}: its action and reason words (reason null when none). */
    record ResolutionHeader(String action, String reason) {
    }

    static ResolutionHeader resolutionHeader(String s) {
        if (!s.startsWith("#")) {
            return null;
        }
        int finding = skipSpaces(s, 1);
        if (!s.startsWith(FINDING, finding)) {
            return null;
        }
        int at = skipSpaces(s, finding + FINDING.length());
        String action = startingWord(s, at, HEADER_ACTIONS);
        if (action == null) {
            return null;
        }
        int next = skipSpaces(s, at + action.length());
        String reason = startingWord(s, next, HEADER_REASONS);
        int end = reason == null ? next : skipSpaces(s, next + reason.length());
        return end == s.length() ? new ResolutionHeader(action, reason) : null;
    }

    private static String startingWord(String s, int at, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    /** A glued resolution row, {@code 1Important #1: TitleFixed}: where its number ends and its text starts, or -1. */
    static int resolutionRowText(String s) {
        int digits = skipDigits(s, 0);
        if (digits == 0 || digits > MAX_ROW_NUMBER || digits >= s.length()) {
            return -1;
        }
        if (hasLineTerminator(s, digits + 1, s.length())) {
            return -1;
        }
        return digits;
    }

    /** The action that ends a row's text, with a note in parentheses after it: where it starts and ends; or null. */
    static int[] actionSuffix(String s) {
        for (int p = 0; p < s.length(); p++) {
            for (String action : ACTIONS) {
                int end = s.startsWith(action, p) ? endOfAction(s, p + action.length()) : -1;
                if (end >= 0) {
                    return new int[] {p, end};
                }
            }
            if (s.startsWith(AUTO_RESOLVED, p)) {
                int id = p + AUTO_RESOLVED.length();
                char letter = id < s.length() ? s.charAt(id) : 0;
                int digits = skipDigits(s, id + 1);
                int end = Vocabulary.isSeverityLetter(letter) && digits > id + 1 ? endOfAction(s, digits) : -1;
                if (end >= 0) {
                    return new int[] {p, end};
                }
            }
        }
        return null;
    }

    /** Where an action that ends at {@code at} ends with its note, {@code (in #712)}, when the text ends there; or -1. */
    private static int endOfAction(String s, int at) {
        int open = skipSpaces(s, at);
        if (open < s.length() && s.charAt(open) == '(') {
            int close = open + 1;
            while (close < s.length() && s.charAt(close) != '(' && s.charAt(close) != ')') {
                close++;
            }
            if (close < s.length() && s.charAt(close) == ')' && isInputEnd(s, close + 1)) {
                return close + 1;
            }
        }
        return isInputEnd(s, at) ? at : -1;
    }

    /** An agent's name in a retro header, {@code Claude Opus 4.6}: a capitalised word and up to three more. */
    static boolean isHeaderName(String s) {
        if (s.isEmpty() || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return false;
        }
        int words = 0;
        int i = 1;
        while (i < s.length() && (isWord(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-')) {
            i++;
        }
        while (i < s.length()) {
            if (s.charAt(i) != ' ' || ++words > MAX_HEADER_WORDS) {
                return false;
            }
            int from = ++i;
            while (i < s.length() && (isWord(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '(' || s.charAt(i) == ')'
                    || s.charAt(i) == '-')) {
                i++;
            }
            if (i == from) {
                return false;
            }
        }
        return true;
    }

    /** The word that heads a retro table's label column, {@code Metric}: where it ends, or -1. */
    static int headerLabelEnd(String s) {
        if (s.isEmpty() || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return -1;
        }
        int end = 1;
        while (end < s.length() && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') {
            end++;
        }
        return end > 1 && end - 1 <= MAX_LABEL_WORD ? end : -1;
    }

    /** A list item's mark and a space: a table does not start inside a list. */
    static boolean isListItem(String s) {
        return s.length() > 1 && (s.charAt(0) == '-' || s.charAt(0) == '•' || s.charAt(0) == '*') && isSpace(s.charAt(1));
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f');
    }

    /** Where the run of small hex digits that starts at {@code from} ends. */
    private static int hexEnd(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && isHex(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A commit's sha and a space at {@code from}: 7 to 40 small hex digits. */
    private static boolean shaAt(CharSequence s, int from) {
        int end = hexEnd(s, from);
        return end - from >= MIN_SHA && end - from <= MAX_SHA && end < s.length() && s.charAt(end) == ' ';
    }

    /** A line that starts with a commit's sha and a space. */
    static boolean isCommitLine(String s) {
        return shaAt(s, 0);
    }

    private static boolean isMetadataWordChar(char c) {
        return isLetter(c) || c == '-';
    }

    /** Where a metadata label's word of 1 to 20 letters or hyphens that starts at {@code from} ends, or -1. */
    private static int metadataWordEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isMetadataWordChar(s.charAt(end))) {
            end++;
        }
        return end > from && end - from <= MAX_METADATA_WORD ? end : -1;
    }

    /** A label the template added later: one to three capitalised words, no digits. */
    static boolean isAddedLabel(String s) {
        if (s.isEmpty() || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return false;
        }
        int end = metadataWordEnd(s, 1);
        for (int words = 0; end > 0 && end < s.length(); words++) {
            if (words == 2 || s.charAt(end) != ' ') {
                return false;
            }
            end = metadataWordEnd(s, end + 1);
        }
        return end == s.length();
    }

    /** A metadata row the model does not know, {@code Mode  Standard}: its label and value, or null. */
    record AddedRow(String label, String value) {
    }

    /** {@code Mode  Standard}: a label of one or two words, two or more spaces, a value; with {@code spaced}, one word and one space. */
    static AddedRow addedRow(String s, boolean oneSpace) {
        if (s.isEmpty() || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return null;
        }
        int label = metadataWordEnd(s, 1);
        if (label < 0) {
            return null;
        }
        int value;
        if (oneSpace) {
            value = label + 1;
            if (value >= s.length() || s.charAt(label) != ' ') {
                return null;
            }
        } else {
            if (label + 1 < s.length() && s.charAt(label) == ' ' && isMetadataWordChar(s.charAt(label + 1))) {
                label = metadataWordEnd(s, label + 1);
                if (label < 0) {
                    return null;
                }
            }
            value = label;
            while (value < s.length() && s.charAt(value) == ' ') {
                value++;
            }
            if (value - label < 2) {
                return null;
            }
        }
        if (value >= s.length() || isSpace(s.charAt(value))) {
            return null;
        }
        if (hasLineTerminator(s, value + 1, s.length())) {
            return null;
        }
        return new AddedRow(s.substring(0, label), s.substring(value));
    }

    /** The lines of a Commits cell whose lines were joined with spaces: each sha after a space starts one again. */
    static String spacedShasOnLines(String value) {
        StringBuilder out = new StringBuilder(value);
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == ' ' && shaAt(value, i + 1)) {
                out.setCharAt(i, '\n');
            }
        }
        return out.toString();
    }

    /** Commit lines run together: each short sha followed by a space starts a line, as does "…plus N earlier". */
    static String commits(String value) {
        StringBuilder split = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && !isSpace(value.charAt(i - 1)) && hexEnd(value, i) - i >= MIN_SHA && i + MIN_SHA < value.length()
                    && value.charAt(i + MIN_SHA) == ' ') {
                split.append('\n');
            }
            split.append(value.charAt(i));
        }
        String s = split.toString();
        StringBuilder out = new StringBuilder(s.length() + 4);
        int copied = 0;
        for (int p = 1; p < s.length(); p++) {
            if (isSpace(s.charAt(p - 1))) {
                continue;
            }
            int plus = s.charAt(p) == '…' && s.startsWith(EARLIER, p + 1) ? p + 1 : p;
            if (!s.startsWith(EARLIER, plus)) {
                continue;
            }
            int digits = skipDigits(s, plus + EARLIER.length());
            if (digits > plus + EARLIER.length() && s.startsWith(EARLIER_END, digits)) {
                out.append(s, copied, p).append('\n');
                copied = p;
                p = digits + EARLIER_END.length() - 1;
            }
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** A pipe table's delimiter row, {@code |:---|---|}: an optional pipe and colon, then three dashes or more. */
    static boolean isPipeDelimiterRow(String s) {
        int i = skipSpaces(s, s.startsWith("|") ? 1 : 0);
        i = s.startsWith(":", i) ? i + 1 : i;
        return skipRun(s, i, '-') - i >= MIN_DASHES && !hasLineTerminator(s, i, s.length());
    }

    /** The text between pipes, every empty cell kept. */
    static List<String> pipeCells(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = s.indexOf('|'); i >= 0; i = s.indexOf('|', start)) {
            out.add(s.substring(start, i));
            start = i + 1;
        }
        out.add(s.substring(start));
        return out;
    }

    /** The runs of three dashes or more in a rule, {@code ----  ------}: where each starts and ends. */
    static List<int[]> dashRuns(String line) {
        List<int[]> out = new ArrayList<>();
        for (int i = line.indexOf('-'); i >= 0; ) {
            int end = skipRun(line, i, '-');
            if (end - i >= MIN_DASHES) {
                out.add(new int[] {i, end});
            }
            i = line.indexOf('-', end);
        }
        return out;
    }

    /** A row's text before the first gap of two white-space characters: its label when the cells are spaced apart. */
    static String beforeGap(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (isSpace(s.charAt(i)) && isSpace(s.charAt(i + 1))) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /** A list item's mark, {@code +} included, and a space: no table row starts with one. */
    static boolean isAnyListItem(String s) {
        return isListItem(s) || s.length() > 1 && s.charAt(0) == '+' && isSpace(s.charAt(1));
    }
}
