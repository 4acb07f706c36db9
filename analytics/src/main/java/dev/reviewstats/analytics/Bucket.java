package dev.reviewstats.analytics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One bucket of a leaderboard breakdown: its label as printed ({@code 2026-W14}, {@code 2026-04},
 * {@code round 1}, a repository, {@code unknown}) and, for a week or a month, the period's first day.
 *
 * @param label the label
 * @param start the first day of the week (a Monday) or month, or {@code null} for rounds,
 *     repositories and {@code unknown}
 */
public record Bucket(String label, LocalDate start) {
    /** Reviews whose date, round or repository is not known. */
    public static final String UNKNOWN = "unknown";
    static final Bucket FIRST_ROUND = new Bucket("round 1", null);
    static final Bucket LATER_ROUNDS = new Bucket("later rounds", null);
    private static final Bucket UNKNOWN_BUCKET = new Bucket(UNKNOWN, null);

    /**
     * Checks the components.
     *
     * @param label the label
     * @param start the period's first day, or {@code null}
     */
    public Bucket {
        Objects.requireNonNull(label, "label");
    }

    /**
     * The period's first day, for weeks and months.
     *
     * @return the first day, or empty for rounds, repositories and {@code unknown}
     */
    public Optional<LocalDate> startIfPeriod() {
        return Optional.ofNullable(start);
    }

    static Bucket of(ReviewKey r, Leaderboard.Breakdown by) {
        return switch (by) {
            case ROUND -> r.round() == null ? UNKNOWN_BUCKET : r.round().isFirst() ? FIRST_ROUND : LATER_ROUNDS;
            case WEEK -> r.date() == null ? UNKNOWN_BUCKET : new Bucket(String.format(Locale.ROOT, "%d-W%02d",
                    r.date().get(IsoFields.WEEK_BASED_YEAR), r.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                    r.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            case MONTH -> r.date() == null ? UNKNOWN_BUCKET
                    : new Bucket(String.format(Locale.ROOT, "%d-%02d", r.date().getYear(), r.date().getMonthValue()), r.date().withDayOfMonth(1));
            case REPO -> r.repository().isEmpty() ? UNKNOWN_BUCKET : new Bucket(r.repository(), null);
        };
    }
}
