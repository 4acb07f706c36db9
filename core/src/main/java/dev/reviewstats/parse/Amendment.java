package dev.reviewstats.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A report on a git ref that was changed after it was first published: its earlier versions along
 * the ref's first-parent history, and what changed between the first and the one that counts (the
 * version at the ref, which is the one every figure is computed from). Reported when a load asks
 * for every commit ({@link ReviewLoader#withAllCommits}).
 *
 * @param path the file, as its review's source names it ({@code REPOSITORY@REF:PATH})
 * @param reviewId the review the counted version is, or the file's name when it is no review
 * @param counted the commit whose version counts (the ref's)
 * @param earlier the earlier versions, newest first
 * @param change what differs between the earliest version and the counted one, in words
 *     ("findings 7 → 8 (I3 → I4); verdict unchanged"), or "no figure changed"
 */
public record Amendment(String path, String reviewId, String counted, List<Version> earlier, String change) {
    /**
     * Checks the components.
     *
     * @param path the file
     * @param reviewId the review
     * @param counted the commit whose version counts
     * @param earlier the earlier versions, newest first
     * @param change what changed, in words
     */
    public Amendment {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(counted, "counted");
        earlier = List.copyOf(earlier);
        Objects.requireNonNull(change, "change");
        if (earlier.isEmpty()) {
            throw new IllegalArgumentException("an amendment has at least one earlier version");
        }
    }

    /**
     * One earlier version.
     *
     * @param commit the commit it was at
     * @param date the commit's date (UTC)
     */
    public record Version(String commit, LocalDate date) {
        /**
         * Checks the components.
         *
         * @param commit the commit it was at
         * @param date the commit's date
         */
        public Version {
            Objects.requireNonNull(commit, "commit");
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * The amendment in one line, for a log.
     *
     * @return the line
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(path).append(" (").append(reviewId).append(") was changed after it was published: ")
                .append(earlier.size()).append(earlier.size() == 1 ? " earlier version" : " earlier versions").append(" (");
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Version v = earlier.get(i);
            sb.append(v.commit(), 0, 7).append(' ').append(v.date()).append(i > 0 ? ", " : "");
        }
        return sb.append("); the version at ").append(counted, 0, 7).append(" counts; since the first: ").append(change).toString();
    }
}
