package dev.reviewstats.internal.html;

import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.outline.Inline;
import java.util.Arrays;

/**
 * Inline text of a page as it is written, with the places of its agent pills. A pill is written as
 * {@code [name]}, and where it was stays known, so that the pills next to each other can become one
 * list ({@code [Claude, Codex]}) and a table cell's pills the comma-separated names Markdown writes,
 * without reading the text again for them. One per paragraph, item or cell being written.
 */
final class InlineBuffer {
    private final StringBuilder text = new StringBuilder();
    /** Start and end (exclusive) offsets of each pill in {@link #text}, both brackets included. */
    private int[] pills = new int[8];
    private int pillCount;

    InlineBuffer append(CharSequence s) {
        text.append(s);
        return this;
    }

    InlineBuffer append(char c) {
        text.append(c);
        return this;
    }

    /** Appends another buffer, its pills with it. */
    InlineBuffer append(InlineBuffer other) {
        int offset = text.length();
        text.append(other.text);
        for (int i = 0; i < other.pillCount; i++) {
            addPill(offset + other.pills[2 * i], offset + other.pills[2 * i + 1]);
        }
        return this;
    }

    /** Appends an agent pill: its name between brackets. */
    InlineBuffer pill(String name) {
        int start = text.length();
        text.append('[').append(name).append(']');
        addPill(start, text.length());
        return this;
    }

    private void addPill(int start, int end) {
        if (2 * pillCount + 2 > pills.length) {
            pills = Arrays.copyOf(pills, pills.length * 2);
        }
        pills[2 * pillCount] = start;
        pills[2 * pillCount + 1] = end;
        pillCount++;
    }

    int length() {
        return text.length();
    }

    boolean isBlank() {
        return text.toString().isBlank();
    }

    void clear() {
        text.setLength(0);
        pillCount = 0;
    }

    /**
     * The text as the outline holds it: pills separated by white space alone merged into one list
     * ({@code [Claude] [Codex]} becomes {@code [Claude, Codex]}), runs of horizontal white space
     * folded into one space, no space around a line break.
     */
    String finish() {
        if (pillCount < 2) {
            return fold(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i = 0; i + 1 < pillCount; i++) {
            int close = pills[2 * i + 1] - 1;
            int open = pills[2 * i + 2];
            if (close >= copied && open > close && isSpace(text, close + 1, open)) {
                out.append(text, copied, close).append(", ");
                copied = open + 1;
            }
        }
        return fold(out.append(text, copied, text.length()));
    }

    /**
     * The text of a table cell: each pill is its name, and a pill that follows other text is set off
     * from it by a comma, as Markdown writes the agents of a cell ({@code [Claude] Opus 4.6 [Codex] GPT 5.4}
     * becomes {@code Claude Opus 4.6, Codex GPT 5.4}). A strike-through opening before the pill stays
     * with it.
     */
    String finishCell() {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i = 0; i < pillCount; i++) {
            int start = pills[2 * i];
            int end = pills[2 * i + 1];
            out.append(text, copied, start);
            int at = out.length();
            int struck = at >= 2 && out.charAt(at - 1) == '~' && out.charAt(at - 2) == '~' ? at - 2 : at;
            int last = struck - 1;
            while (last >= 0 && CharClass.isSpace(out.charAt(last))) {
                last--;
            }
            if (last >= 0 && out.charAt(last) != ',') {
                out.replace(last + 1, struck, ", ");
            }
            out.append(text, start + 1, end - 1);
            copied = end;
        }
        return fold(out.append(text, copied, text.length()));
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String fold(CharSequence raw) {
        return Inline.fold(raw.toString(), InlineBuffer::isHorizontalSpace, true).strip();
    }

    /** {@code [ \t\x0B\f\r]}: white space that is not a line break. */
    private static boolean isHorizontalSpace(int c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@code s} holds only white space ({@code \s}) from {@code from} to {@code to}. */
    private static boolean isSpace(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CharClass.isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
