package dev.reviewstats.model;

import java.util.Objects;

/**
 * One file a review was read from, and the form it was in.
 *
 * @param path the file's path as it was given; for a file read from a git ref,
 *     {@code REPOSITORY@REF:PATH-IN-TREE} ({@code ../lima.git@reviews:reviews/x.md})
 * @param form the form it was detected to be in
 * @param commit the commit (40 hex digits) the file was read at, for a file read from a git ref;
 *     {@code null} for a file read from disk
 * @serial exclude
 */
public record Source(String path, SourceForm form, String commit) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param path the file's path as it was given
     * @param form the form it was detected to be in
     * @param commit the commit the file was read at, or {@code null} for a file on disk
     */
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(form, "form");
        if (commit != null && !isObjectId(commit)) {
            throw new IllegalArgumentException("a commit is 40 (or 64) lower-case hex digits: " + commit);
        }
    }

    /** A git object id: 40 (SHA-1) or 64 (SHA-256) lower-case hex digits. */
    private static boolean isObjectId(String s) {
        return (s.length() == 40 || s.length() == 64) && s.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    }

    /**
     * A file read from disk.
     *
     * @param path the file's path as it was given
     * @param form the form it was detected to be in
     */
    public Source(String path, SourceForm form) {
        this(path, form, null);
    }

    /**
     * This source as read at a commit of a git ref.
     *
     * @param atCommit the commit
     * @return the same file and form, at that commit
     */
    public Source at(String atCommit) {
        return new Source(path, form, atCommit);
    }
}
