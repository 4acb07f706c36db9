package dev.reviewstats.internal.outline;

import dev.reviewstats.model.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * A whole report as a flat sequence of sections.
 *
 * @param sections the sections in document order; the first has level 0 when text precedes the
 *     first heading
 * @param lineCount how many lines the input has, so diagnostics can be checked against it
 * @param notes what the front end had to decide or could not read, with positions
 * @param notAReview why the front end recognised the input as no review (then it has no
 *     sections), or {@code ""}
 * @param links the absolute web addresses the input links to, in document order: a form that keeps
 *     link targets apart from the text (Markdown, HTML) hands them over here
 */
public record Outline(List<Section> sections, int lineCount, List<Diagnostic> notes, String notAReview, List<String> links) {
    public Outline {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
        links = List.copyOf(links);
        Objects.requireNonNull(notAReview, "notAReview");
        if (!notAReview.isEmpty() && !sections.isEmpty()) {
            throw new IllegalArgumentException("an input set aside has no sections");
        }
    }

    public Outline(List<Section> sections, int lineCount, List<Diagnostic> notes, String notAReview) {
        this(sections, lineCount, notes, notAReview, List.of());
    }

    public Outline(List<Section> sections, int lineCount, List<Diagnostic> notes) {
        this(sections, lineCount, notes, "");
    }

    public Outline(List<Section> sections, int lineCount) {
        this(sections, lineCount, List.of(), "");
    }

    /** This outline with the web addresses its input links to. */
    public Outline withLinks(List<String> links) {
        return new Outline(sections, lineCount, notes, notAReview, links);
    }

    /** The outline of an input recognised as something other than a review. */
    public static Outline setAside(String why, int lineCount) {
        if (why.isBlank()) {
            throw new IllegalArgumentException("say why the input is set aside");
        }
        return new Outline(List.of(), lineCount, List.of(), why);
    }

    /** Whether the front end recognised the input as no review. */
    public boolean isSetAside() {
        return !notAReview.isEmpty();
    }
}
