package dev.reviewstats.model;

import java.util.Objects;

/**
 * The review's verdict.
 *
 * @param outcome the normalised decision
 * @param rationale the text after the decision (after the dash), or {@code ""}
 * @param raw the verdict cell as written, without markup
 * @serial exclude
 */
public record Verdict(Outcome outcome, String rationale, String raw) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param outcome the normalised decision
     * @param rationale the text after the decision (after the dash), or {@code ""}
     * @param raw the verdict cell as written, without markup
     */
    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(raw, "raw");
    }
}
