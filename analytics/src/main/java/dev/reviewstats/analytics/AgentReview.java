package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.ChangeSource;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.ResolutionAction;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.SectionKind;
import dev.reviewstats.model.SectionState;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.SeverityChange;
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
        boolean raisedFromAppendix,
        SeverityCounts kept,
        int unique,
        int consensus,
        Integer falsePositives,
        Integer downgrades,
        Integer upgrades,
        Integer dropped,
        int resolved,
        int fixed,
        Long durationSeconds,
        Integer toolCalls,
        List<Disagreement> disagreements) {

    private static final Set<ResolutionAction> FIXES = Set.of(ResolutionAction.FIXED, ResolutionAction.TEST_WRITTEN,
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
        SeverityCounts kept = SeverityCounts.ZERO;
        int unique = 0;
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            Set<String> ks = findingKeys.get(i);
            if (f.withdrawn() || !ks.contains(key)) {
                continue;
            }
            kept = kept.plus(f.severity(), 1);
            if (ks.size() == 1) {
                unique++;
            }
        }
        boolean reconciled = r.section(SectionKind.RECONCILIATION) == SectionState.PRESENT;
        // Calibration notes inside findings state re-gradings even where no reconciliation exists;
        // they say nothing about rejected findings, so false positives still need the reconciliation.
        boolean regradesKnown = reconciled
                || r.severityChanges().stream().anyMatch(c -> c.source() == ChangeSource.FINDING_NOTE);
        int down = 0;
        int up = 0;
        int rejected = 0;
        int moved = 0;
        for (SeverityChange c : r.severityChanges()) {
            if (!g.keyIn(r, c.agent()).equals(key)) {
                continue;
            }
            switch (c.kind()) {
                case DOWNGRADED -> down++;
                case UPGRADED -> up++;
                case REJECTED -> rejected++;
                case MOVED -> moved++;
            }
        }
        AgentStats table = r.agentStats().stream().filter(s -> g.keyIn(r, s.agent()).equals(key)).findFirst().orElse(null);

        Integer fromAppendix = null;
        for (OriginalReview o : r.originalReviews()) {
            if (g.keyIn(r, o.agent()).equals(key)) {
                fromAppendix = (fromAppendix == null ? 0 : fromAppendix) + o.findings().size();
            }
        }
        Integer falsePositives = reconciled ? Integer.valueOf(rejected) : table == null ? null : table.falsePositives();
        Integer downgrades = regradesKnown ? Integer.valueOf(down) : table == null || table.downgraded() == null ? null
                : table.downgraded().count();
        Integer upgrades = regradesKnown ? Integer.valueOf(up) : null;
        Integer dropped = reconciled ? Integer.valueOf(rejected + moved) : table == null ? null : table.dropped();
        Integer raised;
        if (fromAppendix != null) {
            raised = fromAppendix;
        } else {
            raised = kept.total() + (dropped == null ? 0 : dropped);
        }
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
            check(dis, r, key, "findings", kept, table.findings());
            check(dis, r, key, "totals", kept, table.totals());
            check(dis, r, key, "unique insights", unique, table.uniqueInsights());
            if (reconciled) {
                check(dis, r, key, "downgrades", down, table.downgraded() == null ? null : table.downgraded().count());
                check(dis, r, key, "false positives", rejected, table.falsePositives());
                check(dis, r, key, "dropped", rejected + moved, table.dropped());
            }
        }
        return new AgentReview(reviewKey, key, sample.family(), g == Grouping.MODEL ? sample.model() : "", raised,
                fromAppendix != null, kept, unique, kept.total() - unique, falsePositives, downgrades, upgrades, dropped,
                resolved, fixed, table == null || table.duration() == null ? null : table.duration().getSeconds(),
                table == null || table.toolCalls() == null ? null : table.toolCalls().total(), dis);
    }


    private static void check(List<Disagreement> out, Review r, String key, String metric, Object derived, Object reported) {
        if (reported != null && !reported.equals(derived)) {
            out.add(new Disagreement(r.id(), key, metric, String.valueOf(derived), String.valueOf(reported)));
        }
    }

    int kept(Severity s) {
        return kept.get(s);
    }
}
