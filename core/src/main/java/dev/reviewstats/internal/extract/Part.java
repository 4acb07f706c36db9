package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.Region;
import dev.reviewstats.internal.outline.Block;
import java.util.List;

/**
 * A region of the report with its content: the blocks of its section, followed by those of any
 * sub-sections that did not start a region of their own (their headings become paragraphs).
 *
 * @param region what the part is
 * @param title the heading's text
 * @param line the heading's line
 * @param blocks the content
 * @param hasSubsections whether any sub-section started a region of its own below this one
 */
record Part(Region region, String title, int line, List<Block> blocks, boolean hasSubsections) {
    Part {
        blocks = List.copyOf(blocks);
    }
}
