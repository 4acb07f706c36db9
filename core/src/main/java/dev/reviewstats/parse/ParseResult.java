package dev.reviewstats.parse;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.Review;
import java.util.List;
import java.util.Objects;

/**
 * What parsing one input gave: a review, or the reason there is none.
 *
 * @serial exclude
 */
public sealed interface ParseResult extends java.io.Serializable permits ParseResult.Parsed, ParseResult.Skipped {

    /**
     * The input's path or name.
     *
     * @return the path or name
     */
    String path();

    /**
     * A review, with its diagnostics inside.
     *
     * @param path the input
     * @param review the review read from it
     * @serial exclude
     */
    record Parsed(String path, Review review) implements ParseResult {
        /**
         * Checks the components.
         *
         * @param path the input
         * @param review the review read from it
         */
        public Parsed {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(review, "review");
        }
    }

    /**
     * No review.
     *
     * @param path the input
     * @param reason why
     * @param detail a one-line explanation naming what was found
     * @param diagnostics what the parser noted before deciding, possibly nothing
     * @serial exclude
     */
    record Skipped(String path, SkipReason reason, String detail, List<Diagnostic> diagnostics) implements ParseResult {
        /**
         * Checks the components.
         *
         * @param path the input
         * @param reason why
         * @param detail a one-line explanation naming what was found
         * @param diagnostics what the parser noted before deciding, possibly nothing
         */
        public Skipped {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            diagnostics = List.copyOf(diagnostics);
        }

        /**
         * One line for a terminal: {@code path: skipped (reason): detail}.
         *
         * @return the line
         */
        public String describe() {
            return path + ": skipped (" + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): " + detail;
        }
    }
}
