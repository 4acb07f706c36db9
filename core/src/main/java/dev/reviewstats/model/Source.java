package dev.reviewstats.model;

import java.util.Objects;

/**
 * One file a review was read from, and the form it was in.
 *
 * @param path the file's path as it was given
 * @param form the form it was detected to be in
 * @serial exclude
 */
public record Source(String path, SourceForm form) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param path the file's path as it was given
     * @param form the form it was detected to be in
     */
    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(form, "form");
    }
}
