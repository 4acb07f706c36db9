package dev.reviewstats.internal.markdown;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown that a report quotes inside a code fence: an agent's whole review pasted into the appendix
 * as {@code ```markdown … ```}, or a finding wrapped in a bare fence together with its code. Read as
 * code, its headings and findings would be lost; worse, a bare fence around text that holds fences of
 * its own ({@code ```go} … {@code ```}) is closed by the first inner one, and every fence after it
 * turns the rest of the document inside out, agents' headings included.
 *
 * <p>A fence is quoted Markdown when it opens right under a heading (blank lines aside), has no info
 * string or {@code markdown}/{@code md}, and its content has Markdown structure: a heading of level 2
 * or deeper (a level-1 {@code #} line is as likely a shell comment), or a first line that is a finding
 * ({@code I1. **Title**}). Its closing fence is found the way its writer nested it: an inner fence
 * with an info string opens a block that the next bare fence closes. Both fence lines become blank
 * lines, so every line keeps its number.
 */
final class QuotedMarkdown {
    private QuotedMarkdown() {
    }

    /** The text with quoting fences blanked, and a note for each fence set aside. */
    record Unwrapped(String text, List<Diagnostic> notes) {
        Unwrapped {
            notes = List.copyOf(notes);
        }
    }

    static Unwrapped unwrap(String text) {
        if (text.indexOf("```") < 0 && text.indexOf("~~~") < 0) {
            return new Unwrapped(text, List.of());
        }
        String[] lines = text.split("\n", -1);
        List<Diagnostic> notes = new ArrayList<>();
        boolean changed = false;
        boolean afterHeading = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Fence open = Fence.of(line);
            if (open != null) {
                End end = afterHeading && open.quotesMarkdown() ? end(lines, i, open) : null;
                if (end != null && hasStructure(lines, i + 1, end.line())) {
                    lines[i] = "";
                    if (end.fenced()) {
                        lines[end.line()] = "";
                        notes.add(Diagnostic.of(DiagnosticCode.MARKUP_REPAIRED, "the code fence of lines " + (i + 1) + "-"
                                + (end.line() + 1) + " quotes Markdown; its content was read as Markdown", i + 1));
                    } else {
                        notes.add(Diagnostic.of(DiagnosticCode.MARKUP_REPAIRED, "the code fence on line " + (i + 1)
                                + " quotes Markdown and is never closed; its content up to line " + end.line()
                                + " was read as Markdown", i + 1));
                    }
                    changed = true;
                    afterHeading = false;
                    continue;
                }
                int close = commonMarkClose(lines, i, open);
                if (open.info().isEmpty() && isStray(lines, i, close)) {
                    lines[i] = "";
                    notes.add(Diagnostic.of(DiagnosticCode.MARKUP_REPAIRED, "the code fence on line " + (i + 1)
                            + " closes nothing and would hide the heading after it; it was set aside", i + 1));
                    changed = true;
                    afterHeading = false;
                    continue;
                }
                // An ordinary code block: skip it whole, so its lines are not taken for headings.
                i = close < 0 ? lines.length : close;
                afterHeading = false;
                continue;
            }
            afterHeading = isAtxHeading(line, 1);
        }
        return new Unwrapped(changed ? String.join("\n", lines) : text, notes);
    }

    /**
     * A bare fence left over from a quoted block: the next line is a heading, and the block it would
     * open runs to the end of the document or ends right before a heading or a finding.
     */
    private static boolean isStray(String[] lines, int fence, int close) {
        int next = nextNonBlank(lines, fence + 1);
        if (next < 0 || !isAtxHeading(lines[next], 2)) {
            return false;
        }
        if (close < 0) {
            return true;
        }
        int after = nextNonBlank(lines, close + 1);
        return after >= 0 && (isAtxHeading(lines[after], 1) || isFindingHead(lines[after].strip()));
    }

    private static int nextNonBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a quoted block ends, or {@code null} when it does not: at the bare fence that closes it as
     * its writer nested it (an inner fence with an info string opens a block the next bare fence
     * closes), or, when a fence exactly like its opening one starts the next quote first, before the
     * heading over that one: the writer forgot to close it.
     */
    private static End end(String[] lines, int open, Fence fence) {
        int depth = 0;
        int lastHeading = -1;
        for (int i = open + 1; i < lines.length; i++) {
            if (isAtxHeading(lines[i], 1)) {
                lastHeading = i;
            }
            Fence f = Fence.of(lines[i]);
            if (f == null || f.marker() != fence.marker() || f.length() < fence.length()) {
                continue;
            }
            if (depth == 0 && f.equals(fence) && !fence.info().isEmpty() && lastHeading > open
                    && nextNonBlank(lines, lastHeading + 1) == i) {
                return new End(lastHeading, false);
            }
            if (!f.info().isEmpty()) {
                depth++;
            } else if (depth > 0) {
                depth--;
            } else {
                return new End(i, true);
            }
        }
        return null;
    }

    /** The line a quoted block ends before: its closing fence, or the heading that follows it unclosed. */
    private record End(int line, boolean fenced) {
    }

    /** Where CommonMark closes a fence: the next bare fence of its character at least as long, or -1. */
    private static int commonMarkClose(String[] lines, int open, Fence fence) {
        for (int i = open + 1; i < lines.length; i++) {
            Fence f = Fence.of(lines[i]);
            if (f != null && f.marker() == fence.marker() && f.length() >= fence.length() && f.info().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasStructure(String[] lines, int from, int to) {
        boolean first = true;
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (isAtxHeading(line, 2) || (first && isFindingHead(line.strip()))) {
                return true;
            }
            first = false;
        }
        return false;
    }

    /** {@code ## Title} with at least {@code minLevel} hashes, up to three spaces of indentation. */
    private static boolean isAtxHeading(String line, int minLevel) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        int hashes = 0;
        while (i + hashes < line.length() && line.charAt(i + hashes) == '#') {
            hashes++;
        }
        int after = i + hashes;
        return hashes >= minLevel && hashes <= 6 && after < line.length() && line.charAt(after) == ' '
                && !line.substring(after).isBlank();
    }

    /** {@code I1. **Title**}, {@code **C2. Title**}: a severity letter, a number and a stop, bold or not. */
    private static boolean isFindingHead(String line) {
        int i = line.startsWith("**") ? 2 : 0;
        if (i >= line.length() || "CIS".indexOf(line.charAt(i)) < 0) {
            return false;
        }
        int digits = 0;
        while (i + 1 + digits < line.length() && Character.isDigit(line.charAt(i + 1 + digits))) {
            digits++;
        }
        int after = i + 1 + digits;
        return digits > 0 && digits <= 3 && after < line.length() && ".:)".indexOf(line.charAt(after)) >= 0;
    }

    /** A fence line: its character, how many, and its info string. */
    private record Fence(char marker, int length, String info) {
        static Fence of(String line) {
            int i = 0;
            while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
                i++;
            }
            if (i >= line.length() || (line.charAt(i) != '`' && line.charAt(i) != '~')) {
                return null;
            }
            char c = line.charAt(i);
            int n = 0;
            while (i + n < line.length() && line.charAt(i + n) == c) {
                n++;
            }
            if (n < 3) {
                return null;
            }
            String info = line.substring(i + n).strip();
            if (c == '`' && info.indexOf('`') >= 0) {
                return null; // an inline code span, not a fence
            }
            return new Fence(c, n, info);
        }

        boolean quotesMarkdown() {
            return info.isEmpty() || info.equalsIgnoreCase("markdown") || info.equalsIgnoreCase("md");
        }
    }
}
