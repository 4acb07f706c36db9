package dev.reviewstats.internal.read;

import static dev.reviewstats.internal.outline.CharClass.isDigit;
import static dev.reviewstats.internal.outline.CharClass.isDigits;
import static dev.reviewstats.internal.outline.CharClass.isLineTerminator;
import static dev.reviewstats.internal.outline.CharClass.isSpace;
import static dev.reviewstats.internal.outline.CharClass.matchesAt;
import static dev.reviewstats.internal.outline.CharClass.skipRun;
import static dev.reviewstats.internal.outline.CharClass.skipSpaces;

import dev.reviewstats.model.SourceForm;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the forms apart by content alone: a report's extension says little (a {@code .txt} may hold
 * Markdown, a {@code .md} text copied from a browser). HTML has tags, Markdown has headings, pipe
 * tables or bold; anything else is text flattened from a page. Signs of a flattened page (pilcrow
 * headings, metadata labels glued to their values) win over bold, which a page's own text may hold.
 *
 * <p>Each sign is a scan of the lines of the text's first 4 KiB; a line ends at any of the breaks a
 * pattern's {@code (?m)} knows. {@code FormDetectorTest} checks every sign against the pattern it was.
 */
public final class FormDetector {
    private static final int HEAD = 4096;
    /** What opens a page, after white space and comments: {@code <!doctype html}, {@code <html}, …, in any case. */
    private static final List<String> HTML_OPENINGS = List.of("<html", "<head", "<body", "<meta", "<div", "<h1");
    private static final String DOCTYPE = "<!doctype";
    private static final String COMMENT_OPEN = "<!--";
    private static final String COMMENT_CLOSE = "-->";
    /** Metadata labels a flattened table lays out with columns of spaces. */
    private static final List<String> METADATA_LABELS = List.of("Date", "Repo", "Round", "Reviewers", "Verdict");
    /** Labels a flattened table glues to their values, with what the value starts with. */
    private enum Glued {
        DATE("Date"), REPO("Repo"), ROUND("Round"), REVIEWERS("Reviewers"), VERDICT("Verdict");

        final String label;

        Glued(String label) {
            this.label = label;
        }

        boolean startsValue(char c) {
            return switch (this) {
                case DATE, ROUND -> isDigit(c);
                case REPO -> (c >= 'a' && c <= 'z') || isDigit(c);
                case REVIEWERS, VERDICT -> c >= 'A' && c <= 'Z';
            };
        }
    }
    private static final int MAX_LABEL_INDENT = 8;
    private static final int MAX_GLUED_INDENT = 12;
    private static final int MAX_HEADING_LEVEL = 6;
    private static final int MIN_HEADING_STARS = 3;
    private static final int MAX_STARRED_TEXT = 200;

    private FormDetector() {
    }

    public static SourceForm detect(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        if (opensAsHtml(head)) {
            return SourceForm.HTML;
        }
        List<Integer> lines = lineStarts(head);
        // A page's metadata table as text extractors lay it out (glued, or columns of spaces), or
        // html2text's starred headings: no Markdown report looks like that, whatever "# comment" line
        // a code block in it holds.
        if (count(lines, l -> gluedMetadata(head, l)) >= 2 || count(lines, l -> starredHeading(head, l)) >= 1
                || count(lines, l -> spacedMetadata(head, l)) >= 2
                || count(lines, l -> flatDateLine(head, l)) > 0 && count(lines, l -> flatReviewersLine(head, l)) > 0) {
            return SourceForm.FLATTENED_TEXT;
        }
        if (count(lines, l -> markdownHeading(head, l)) > 0) {
            return SourceForm.MARKDOWN;
        }
        // Some flatteners keep pipe tables but mark every heading with a pilcrow: that is no Markdown.
        if (pilcrowLines(head) >= 2) {
            return SourceForm.FLATTENED_TEXT;
        }
        if (count(lines, l -> markdownTable(head, l)) > 0 || hasBold(head)) {
            return SourceForm.MARKDOWN;
        }
        return SourceForm.FLATTENED_TEXT;
    }

    private static int count(List<Integer> lines, java.util.function.IntPredicate sign) {
        int n = 0;
        for (int l : lines) {
            n += sign.test(l) ? 1 : 0;
        }
        return n;
    }

