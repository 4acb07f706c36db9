package dev.reviewstats.internal.read;

import dev.reviewstats.model.SourceForm;
import java.util.regex.Pattern;

/**
 * Tells the forms apart by content alone: a report's extension says little (a {@code .txt} may hold
 * Markdown, a {@code .md} text copied from a browser). HTML has tags, Markdown has headings, pipe
 * tables or bold; anything else is text flattened from a page. Signs of a flattened page (pilcrow
 * headings, metadata labels glued to their values) win over bold, which a page's own text may hold.
 */
public final class FormDetector {
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html|<head|<body|<meta|<div|<h1)");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^#{1,6} \\S");
    private static final Pattern MARKDOWN_TABLE = Pattern.compile("(?m)^\\|.*\\|\\s*$\\n^\\|\\s*:?-{3,}");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*[^*\\n]+\\*\\*");

    private static final Pattern PILCROW_LINE = Pattern.compile("(?m)¶\\s*$");
    /** A metadata label glued to its value ({@code Date2026-04-12}, {@code ReviewersClaude}): a flattened table. */
    /** html2text's headings: "****** Deep Review: … ******". */
    private static final Pattern STARRED_HEADING = Pattern.compile("(?m)^\\*{3,} \\S[^\\n]{0,200} \\*{3,}[ \\t]*$");
    /** Metadata labels followed by a run of spaces, as table-to-text extractors lay two columns out. */
    private static final Pattern SPACED_METADATA = Pattern.compile("(?m)^[ \\t]{0,8}(?:Date|Repo|Round|Reviewers|Verdict) {2,}\\S");
    /** "   Date 2026-05-04 20:38" and "   Reviewers Claude …" (lynx): label and value with no colon. */
    private static final Pattern FLAT_DATE_LINE = Pattern.compile("(?m)^[ \\t]{0,8}Date[ \\t]+\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FLAT_REVIEWERS_LINE = Pattern.compile("(?m)^[ \\t]{0,8}Reviewers[ \\t]+[A-Z~\\[]");
    private static final Pattern GLUED_METADATA = Pattern.compile("(?m)^[ \\t]{0,12}(?:Date\\d|Repo[a-z0-9]|Round\\d|Reviewers[A-Z]|Verdict[A-Z])");

    private static int countMatches(Pattern p, String text) {
        int n = 0;
        var m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private FormDetector() {
    }

    public static SourceForm detect(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (HTML_START.matcher(head).find()) {
            return SourceForm.HTML;
        }
        // A page's metadata table as text extractors lay it out (glued, or columns of spaces), or
        // html2text's starred headings: no Markdown report looks like that, whatever "# comment" line
        // a code block in it holds.
        if (countMatches(GLUED_METADATA, head) >= 2 || countMatches(STARRED_HEADING, head) >= 1
                || countMatches(SPACED_METADATA, head) >= 2
                || FLAT_DATE_LINE.matcher(head).find() && FLAT_REVIEWERS_LINE.matcher(head).find()) {
            return SourceForm.FLATTENED_TEXT;
        }
        if (MARKDOWN_HEADING.matcher(head).find()) {
            return SourceForm.MARKDOWN;
        }
        // Some flatteners keep pipe tables but mark every heading with a pilcrow: that is no Markdown.
        if (countMatches(PILCROW_LINE, head) >= 2) {
            return SourceForm.FLATTENED_TEXT;
        }
        if (MARKDOWN_TABLE.matcher(head).find() || MARKDOWN_EMPHASIS.matcher(head).find()) {
            return SourceForm.MARKDOWN;
        }
        return SourceForm.FLATTENED_TEXT;
    }
}
