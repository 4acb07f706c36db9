package dev.reviewstats.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the executive summary says the report holds ("0 critical, 4 important, 13 suggestions, 3
 * design observations"), read once where the summary is read, so that lint compares counts, not text.
 *
 * @param findings the findings by severity the summary states
 * @param designObservations the design observations it states, or {@code null} when it names none
 * @serial exclude
 */
public record StatedStructure(SeverityCounts findings, Integer designObservations) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param findings the findings by severity the summary states
     * @param designObservations the design observations it states, or {@code null} when it names none
     */
    public StatedStructure {
        Objects.requireNonNull(findings, "findings");
        if (designObservations != null && designObservations < 0) {
            throw new IllegalArgumentException("negative design observations: " + designObservations);
        }
    }

    /**
     * The design observations, when the summary states them.
     *
     * @return the count, or empty
     */
    public OptionalInt designObservationsIfStated() {
        return designObservations == null ? OptionalInt.empty() : OptionalInt.of(designObservations);
    }
}
