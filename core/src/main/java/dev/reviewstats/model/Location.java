package dev.reviewstats.model;

import java.util.Objects;

/**
 * A place in the reviewed code a finding points at.
 *
 * @param path the file path as written (may be a bare file name in early reports)
 * @param startLine first line, or 0 when the location names no line
 * @param endLine last line (equal to {@code startLine} for a single line), or 0
 * @serial exclude
 */
public record Location(String path, int startLine, int endLine) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param path the file path as written (may be a bare file name in early reports)
     * @param startLine first line, or 0 when the location names no line
     * @param endLine last line (equal to {@code startLine} for a single line), or 0
     */
    public Location {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new IllegalArgumentException("location path must not be blank");
        }
        if (startLine < 0 || endLine < 0 || (startLine == 0) != (endLine == 0)) {
            throw new IllegalArgumentException("bad line range " + startLine + "-" + endLine);
        }
        if (endLine < startLine) {
            int t = startLine;
            startLine = endLine;
            endLine = t;
        }
    }

    /**
     * Whether the location names lines, not only a file.
     *
     * @return whether lines are known
     */
    public boolean hasLines() {
        return startLine > 0;
    }
}
