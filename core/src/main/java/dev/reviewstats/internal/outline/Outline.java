package dev.reviewstats.internal.outline;

import dev.reviewstats.model.Diagnostic;
import java.util.List;

/**
 * A whole report as a flat sequence of sections.
 *
 * @param sections the sections in document order; the first has level 0 when text precedes the
 *     first heading
 * @param lineCount how many lines the input has, so diagnostics can be checked against it
 * @param notes what the front end had to decide or could not read, with positions
 */
public record Outline(List<Section> sections, int lineCount, List<Diagnostic> notes) {
    public Outline {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }

    public Outline(List<Section> sections, int lineCount) {
        this(sections, lineCount, List.of());
    }
}
