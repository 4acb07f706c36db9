package dev.reviewstats.model;

import java.util.Objects;

/**
 * Which review round of a PR this is.
 *
 * @param number the round number, 1 for the first review
 * @param qualifier the raw qualifier after the number without parentheses ({@code of PR #295},
 *     {@code of target}), or {@code ""}
 * @serial exclude
 */
public record Round(int number, String qualifier) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param number the round number, 1 for the first review
     * @param qualifier the raw qualifier after the number without parentheses ({@code of PR #295}, {@code of target}), or {@code ""}
     */
    public Round {
        Objects.requireNonNull(qualifier, "qualifier");
        if (number <= 0) {
            throw new IllegalArgumentException("round must be positive: " + number);
        }
    }

    /**
     * Whether this is the first round.
     *
     * @return whether the number is 1
     */
    public boolean isFirst() {
        return number == 1;
    }
}
