package dev.reviewstats.analytics;

import java.util.Objects;

/**
 * Something {@code lint} found in one review.
 *
 * @param reviewId the review
 * @param code a stable code: a parse diagnostic's ({@code RS…}) or a lint check's ({@code L…})
 * @param inconsistency whether the review contradicts itself (as opposed to a parse diagnostic)
 * @param message what is wrong, with both values
 * @param line the 1-based line in the review's first source, or 0
 */
public record LintIssue(String reviewId, String code, boolean inconsistency, String message, int line) {
    /**
     * Checks the components.
     *
     * @param reviewId the review
     * @param code a stable code: a parse diagnostic's ({@code RS…}) or a lint check's ({@code L…})
     * @param inconsistency whether the review contradicts itself (as opposed to a parse diagnostic)
     * @param message what is wrong, with both values
     * @param line the 1-based line in the review's first source, or 0
     */
    public LintIssue {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
