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
 */
public record ResolutionItem(int number, String findingRef, String findingId, ResolutionAction action, String actionRaw) implements java.io.Serializable {
    public ResolutionItem {
        Objects.requireNonNull(findingRef, "findingRef");
        Objects.requireNonNull(findingId, "findingId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actionRaw, "actionRaw");
    }

    public Optional<String> findingIdIfResolved() {
        return findingId.isEmpty() ? Optional.empty() : Optional.of(findingId);
    }
}
