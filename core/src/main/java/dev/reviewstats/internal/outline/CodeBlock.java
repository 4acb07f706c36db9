package dev.reviewstats.internal.outline;

import java.util.Objects;

/** A code excerpt; {@code info} is the fence's language, or {@code ""}. */
public record CodeBlock(String info, String code, int line) implements Block {
    public CodeBlock {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(code, "code");
    }
}
