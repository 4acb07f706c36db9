package dev.reviewstats.internal.extract;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.Review;
import java.util.List;

/**
 * What the extractors made of an outline: a review, or the reason the document is not one.
 *
 * @param review the review, or {@code null}
 * @param notAReview why the document is no deep review, or {@code ""}
 * @param diagnostics the diagnostics (also inside the review when there is one)
 */
public record Extraction(Review review, String notAReview, List<Diagnostic> diagnostics) {
    public Extraction {
        diagnostics = List.copyOf(diagnostics);
        if ((review == null) == notAReview.isEmpty()) {
            throw new IllegalArgumentException("either a review or a reason");
        }
    }
}
