package dev.reviewstats.internal.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects a front end's blocks into sections as it walks its input: every front end starts a
 * section at each heading and adds the blocks that follow. Not thread-safe; one per read.
 */
public final class SectionCollector {
    private final List<Section> done = new ArrayList<>();
    private int level;
    private String title = "";
    private int line = 1;
    private List<Block> current = new ArrayList<>();

    /** Ends the current section and starts one at a heading. */
    public void startSection(int newLevel, String newTitle, int newLine) {
        flush();
        level = newLevel;
        title = newTitle;
        line = newLine;
        current = new ArrayList<>();
    }

    /** The blocks of the current section, to add to. */
    public List<Block> current() {
        return current;
    }

    public void add(Block b) {
        current.add(b);
    }

    /** The current section's heading level (0 before the first heading). */
    public int level() {
        return level;
    }

    private void flush() {
        // Text before the first heading is a section of level 0; an empty one is not kept.
        if (level > 0 || !current.isEmpty()) {
            done.add(new Section(level, title, line, current));
        }
    }

    /** Ends the last section and returns them all. */
    public List<Section> finish() {
        flush();
        current = new ArrayList<>();
        return List.copyOf(done);
    }
}
