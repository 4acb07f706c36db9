package dev.reviewstats.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.Fate;
import dev.reviewstats.model.LedgerEntry;
import dev.reviewstats.model.Link;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.ReviewLoader;
import dev.reviewstats.testing.SharedCorpus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The finding ledger over both shared histories: every appendix finding is in {@code agent-findings}
 * exactly once, its rows add up to {@code agent-reviews}, and no agent whose summary table says it
 * dropped nothing is given a drop by inference alone.
 */
class FindingLedgerCorpusTest {
    private static List<Review> reviews;

    @BeforeAll
    static void load() {
        reviews = ReviewLoader.create().load(SharedCorpus.histories()).reviews();
    }

    @Test
    void bothHistoriesAreLoaded() {
        assertThat(reviews.stream().filter(r -> r.sources().get(0).path().contains("/rancher-desktop/")).count()).isEqualTo(82);
        assertThat(reviews).hasSize(184);
    }

    @Test
    void everyAppendixFindingIsListedExactlyOnce() {
        Table findings = ReviewTables.agentFindings(reviews, Grouping.MODEL);
        Map<String, Integer> rows = new HashMap<>();
        for (Row row : findings) {
            if (row.getInt("pass") > 0) {
                rows.merge(row.getString("review") + " " + row.getString("family") + " " + row.getString("agent") + " "
                        + row.getInt("pass") + " " + row.getString("originalId"), 1, Integer::sum);
            }
        }
        int items = 0;
        List<String> wrong = new ArrayList<>();
        for (Review r : reviews) {
            for (OriginalReview o : r.originalReviews()) {
                for (var f : o.findings()) {
                    items++;
                    String key = r.id() + " " + o.agent().family() + " " + Grouping.MODEL.keyIn(r, o.agent()) + " " + o.pass()
                            + " " + f.id();
                    if (rows.getOrDefault(key, 0) != 1) {
                        wrong.add(key + ": " + rows.getOrDefault(key, 0) + " row(s)");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(rows.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(items);
        assertThat(items).isGreaterThan(1500);
    }

    @Test
    void theLedgerAddsUpToEveryCountOfAgentReviewsButCredit() {
        Table ledger = ReviewTables.agentFindings(reviews, Grouping.MODEL);
        Map<String, int[]> sums = new HashMap<>();
        for (Row row : ledger) {
            int[] s = sums.computeIfAbsent(row.getString("review") + " " + row.getString("agent"), k -> new int[6]);
            String fate = row.getString("fate");
            s[0] += row.getBoolean("raised") ? 1 : 0;
            s[1] += fate.equals("false_positive") ? 1 : 0;
            s[2] += fate.equals("downgraded") ? 1 : 0;
            s[3] += fate.equals("upgraded") ? 1 : 0;
            s[4] += Fate.valueOf(fate.toUpperCase(java.util.Locale.ROOT)).countsAsDropped() ? 1 : 0;
            s[5] += fate.equals("merged") ? 1 : 0;
        }
        Table agents = ReviewTables.agentReviews(reviews, Grouping.MODEL);
        String[] columns = {"raised", "falsePositives", "downgraded", "upgraded", "dropped", "merged"};
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (Row row : agents) {
            int[] s = sums.getOrDefault(row.getString("review") + " " + row.getString("agent"), new int[6]);
            for (int c = 0; c < columns.length; c++) {
                if (row.isMissing(columns[c])) {
                    continue; // unknown: the ledger holds what it can, the count says it is not known
                }
                compared++;
                if (row.getInt(columns[c]) != s[c]) {
                    wrong.add(row.getString("review") + " " + row.getString("agent") + " " + columns[c] + ": "
                            + row.getInt(columns[c]) + " in agent-reviews, " + s[c] + " in the ledger");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(compared).isGreaterThan(2000);
    }

    @Test
    void noDropIsInferredWhereTheSummaryTableSaysNoneAndNothingStatesOne() {
        List<String> wrong = new ArrayList<>();
        for (Review r : reviews) {
            for (AgentStats table : r.agentStats()) {
                if (table.dropped() == null || table.dropped() != 0) {
                    continue;
                }
                List<LedgerEntry> entries = r.ledgerOf(table.agent());
                boolean stated = entries.stream().anyMatch(e -> e.link() == Link.STATED && e.fate().countsAsDropped());
                long inferred = entries.stream().filter(e -> e.fate() == Fate.VANISHED).count();
                if (!stated && inferred > 0) {
                    wrong.add(r.id() + " " + table.agent() + ": " + inferred + " vanished");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
