package dev.reviewstats.model;

import java.util.Objects;

/**
 * A commit under review.
 *
 * @param sha the short sha as the report gives it
 * @param subject the subject line, or {@code ""}
 * @serial exclude
 */
public record Commit(String sha, String subject) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param sha the short sha as the report gives it
     * @param subject the subject line, or {@code ""}
     */
    public Commit {
        Objects.requireNonNull(sha, "sha");
        Objects.requireNonNull(subject, "subject");
    }
}
