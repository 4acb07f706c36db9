package dev.reviewstats.model;

import java.util.Objects;

/**
 * One paragraph or list item of a prose section (testing assessment, limitations, …).
 *
 * @param title the bold lead of the item, or {@code ""}
 * @param text the item's text without markup
 * @serial exclude
 */
public record TextItem(String title, String text) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param title the bold lead of the item, or {@code ""}
     * @param text the item's text without markup
     */
    public TextItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
