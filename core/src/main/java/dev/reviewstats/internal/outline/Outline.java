package dev.reviewstats.internal.outline;

import java.util.List;

/**
 * A whole report as a flat sequence of sections.
 *
 * @param sections the sections in document order; the first has level 0 when text precedes the
 *     first heading
 * @param lineCount how many lines the input has, so diagnostics can be checked against it
 */
public record Outline(List<Section> sections, int lineCount) {
    public Outline {
        sections = List.copyOf(sections);
    }
}
