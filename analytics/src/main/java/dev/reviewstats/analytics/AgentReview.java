package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.ResolutionAction;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.RetroRow;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.SectionKind;
import dev.reviewstats.model.SectionState;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.Fate;
import dev.reviewstats.model.LedgerEntry;
import dev.reviewstats.model.SeverityCounts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One agent's part in one review, derived from the review's sections (see docs/metrics.md for every
 * definition). Counts that cannot be known are {@code null}, never 0.
 */
record AgentReview(
        ReviewKey review,
        String agent,
        String family,
        String model,
        Integer raised,
        SeverityCounts credited,
        int unique,
        int consensus,
        Integer falsePositives,
        Integer downgraded,
        Integer upgraded,
        Integer dropped,
        Integer merged,
        int resolved,
        int fixed,
        Long durationSeconds,
        Integer toolCalls,
        List<Disagreement> disagreements) {

    /**
     * Whether this review accounts for the agent's findings: its own itemised review gives raised, and
     * the report states what became of each (false positive, re-graded, dropped). Raised and every
     * rate over it count these reviews only.
     */
    boolean accountsForRaised() {
        return raised != null && falsePositives != null && downgraded != null && dropped != null;
    }

    static final Set<ResolutionAction> FIXES = Set.of(ResolutionAction.FIXED, ResolutionAction.TEST_WRITTEN,
            ResolutionAction.DOCUMENTED);

    /** One entry per agent (per grouping key) that took part in the review. */
    static List<AgentReview> of(Review r, Grouping grouping) {
        Set<String> keys = new LinkedHashSet<>();
        r.reviewers().forEach(a -> keys.add(grouping.key(a)));
        List<AgentReview> out = new ArrayList<>();
        ReviewKey reviewKey = ReviewKey.of(r);
        // Each finding's agents as grouping keys, worked out once rather than once per agent.
        List<Set<String>> findingKeys = new ArrayList<>(r.findings().size());
        for (Finding f : r.findings()) {
            Set<String> ks = new HashSet<>();
            f.agents().forEach(a -> ks.add(grouping.keyIn(r, a)));
            findingKeys.add(ks);
        }
        for (String key : keys) {
            out.add(derive(r, reviewKey, key, grouping, findingKeys));
        }
        return out;
    }

    private static AgentReview derive(Review r, ReviewKey reviewKey, String key, Grouping g, List<Set<String>> findingKeys) {
        Agent sample = r.reviewers().stream().filter(a -> g.key(a).equals(key)).findFirst().orElseThrow();
        SeverityCounts credited = SeverityCounts.ZERO;
        int unique = 0;
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            Set<String> ks = findingKeys.get(i);
            if (f.withdrawn() || !ks.contains(key)) {
                continue;
            }
            credited = credited.plus(f.severity(), 1);
            if (ks.size() == 1) {
                unique++;
            }
        }
        boolean reconciled = r.section(SectionKind.RECONCILIATION) == SectionState.PRESENT;
        // Calibration notes inside findings state re-gradings even where no reconciliation exists;
        // they say nothing about rejected findings, so false positives still need the reconciliation.
        boolean regradesKnown = reconciled
                || r.judgements().stream().anyMatch(c -> c.source() == JudgementSource.FINDING_NOTE);
        AgentStats table = r.agentStats().stream().filter(s -> g.keyIn(r, s.agent()).equals(key)).findFirst().orElse(null);
        int relabelled = 0;
        for (Judgement c : r.judgements()) {
            if (c.source() == JudgementSource.RETRO && g.keyIn(r, c.agent()).equals(key)) {
                relabelled++;
            }
        }
        // Every count below is a sum over the agent's ledger entries (docs/metrics.md); what decides
        // whether a count is known is which statements the report makes.
        int[] byFate = new int[Fate.values().length];
        for (LedgerEntry e : r.ledger()) {
            if (g.keyIn(r, e.agent()).equals(key)) {
                byFate[e.fate().ordinal()]++;
            }
        }
        int down = byFate[Fate.DOWNGRADED.ordinal()];
        int up = byFate[Fate.UPGRADED.ordinal()];
        int wrong = byFate[Fate.FALSE_POSITIVE.ordinal()];
        int mergedCount = byFate[Fate.MERGED.ordinal()];
        int unlinked = byFate[Fate.UNLINKED.ordinal()];
        int droppedCount = 0;
        for (Fate f : Fate.values()) {
            droppedCount += f.countsAsDropped() ? byFate[f.ordinal()] : 0;
        }
        int vanished = byFate[Fate.VANISHED.ordinal()];

        // The guide's raised counts the agent's own itemised review; without one it is unknown, not a
        // sum of other counts, so the rates leave the review out of both sides.
        SeverityCounts raisedBySeverity = raisedBySeverity(r, g, key);
        Integer raised = raisedBySeverity == null ? null : raisedBySeverity.total();
        // Without a reconciliation, the ledger compares the agent's itemised review with the
        // consolidated findings: re-gradings and vanished findings are then known, and none means 0.
        boolean compared = !reconciled && raised != null;
        Integer falsePositives = reconciled || (table != null && table.falsePositives() != null) ? Integer.valueOf(wrong) : null;
        Integer downgrades = regradesKnown || compared || (table != null && table.downgraded() != null) ? Integer.valueOf(down) : null;
        Integer upgrades = regradesKnown || compared ? Integer.valueOf(up) : null;
        boolean droppedKnown = reconciled || compared || (table != null && table.dropped() != null) || relabelled > 0;
        // A finding linked to nothing in a report not read whole makes the agent's drops unknown.
        Integer dropped = droppedKnown && unlinked == 0 ? Integer.valueOf(droppedCount) : null;
        Integer merged = reconciled || compared ? Integer.valueOf(mergedCount) : null;
        int resolved = 0;
        int fixed = 0;
        if (r.resolution() != null) {
            for (ResolutionItem item : r.resolution().items()) {
                Finding f = item.findingId().isEmpty() ? null : r.finding(item.findingId()).orElse(null);
                if (f == null || f.agents().stream().noneMatch(a -> g.keyIn(r, a).equals(key))) {
                    continue;
                }
                resolved++;
                if (FIXES.contains(item.action())) {
                    fixed++;
                }
            }
        }
        List<Disagreement> dis = new ArrayList<>();
        if (table != null) {
            // What the Findings row counts depends on the template (measured on the corpus, see
            // docs/metrics.md): tables with one row per severity count what the agent raised; tables
            // with a Totals row count what it was credited with; in between (a Findings row, no
            // Totals) either, so only a row that is neither contradicts the sections.
            TableEra era = TableEra.of(table);
            boolean findingsFit = switch (era) {
                case RAISED -> table.findings() == null || raisedBySeverity == null || table.findings().equals(raisedBySeverity);
                case CREDITED -> table.findings() == null || table.findings().equals(credited);
                case EITHER -> table.findings() == null || table.findings().equals(credited) || table.findings().equals(raisedBySeverity);
            };
            if (!findingsFit) {
                if (era == TableEra.RAISED) {
                    check(dis, r, key, SummaryCheck.FINDINGS_RAISED, raisedBySeverity, table.findings());
                } else {
                    check(dis, r, key, SummaryCheck.FINDINGS, credited, table.findings());
                }
            }
            // Totals usually repeats Findings; a disagreement already reported there is not reported twice.
            if (table.totals() != null && !table.totals().equals(table.findings()) && !table.totals().equals(credited)
                    && !table.totals().equals(raisedBySeverity)) {
                check(dis, r, key, SummaryCheck.TOTALS, credited, table.totals());
            }
            check(dis, r, key, SummaryCheck.UNIQUE_INSIGHTS, unique, table.uniqueInsights());
            if (regradesKnown || compared) {
                // Every statement of a re-grading counts (reconciliation, notes in findings, the appendix
                // compared with the consolidated findings), as the downgraded metric does.
                check(dis, r, key, SummaryCheck.DOWNGRADES, down, table.downgraded() == null ? null : table.downgraded().regradings());
                if (table.downgraded() != null && table.downgraded().count() == down && !table.downgraded().transitions().isEmpty()) {
                    // "2 (I→S)" names the kinds of downgrade, not one per finding: compare the kinds.
                    List<String> stated = r.judgements().stream().filter(j -> j.isDowngrade() && g.keyIn(r, j.agent()).equals(key))
                            .map(Judgement::transition).distinct().sorted().toList();
                    List<String> tabled = table.downgraded().transitions().stream().distinct().sorted().toList();
                    if (stated.stream().noneMatch(t -> t.contains("?")) && !stated.equals(tabled)) {
                        check(dis, r, key, SummaryCheck.DOWNGRADES, down + " (" + String.join(", ", stated) + ")",
                                down + " (" + String.join(", ", tabled) + ")");
                    }
                }
            }
            if (table.downgraded() != null && table.downgraded().moves() > 0) {
                // The newest template counts moves out of the findings in the Downgraded row; the guide calls them drops.
                check(dis, r, key, SummaryCheck.DOWNGRADES, table.downgraded().regradings() + " re-graded, " + table.downgraded().moves()
                        + " moved out of the findings (drops, not downgrades)", table.cell(RetroRow.DOWNGRADED)
                        .orElse(String.valueOf(table.downgraded().count())).strip());
            }
            if (relabelled > 0) {
                check(dis, r, key, SummaryCheck.FALSE_POSITIVES, falsePositives, table.falsePositives());
            }
            if (reconciled) {
                check(dis, r, key, SummaryCheck.FALSE_POSITIVES, wrong, table.falsePositives());
                // The table may count only the stated drops, or the own findings that vanished unstated
                // too (the dropped metric): it contradicts the report only when it is neither.
                int stated = droppedCount - vanished;
                if (table.dropped() != null && dropped != null && table.dropped() != stated && !table.dropped().equals(dropped)) {
                    check(dis, r, key, SummaryCheck.DROPPED, stated + " stated, " + dropped + " with those that vanished unstated",
                            table.dropped());
                }
            }
            // "1 (severity)": the table counts a severity misjudgement as a false positive; it was read as 0.
            if (table.severityMisjudgements() != null) {
                check(dis, r, key, SummaryCheck.FALSE_POSITIVES, falsePositives == null ? "unknown" : falsePositives,
                        table.cell(RetroRow.FALSE_POSITIVES).orElse("").strip());
            }
        }
        return new AgentReview(reviewKey, key, sample.family(), g != Grouping.FAMILY ? sample.model() : "", raised,
                credited, unique, credited.total() - unique, falsePositives, downgrades, upgrades, dropped,
                merged, resolved, fixed, table == null || table.duration() == null ? null : table.duration().getSeconds(),
                table == null || table.toolCalls() == null ? null : table.toolCalls().total(), dis);
    }

    /** What a summary table's Findings row counts, told by the rows the template has. */
    enum TableEra {
        /** One row per severity (Critical, Important, Suggestion): the agent's own findings. */
        RAISED,
        /** A Findings row and a Totals row: the findings consolidation credits to the agent. */
        CREDITED,
        /** A Findings row without Totals: templates of the changeover used it for either. */
        EITHER;

        static TableEra of(AgentStats table) {
            java.util.Set<RetroRow> rows = table.rows();
            if (rows.contains(RetroRow.TOTALS)) {
                return CREDITED;
            }
            if (!rows.contains(RetroRow.FINDINGS) && (rows.contains(RetroRow.CRITICAL) || rows.contains(RetroRow.IMPORTANT))) {
                return RAISED;
            }
            return EITHER;
        }
    }

    /**
     * The agent's own findings by their original severity, or {@code null} when no appendix itemises
     * them: the ledger's raised entries, so a later pass repeating an earlier one counts once.
     */
    private static SeverityCounts raisedBySeverity(Review r, Grouping g, String key) {
        boolean itemised = r.originalReviews().stream().anyMatch(o -> o.itemised() && g.keyIn(r, o.agent()).equals(key));
        if (!itemised) {
            return null;
        }
        SeverityCounts c = SeverityCounts.ZERO;
        for (LedgerEntry e : r.ledger()) {
            if (e.raised() && e.severity() != null && g.keyIn(r, e.agent()).equals(key)) {
                c = c.plus(e.severity(), 1);
            }
        }
        return c;
    }

    private static void check(List<Disagreement> out, Review r, String key, SummaryCheck metric, Object derived, Object reported) {
        if (reported != null && !reported.equals(derived)) {
            out.add(new Disagreement(r.id(), key, metric, String.valueOf(derived), String.valueOf(reported)));
        }
    }

    int credited(Severity s) {
        return credited.get(s);
    }
}
