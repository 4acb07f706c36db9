package dev.reviewstats.model;

import java.util.List;

/**
 * The retro table's Downgraded cell: {@code 2 (I→S)}.
 *
 * @param count how many findings were downgraded
 * @param transitions the transitions listed, such as {@code I→S}, normalised to the arrow {@code →}
 * @serial exclude
 */
public record Downgrades(int count, List<String> transitions) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param count how many findings were downgraded
     * @param transitions the transitions listed, such as {@code I→S}, normalised to the arrow {@code →}
     */
    public Downgrades {
        if (count < 0) {
            throw new IllegalArgumentException("negative downgrade count");
        }
        transitions = List.copyOf(transitions);
    }
}
