package dev.reviewstats.model;

import java.util.Objects;

/**
 * The pull request a review looked at.
 *
 * @param number the PR number
 * @param title the PR title, or {@code ""} when the report does not give it
 * @serial exclude
 */
public record PullRequest(int number, String title) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param number the PR number
     * @param title the PR title, or {@code ""} when the report does not give it
     */
    public PullRequest {
        Objects.requireNonNull(title, "title");
        if (number <= 0) {
            throw new IllegalArgumentException("PR number must be positive: " + number);
        }
    }
}
