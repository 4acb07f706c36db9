package dev.reviewstats.internal.outline;

import java.util.Objects;

/** A block of raw HTML the front end passed through ({@code <details>} wrappers and the like). */
public record RawHtml(String html, int line) implements Block {
    public RawHtml {
        Objects.requireNonNull(html, "html");
    }
}
