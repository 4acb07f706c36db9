package dev.reviewstats.model;

import java.util.List;
import java.util.Objects;

/**
 * An item of the Design Observations section.
 *
 * @param kind concern or strength
 * @param title the bold lead of the item, or its first sentence
 * @param scope the scope tag ({@code in-scope}, {@code future}) or {@code ""}
 * @param agents the agents credited, possibly none
 * @param text the whole item without markup
 * @serial exclude
 */
public record DesignObservation(ObservationKind kind, String title, String scope, List<Agent> agents, String text) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param kind concern or strength
     * @param title the bold lead of the item, or its first sentence
     * @param scope the scope tag ({@code in-scope}, {@code future}) or {@code ""}
     * @param agents the agents credited, possibly none
     * @param text the whole item without markup
     */
    public DesignObservation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(text, "text");
        agents = List.copyOf(agents);
    }
}
