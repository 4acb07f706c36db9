package dev.reviewstats.model;

import java.util.List;

/**
 * The retro table's Downgraded cell: {@code 2 (I→S)}. Later templates count in it findings moved out of
 * the list too ({@code 2 (I1→ack'd, I2→S1)}, {@code 1 (C→design obs)}), which the gold guide calls drops,
 * not downgrades: those are {@code moves}.
 *
 * @param count how many findings the cell counts
 * @param transitions the re-gradings listed, such as {@code I→S}, normalised to the arrow {@code →}
 * @param moves how many of the counted findings the cell itself says were moved or dropped, not re-graded
 * @serial exclude
 */
public record Downgrades(int count, List<String> transitions, int moves) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param count how many findings the cell counts
     * @param transitions the re-gradings listed, normalised to the arrow {@code →}
     * @param moves how many counted findings were moved or dropped, not re-graded
     */
    public Downgrades {
        if (count < 0 || moves < 0 || moves > count) {
            throw new IllegalArgumentException("bad downgrade count " + count + " with " + moves + " moves");
        }
        transitions = List.copyOf(transitions);
    }

    /**
     * A cell that counts re-gradings only.
     *
     * @param count how many findings were downgraded
     * @param transitions the transitions listed
     */
    public Downgrades(int count, List<String> transitions) {
        this(count, transitions, 0);
    }

    /**
     * The findings the cell counts that were kept at a lower severity.
     *
     * @return the count without the moves
     */
    public int regradings() {
        return count - moves;
    }
}
