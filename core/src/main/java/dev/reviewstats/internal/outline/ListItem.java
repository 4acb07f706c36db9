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
 * @param opening the bold the item's text opens with, as its front end found it, or {@code null}
 */
public record ListItem(int number, String text, List<Block> children, int line, Lead opening) {
    public ListItem {
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }

    /** An item whose text opens with no bold. */
    public ListItem(int number, String text, List<Block> children, int line) {
        this(number, text, children, line, null);
    }

    /** An item whose text writes bold as {@code **}, as the front end's own text or its input does: its lead is the bold the text opens with. */
    public static ListItem ofInline(int number, String text, List<Block> children, int line) {
        return new ListItem(number, text, children, line, Lead.of(text).orElse(null));
    }

    /** The bold the item's text opens with, as its front end stamped it. */
    public Optional<Lead> lead() {
        return Optional.ofNullable(opening);
    }
}
