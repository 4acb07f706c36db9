package dev.reviewstats.internal.outline;

import java.util.Arrays;

/** Maps character offsets of a front end's input to 1-based line numbers. Immutable. */
public final class LineIndex {
    private final int[] starts;
    private final int count;

    private LineIndex(int[] starts, int count) {
        this.starts = starts;
        this.count = count;
    }

    public static LineIndex of(String text) {
        int[] s = new int[64];
        int n = 0;
        s[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
            }
            s[n++] = i + 1;
        }
        // A final line break ends the last line rather than starting an empty one.
        return new LineIndex(Arrays.copyOf(s, n), text.endsWith("\n") ? n - 1 : n);
    }

    /** How many lines the input has. */
    public int count() {
        return count;
    }

    /** The line holding the character at {@code offset}, between 1 and {@link #count()}. */
    public int line(int offset) {
        int idx = Arrays.binarySearch(starts, offset);
        int line = idx >= 0 ? idx + 1 : -idx - 1;
        return Math.max(1, Math.min(line, Math.max(count, 1)));
    }
}
