package dev.reviewstats.parse;

import dev.reviewstats.internal.extract.ReviewExtractor;
import dev.reviewstats.model.Review;

/**
 * The finding ledger for reviews that did not come from the parser: built by hand (tests, generators),
 * or edited. Parsed reviews carry their ledger already.
 */
public final class Ledgers {
    private Ledgers() {
    }

    /**
     * The review with its ledger linked from its own original reviews, findings, judgements and summary
     * table, the way the parser links them (docs/metrics.md, "The finding ledger").
     *
     * @param r the review
     * @return a copy whose ledger is relinked
     */
    public static Review linked(Review r) {
        return r.withLedger(ReviewExtractor.ledger(r));
    }
}
