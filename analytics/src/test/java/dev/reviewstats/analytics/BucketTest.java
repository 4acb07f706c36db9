package dev.reviewstats.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Round;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Breakdown buckets carry their period's first day, so that no one reads a date back from a label. */
class BucketTest {
    private static ReviewKey on(LocalDate date) {
        return new ReviewKey("r", date, "", null, null);
    }

    @Test
    void aWeekIsItsIsoWeekAndStartsOnItsMondayAcrossTheYearsEnd() {
        // 2027-01-01 is a Friday of ISO week 2026-W53, which began on Monday 2026-12-28.
        Bucket b = Bucket.of(on(LocalDate.of(2027, 1, 1)), Leaderboard.Breakdown.WEEK);
        assertThat(b.label()).isEqualTo("2026-W53");
        assertThat(b.start()).isEqualTo(LocalDate.of(2026, 12, 28));
        Bucket monday = Bucket.of(on(LocalDate.of(2026, 12, 28)), Leaderboard.Breakdown.WEEK);
        assertThat(monday).isEqualTo(b);
    }

    @Test
    void aMonthStartsOnItsFirstDay() {
        Bucket b = Bucket.of(on(LocalDate.of(2026, 4, 30)), Leaderboard.Breakdown.MONTH);
        assertThat(b.label()).isEqualTo("2026-04");
        assertThat(b.startIfPeriod()).contains(LocalDate.of(2026, 4, 1));
    }

    @Test
    void noDateRoundOrRepositoryIsUnknownAndRoundsAndRepositoriesHaveNoStart() {
        assertThat(Bucket.of(on(null), Leaderboard.Breakdown.WEEK).label()).isEqualTo(Bucket.UNKNOWN);
        assertThat(Bucket.of(on(null), Leaderboard.Breakdown.WEEK).startIfPeriod()).isEmpty();
        assertThat(Bucket.of(new ReviewKey("r", null, "", null, new Round(2, "")), Leaderboard.Breakdown.ROUND).label())
                .isEqualTo("later rounds");
        Bucket repo = Bucket.of(new ReviewKey("r", LocalDate.of(2026, 4, 1), "rancher/desktop", null, null), Leaderboard.Breakdown.REPO);
        assertThat(repo.label()).isEqualTo("rancher/desktop");
        assertThat(repo.startIfPeriod()).isEmpty();
    }
}
