package dev.reviewstats.parse;

import dev.reviewstats.model.Review;
import java.util.List;

/**
 * Everything read from a set of paths.
 *
 * @param reviews one review per review id, in id order; forms of the same review are merged
 * @param skipped every input that gave no review, in path order
 */
public record LoadResult(List<Review> reviews, List<ParseResult.Skipped> skipped) {
    public LoadResult {
        reviews = List.copyOf(reviews);
        skipped = List.copyOf(skipped);
    }

    /** Whether some input was lost rather than correctly set aside (see {@link SkipReason#isProblem()}). */
    public boolean hasProblems() {
        return SkipReason.anyProblem(skipped);
    }
}
