package dev.reviewstats.analytics;

import dev.reviewstats.model.Review;
import dev.reviewstats.model.Round;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the aggregates need to know of a review besides its agents' rows: enough to name it, put it
 * in a week, month or round, and nothing of its text.
 */
record ReviewKey(String id, LocalDate date, String repository, Integer pullRequest, Round round) {
    ReviewKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(repository, "repository");
    }

    static ReviewKey of(Review r) {
        return new ReviewKey(r.id(), r.date(), r.repository(), r.pullRequest() == null ? null : r.pullRequest().number(),
                r.round());
    }
}
