package dev.reviewstats.model;

import java.util.Objects;

/** One file a review was read from, and the form it was in. */
public record Source(String path, SourceForm form) implements java.io.Serializable {
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(form, "form");
    }
}
