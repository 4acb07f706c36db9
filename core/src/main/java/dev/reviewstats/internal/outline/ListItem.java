package dev.reviewstats.internal.outline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An item of a list.
 *
 * @param number the item's number in an ordered list, 0 in a bullet list
 * @param text the inline text of the item's first paragraph
 * @param children the item's further blocks (paragraphs, nested lists, code)
 * @param line the 1-based line of the item
 */
public record ListItem(int number, String text, List<Block> children, int line) {
    public ListItem {
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }

    /** The bold the item's text opens with, if it opens with bold. */
    public Optional<Lead> lead() {
        return Lead.of(text);
    }
}
