package dev.reviewstats.parse;

import java.util.List;

/**
 * What {@link ReviewLoader#reduce} kept of a set of paths.
 *
 * @param values one value per review id, in id order
 * @param skipped every input that gave no review, in path order
 * @param <T> what each review was reduced to
 */
public record Reduced<T>(List<T> values, List<ParseResult.Skipped> skipped) {
    /**
     * Checks the components.
     *
     * @param values one value per review id, in id order
     * @param skipped every input that gave no review, in path order
     */
    public Reduced {
        values = List.copyOf(values);
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
