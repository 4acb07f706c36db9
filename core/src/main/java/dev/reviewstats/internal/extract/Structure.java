package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.SectionNames;
import dev.reviewstats.internal.template.Region;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.Lead;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.Section;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Decides which region each section belongs to. Heading levels are not reliable across template
 * versions, so a section's region comes from its title, and an unknown title belongs to the region of
 * the nearest enclosing heading. Everything after the appendix heading is appendix, whatever the
 * levels of the agents' own headings, until a Resolution heading at the appendix's level or above.
 */
final class Structure {
    private final List<Part> main;
    private final List<Section> appendix;
    private final int appendixLine;

    private Structure(List<Part> main, List<Section> appendix, int appendixLine) {
        this.main = main;
        this.appendix = appendix;
        this.appendixLine = appendixLine;
    }

    List<Part> main() {
        return main;
    }

    List<Section> appendix() {
        return appendix;
    }

    /** The appendix heading's line, or 0 when there is no appendix. */
    int appendixLine() {
        return appendixLine;
    }

    static Structure of(List<Section> outlineSections) {
        List<Section> sections = promoteBoldHeadings(outlineSections);
        List<Section> mainSections = new ArrayList<>();
        List<Section> appendix = new ArrayList<>();
        boolean inAppendix = false;
        int appendixLevel = 0;
        int appendixLine = 0;
        for (Section s : sections) {
            Region r = SectionNames.classify(s.title());
            if (inAppendix) {
                if (r == Region.RESOLUTION && s.level() <= appendixLevel) {
                    inAppendix = false;
                } else {
                    appendix.add(s);
                    continue;
                }
            }
            if (r == Region.APPENDIX && appendixLine == 0) {
                inAppendix = true;
                appendixLevel = s.level();
                appendixLine = s.line();
                appendix.add(new Section(0, "", s.line(), s.blocks()));
                continue;
            }
            mainSections.add(s);
        }
        return new Structure(parts(mainSections, true), appendix, appendixLine);
    }

    /** Assigns regions to a run of sections; {@code document} says whether the first heading is the title. */
    static List<Part> parts(List<Section> sections, boolean document) {
        List<MutablePart> parts = new ArrayList<>();
        Deque<MutablePart> stack = new ArrayDeque<>();
        boolean titleSeen = false;
        for (Section s : sections) {
            Region r = s.level() == 0 ? Region.TITLE : SectionNames.classify(s.title());
            if (!titleSeen && document && s.level() > 0 && s.level() <= 2
                    && SectionNames.reviewTitleRest(SectionNames.normalize(s.title())) != null) {
                r = Region.TITLE;
                titleSeen = true;
            } else if (!document && SectionNames.reviewTitleRest(SectionNames.normalize(s.title())) != null
                    && r == Region.UNKNOWN) {
                r = Region.WRAPPER;
            }
            while (!stack.isEmpty() && stack.peek().level >= s.level() && s.level() > 0) {
                stack.pop();
            }
            MutablePart parent = stack.isEmpty() ? null : stack.peek();
            r = contextual(r, parent, stack);
            boolean inherits = r == Region.UNKNOWN && parent != null
                    && parent.region != Region.WRAPPER && parent.region != Region.TITLE;
            if (inherits) {
                parent.blocks.add(new Paragraph(s.title(), s.line()));
                parent.blocks.addAll(s.blocks());
                // Keep the inherited heading on the stack so its own sub-headings find the region too.
                stack.push(new MutablePart(parent, s.level()));
                continue;
            }
            for (MutablePart p : stack) {
                p.target().hasSubsections = true;
            }
            MutablePart part = new MutablePart(r, s.title(), s.line(), s.level(), s.blocks());
            parts.add(part);
            stack.push(part);
        }
        List<Part> out = new ArrayList<>();
        for (MutablePart p : parts) {
            out.add(new Part(p.region, p.title, p.line, p.blocks, p.hasSubsections));
        }
        return out;
    }

    /**
     * Some agents write section titles as bold paragraphs ({@code **Findings**}) rather than headings,
     * in every form; such a paragraph starts a sub-section when its text is a known section title.
     */
    static List<Section> promoteBoldHeadings(List<Section> sections) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            int level = s.level();
            String title = s.title();
            int line = s.line();
            List<Block> blocks = new ArrayList<>();
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p && isBoldHeading(p)) {
                    out.add(new Section(level, title, line, blocks));
                    level = Math.min(s.level() + 1, 7);
                    title = p.text().strip();
                    line = p.line();
                    blocks = new ArrayList<>();
                } else {
                    blocks.add(b);
                }
            }
            out.add(new Section(level, title, line, blocks));
        }
        return out;
    }

    /** A paragraph of bold alone, a colon aside, whose 3 to 60 characters on one line name a known section. */
    private static boolean isBoldHeading(Paragraph p) {
        Optional<Lead> lead = p.lead();
        if (lead.isEmpty() || !lead.get().standsAlone()) {
            return false;
        }
        String title = lead.get().title();
        return title.length() >= 3 && title.length() <= 60 && title.indexOf('*') < 0 && title.indexOf('\n') < 0
                && SectionNames.classify(title) != Region.UNKNOWN;
    }

    /** Titles that mean something only inside a particular region. */
    private static Region contextual(Region r, MutablePart parent, Deque<MutablePart> stack) {
        boolean inRetro = stack.stream().anyMatch(p -> p.target().region == Region.RETRO);
        boolean inDesign = stack.stream().anyMatch(p -> p.target().region == Region.DESIGN_OBSERVATIONS);
        if (r == Region.RETRO_TABLE && !inRetro) {
            return Region.UNKNOWN;
        }
        if ((r == Region.CONCERNS || r == Region.STRENGTHS) && !inDesign) {
            return Region.UNKNOWN;
        }
        if (r == Region.METADATA && parent != null) {
            return Region.UNKNOWN;
        }
        return r;
    }

    private static final class MutablePart {
        final Region region;
        final String title;
        final int line;
        final int level;
        final List<Block> blocks;
        final MutablePart alias;
        boolean hasSubsections;

        MutablePart(Region region, String title, int line, int level, List<Block> blocks) {
            this.region = region;
            this.title = title;
            this.line = line;
            this.level = level;
            this.blocks = new ArrayList<>(blocks);
            this.alias = null;
        }

        /** A heading that inherited its parent's region: writes go to the parent. */
        MutablePart(MutablePart target, int level) {
            this.region = target.region;
            this.title = target.title;
            this.line = target.line;
            this.level = level;
            this.blocks = target.blocks;
            this.alias = target;
        }

        MutablePart target() {
            return alias == null ? this : alias.target();
        }
    }
}
