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
    /**
     * Checks the components.
     *
     * @param reviews one review per review id, in id order; forms of the same review are merged
     * @param skipped every input that gave no review, in path order
     */
    public LoadResult {
        reviews = List.copyOf(reviews);
        skipped = List.copyOf(skipped);
    }

    /**
     * Whether some input was lost rather than correctly set aside (see {@link SkipReason#isProblem()}).
     *
     * @return whether an input was skipped for a problem (not for being no review)
     */
    public boolean hasProblems() {
        return SkipReason.anyProblem(skipped);
    }
}
