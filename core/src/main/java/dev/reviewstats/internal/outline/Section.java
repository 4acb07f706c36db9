package dev.reviewstats.internal.outline;

import java.util.List;
import java.util.Objects;

/**
 * A heading and the blocks up to the next heading. Sections are kept flat, in document order: how
 * they nest is a matter of the report's structure, which the extractors know, not of heading levels,
 * which the template does not use consistently.
 *
 * @param level the heading level, 1 to 6; 0 for the blocks before the first heading
 * @param title the heading's inline text
 * @param line the heading's 1-based line
 * @param blocks the content
 */
public record Section(int level, String title, int line, List<Block> blocks) {
    public Section {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}
