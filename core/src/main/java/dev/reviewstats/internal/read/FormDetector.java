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
    private static final Pattern GLUED_METADATA = Pattern.compile("(?m)^(?:Date\\d|Repo[a-z0-9]|Round\\d|Reviewers[A-Z]|Verdict[A-Z])");

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
        if (MARKDOWN_HEADING.matcher(head).find()) {
            return SourceForm.MARKDOWN;
        }
        // Some flatteners keep pipe tables but mark every heading with a pilcrow: that is no Markdown.
        if (countMatches(PILCROW_LINE, head) >= 2 || countMatches(GLUED_METADATA, head) >= 2) {
            return SourceForm.FLATTENED_TEXT;
        }
        if (MARKDOWN_TABLE.matcher(head).find() || MARKDOWN_EMPHASIS.matcher(head).find()) {
            return SourceForm.MARKDOWN;
        }
        return SourceForm.FLATTENED_TEXT;
    }
}
