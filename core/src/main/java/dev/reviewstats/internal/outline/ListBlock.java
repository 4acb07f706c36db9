package dev.reviewstats.internal.outline;

import java.util.List;

/** A bullet or ordered list. */
public record ListBlock(boolean ordered, List<ListItem> items, int line) implements Block {
    public ListBlock {
        items = List.copyOf(items);
    }
}
