package dev.reviewstats.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The Resolution section, added after the author acted on the review.
 *
 * @param addressed the date addressed, or {@code null} when not given or unreadable
 * @param commit the Commit cell as written, or {@code ""}
 * @param items the table rows
 * @serial exclude
 */
public record Resolution(LocalDate addressed, String commit, List<ResolutionItem> items) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param addressed the date addressed, or {@code null} when not given or unreadable
     * @param commit the Commit cell as written, or {@code ""}
     * @param items the table rows
     */
    public Resolution {
        Objects.requireNonNull(commit, "commit");
        items = List.copyOf(items);
    }

    /**
     * The action recorded for a consolidated finding, if a row names it.
     *
     * @param findingId a consolidated finding's id
     * @return the action a row takes on it, or empty
     */
    public java.util.Optional<ResolutionAction> actionFor(String findingId) {
        return items.stream().filter(i -> i.findingId().equalsIgnoreCase(findingId)).map(ResolutionItem::action).findFirst();
    }

    /**
     * How many rows take an action.
     *
     * @param action the action
     * @return the number of rows
     */
    public long count(ResolutionAction action) {
        return items.stream().filter(i -> i.action() == action).count();
    }
}