    /** Where {@code (?m)^} matches: the start, and after every line break but the last, {@code \r\n} being one. */
    static List<Integer> lineStarts(String s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || isLineTerminator(s.charAt(i - 1)) && !(s.charAt(i - 1) == '\r' && s.charAt(i) == '\n')) {
                out.add(i);
            }
        }
        return out;
    }

    /** Where {@code (?m)$} matches: before every line break ({@code \r\n} being one) and at the end. */
    static boolean isLineEnd(String s, int i) {
        if (i == s.length()) {
            return true;
        }
        char c = s.charAt(i);
        return c == '\n' ? i == 0 || s.charAt(i - 1) != '\r' : isLineTerminator(c);
    }

    /** White space and comments, then a tag that opens a page. */
    static boolean opensAsHtml(String s) {
        return opensAsHtmlAt(s, skipSpaces(s, 0), new boolean[s.length() + 1]);
    }

    /** A comment may close at any later {@code -->}, as the pattern's lazy comment could stretch to each. */
    private static boolean opensAsHtmlAt(String s, int at, boolean[] tried) {
        if (tried[at]) {
            return false;
        }
        tried[at] = true;
        for (String opening : HTML_OPENINGS) {
            if (matchesAt(s, at, opening)) {
                return true;
            }
        }
        if (matchesAt(s, at, DOCTYPE)) {
            int name = skipSpaces(s, at + DOCTYPE.length());
            if (name > at + DOCTYPE.length() && matchesAt(s, name, "html")) {
                return true;
            }
        }
        if (s.startsWith(COMMENT_OPEN, at)) {
            for (int close = s.indexOf(COMMENT_CLOSE, at + COMMENT_OPEN.length()); close >= 0;
                    close = s.indexOf(COMMENT_CLOSE, close + 1)) {
                if (opensAsHtmlAt(s, skipSpaces(s, close + COMMENT_CLOSE.length()), tried)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indent(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** {@code ## Title}: one to six hashes, a space, and text. */
    static boolean markdownHeading(String s, int line) {
        int hashes = skipRun(s, line, '#');
        return hashes > line && hashes - line <= MAX_HEADING_LEVEL && s.startsWith(" ", hashes)
                && hashes + 1 < s.length() && !isSpace(s.charAt(hashes + 1));
    }

    /**
     * {@code | a | b |} followed by {@code |---|---|}: a row ending in a pipe and a delimiter row, with
     * blank lines between them allowed; a row ending in {@code \r\n} is not one, as the pattern read it.
     */
    static boolean markdownTable(String s, int line) {
        if (s.charAt(line) != '|') {
            return false;
        }
        int end = line + 1;
        while (end < s.length() && !isLineTerminator(s.charAt(end))) {
            end++;
        }
        int last = end - 1;
        while (last > line && isSpace(s.charAt(last))) {
            last--;
        }
        if (last == line || s.charAt(last) != '|') {
            return false;
        }
        int spaces = skipSpaces(s, last + 1);
        for (int j = last + 1; j < spaces; j++) {
            if (s.charAt(j) == '\n' && isLineEnd(s, j) && j + 1 < s.length() && s.charAt(j + 1) == '|') {
                int k = skipSpaces(s, j + 2);
                k = k < s.length() && s.charAt(k) == ':' ? k + 1 : k;
                if (skipRun(s, k, '-') - k >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Bold text on one line: {@code **Verdict**}. */
    static boolean hasBold(String s) {
        for (int i = s.indexOf("**"); i >= 0; i = s.indexOf("**", i + 1)) {
            int j = i + 2;
            while (j < s.length() && s.charAt(j) != '*' && s.charAt(j) != '\n') {
                j++;
            }
            if (j > i + 2 && s.startsWith("**", j)) {
                return true;
            }
        }
        return false;
    }

    /** How many pilcrows end a line, white space after them allowed: "Findings ¶". */
    static int pilcrowLines(String s) {
        int n = 0;
        for (int i = s.indexOf('¶'); i >= 0; i = s.indexOf('¶', i + 1)) {
            int spaces = skipSpaces(s, i + 1);
            for (int q = i + 1; q <= spaces; q++) {
                if (isLineEnd(s, q)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** html2text's headings: "****** Deep Review: … ******". */
    static boolean starredHeading(String s, int line) {
        int stars = skipRun(s, line, '*');
        if (stars - line < MIN_HEADING_STARS || !s.startsWith(" ", stars) || stars + 1 >= s.length() || isSpace(s.charAt(stars + 1))) {
            return false;
        }
        int text = stars + 2;
        for (int x = text; x <= text + MAX_STARRED_TEXT && x < s.length(); x++) {
            if (s.charAt(x) == ' ') {
                int closing = skipRun(s, x + 1, '*');
                if (closing - x - 1 >= MIN_HEADING_STARS && isLineEnd(s, indent(s, closing))) {
                    return true;
                }
            }
            if (s.charAt(x) == '\n') {
                return false;
            }
        }
        return false;
    }

    /** Metadata labels followed by a run of spaces, as table-to-text extractors lay two columns out. */
    static boolean spacedMetadata(String s, int line) {
        int label = indent(s, line);
        if (label - line > MAX_LABEL_INDENT) {
            return false;
        }
        for (String l : METADATA_LABELS) {
            if (s.startsWith(l, label)) {
                int value = skipRun(s, label + l.length(), ' ');
                return value - label - l.length() >= 2 && value < s.length() && !isSpace(s.charAt(value));
            }
        }
        return false;
    }

    /** Where the value of a line "   Label value" starts (lynx's layout: no colon), or -1. */
    private static int valueAfter(String s, int line, String label) {
        int at = indent(s, line);
        if (at - line > MAX_LABEL_INDENT || !s.startsWith(label, at)) {
            return -1;
        }
        int value = indent(s, at + label.length());
        return value > at + label.length() && value < s.length() ? value : -1;
    }

    /** "   Date 2026-05-04 20:38" (lynx): label and date with no colon. */
    static boolean flatDateLine(String s, int line) {
        int d = valueAfter(s, line, "Date");
        return d >= 0 && isDigits(s, d, 4) && s.startsWith("-", d + 4) && isDigits(s, d + 5, 2) && s.startsWith("-", d + 7)
                && isDigits(s, d + 8, 2);
    }

    /** "   Reviewers Claude …" (lynx): label and value with no colon. */
    static boolean flatReviewersLine(String s, int line) {
        int v = valueAfter(s, line, "Reviewers");
        return v >= 0 && (s.charAt(v) >= 'A' && s.charAt(v) <= 'Z' || s.charAt(v) == '~' || s.charAt(v) == '[');
    }

    /** A metadata label glued to its value ({@code Date2026-04-12}, {@code ReviewersClaude}): a flattened table. */
    static boolean gluedMetadata(String s, int line) {
        int label = indent(s, line);
        if (label - line > MAX_GLUED_INDENT) {
            return false;
        }
        for (Glued g : Glued.values()) {
            int value = label + g.label.length();
            if (s.startsWith(g.label, label) && value < s.length() && g.startsValue(s.charAt(value))) {
                return true;
            }
        }
        return false;
    }
}
