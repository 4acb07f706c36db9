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
 */
public record Resolution(LocalDate addressed, String commit, List<ResolutionItem> items) implements java.io.Serializable {
    public Resolution {
        Objects.requireNonNull(commit, "commit");
        items = List.copyOf(items);
    }

    /** The action recorded for a consolidated finding, if a row names it. */
    public java.util.Optional<ResolutionAction> actionFor(String findingId) {
        return items.stream().filter(i -> i.findingId().equalsIgnoreCase(findingId)).map(ResolutionItem::action).findFirst();
    }

    public long count(ResolutionAction action) {
        return items.stream().filter(i -> i.action() == action).count();
    }
}
