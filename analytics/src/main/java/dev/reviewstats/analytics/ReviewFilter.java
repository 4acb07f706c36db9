package dev.reviewstats.analytics;

import dev.reviewstats.model.Review;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which reviews count.
 *
 * @param since first date included, or {@code null}
 * @param until last date included, or {@code null}
 * @param repository repository to keep (exact, case-insensitive, or its name after the slash), or {@code ""}
 * @param pullRequests PR numbers to keep, empty for all
 */
public record ReviewFilter(LocalDate since, LocalDate until, String repository, Set<Integer> pullRequests)
        implements Predicate<Review> {
    /** Every review. */
    public static final ReviewFilter ALL = new ReviewFilter(null, null, "", Set.of());

    /**
     * Checks the components.
     *
     * @param since first date included, or {@code null}
     * @param until last date included, or {@code null}
     * @param repository repository to keep (exact, case-insensitive, or its name after the slash), or {@code ""}
     * @param pullRequests PR numbers to keep, empty for all
     */
    public ReviewFilter {
        Objects.requireNonNull(repository, "repository");
        pullRequests = Set.copyOf(pullRequests);
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("until " + until + " is before since " + since);
        }
    }

    /**
     * A builder that keeps every review until told otherwise.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReviewFilter} by name; bounds left unset stay open. Not thread-safe. */
    public static final class Builder {
        private LocalDate since;
        private LocalDate until;
        private String repository = "";
        private final java.util.Set<Integer> pullRequests = new java.util.TreeSet<>();

        private Builder() {
        }

        /**
         * The first date included.
         *
         * @param since the first day
         * @return this builder
         */
        public Builder since(LocalDate since) {
            this.since = Objects.requireNonNull(since, "since");
            return this;
        }

        /**
         * The last date included.
         *
         * @param until the last day
         * @return this builder
         */
        public Builder until(LocalDate until) {
            this.until = Objects.requireNonNull(until, "until");
            return this;
        }

        /**
         * The repository to keep: {@code owner/name}, or the name alone, case-insensitive.
         *
         * @param repository the repository
         * @return this builder
         */
        public Builder repository(String repository) {
            this.repository = Objects.requireNonNull(repository, "repository").strip();
            return this;
        }

        /**
         * Pull requests to keep (added to any given before).
         *
         * @param numbers PR numbers
         * @return this builder
         */
        public Builder pullRequests(int... numbers) {
            for (int n : numbers) {
                pullRequests.add(n);
            }
            return this;
        }

        /**
         * The filter; throws {@link IllegalArgumentException} when {@code until} is before {@code since}.
         *
         * @return the filter
         */
        public ReviewFilter build() {
            return new ReviewFilter(since, until, repository, pullRequests);
        }
    }

    /**
     * Why the filter cannot place a review, when it leaves the review out only because the review does
     * not state what the filter asks about (no date under a date bound, no repository under a
     * repository filter, no PR under a PR filter); empty when the review states it or nothing is asked.
     * Callers say so rather than drop such reviews without a word.
     *
     * @param r the review
     * @return what the review does not state that the filter asks about, or empty
     */
    public Optional<String> unknownFor(Review r) {
        if ((since != null || until != null) && r.date() == null) {
            return Optional.of("no date");
        }
        if (!repository.isEmpty() && r.repository().isEmpty()) {
            return Optional.of("no repository");
        }
        if (!pullRequests.isEmpty() && r.pullRequest() == null) {
            return Optional.of("no pull request");
        }
        return Optional.empty();
    }

    /** A review whose date is unknown is kept only when no date bound is set. */
    @Override
    public boolean test(Review r) {
        if ((since != null || until != null) && r.date() == null) {
            return false;
        }
        if (since != null && r.date().isBefore(since)) {
            return false;
        }
        if (until != null && r.date().isAfter(until)) {
            return false;
        }
        if (!repository.isEmpty()) {
            String repo = r.repository().toLowerCase(Locale.ROOT);
            String want = repository.toLowerCase(Locale.ROOT);
            if (!repo.equals(want) && !repo.endsWith("/" + want)) {
                return false;
            }
        }
        return pullRequests.isEmpty() || (r.pullRequest() != null && pullRequests.contains(r.pullRequest().number()));
    }
}
