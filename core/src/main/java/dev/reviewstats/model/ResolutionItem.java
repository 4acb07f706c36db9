package dev.reviewstats.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the Resolution table.
 *
 * @param number the row number, or 0
 * @param findingRef the Finding cell as written ({@code Important #1: <title>})
 * @param findingId the consolidated finding it resolves to ({@code I1}), or {@code ""} when the row
 *     names no finding (testing gaps, limitations) or the reference could not be resolved
 * @param action the normalised action
 * @param actionRaw the Action cell as written
 * @serial exclude
 */
public record ResolutionItem(int number, String findingRef, String findingId, ResolutionAction action, String actionRaw) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param number the row number, or 0
     * @param findingRef the Finding cell as written ({@code Important #1: <title>})
     * @param findingId the consolidated finding it resolves to ({@code I1}), or {@code ""} when the row names no finding (testing gaps, limitations) or the reference could not be resolved
     * @param action the normalised action
     * @param actionRaw the Action cell as written
     */
    public ResolutionItem {
        Objects.requireNonNull(findingRef, "findingRef");
        Objects.requireNonNull(findingId, "findingId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actionRaw, "actionRaw");
    }

    /**
     * The finding the row names, when it could be resolved.
     *
     * @return the finding id, or empty
     */
    public Optional<String> findingIdIfResolved() {
        return findingId.isEmpty() ? Optional.empty() : Optional.of(findingId);
    }
}
