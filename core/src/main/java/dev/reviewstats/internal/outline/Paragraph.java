package dev.reviewstats.internal.outline;

import java.util.Objects;
import java.util.Optional;

/** A paragraph of inline text; soft line breaks are kept as {@code \n}. */
public record Paragraph(String text, int line) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }

    /** The bold the paragraph opens with, if it opens with bold. */
    public Optional<Lead> lead() {
        return Lead.of(text);
    }
}
