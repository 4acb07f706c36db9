package dev.reviewstats.internal.outline;

import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph of inline text; soft line breaks are kept as {@code \n}.
 *
 * @param text the inline text
 * @param line the 1-based line
 * @param opening the bold the paragraph opens with, as its front end found it, or {@code null}
 */
public record Paragraph(String text, int line, Lead opening) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }

    /** A paragraph with no bold lead: text an extractor cut from a block, whose lead was read already. */
    public Paragraph(String text, int line) {
        this(text, line, null);
    }

    /**
     * A paragraph of inline text that writes bold as {@code **}, as the front end's own text or its
     * input does: its lead is the bold the text opens with.
     */
    public static Paragraph ofInline(String text, int line) {
        return new Paragraph(text, line, Lead.of(text).orElse(null));
    }

    /**
     * A heading inside a list, a quote or a card: content, not structure, held as a bold paragraph that
     * stands alone, whose lead is the heading's text.
     */
    public static Paragraph boldHeading(String inline, int line) {
        return new Paragraph("**" + inline + "**", line, inline.isEmpty() ? null : new Lead(inline, ""));
    }

    /**
     * A paragraph that a label a front end knows from its input's structure opens ({@code <p
     * class=fix-label>Fix</p>} before it): written in bold, as a Markdown report writes the label.
     */
    public static Paragraph labelled(String label, String inline, int line) {
        return new Paragraph("**" + label + "** " + inline, line, new Lead(label, " " + inline));
    }

    /** The bold the paragraph opens with, as its front end stamped it. */
    public Optional<Lead> lead() {
        return Optional.ofNullable(opening);
    }
}
