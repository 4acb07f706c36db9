package dev.reviewstats.internal.outline;

import java.util.Objects;

/** A paragraph of inline text; soft line breaks are kept as {@code \n}. */
public record Paragraph(String text, int line) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
