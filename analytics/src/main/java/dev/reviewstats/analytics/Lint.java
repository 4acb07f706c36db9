package dev.reviewstats.analytics;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.DiagnosticLevel;
import dev.reviewstats.model.ObservationKind;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.SeverityCounts;
import dev.reviewstats.model.StatedStructure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a review against itself: the summary table against the findings, severity changes and
 * appendix; the executive summary's structure line against the sections; resolution rows against the
 * findings. Codes are stable and listed in docs/metrics.md.
 */
public final class Lint {
    static final String OVER_RAISED_CODE = "L107";
    static final String STRUCTURE_CODE = "L201";
    static final String RESOLUTION_CODE = "L301";

    private Lint() {
    }

    /**
     * Lints one review.
     *
     * @param r the review
     * @param minimum the least diagnostic level reported; inconsistencies are always reported
     * @return what is wrong, in line order
     */
    public static List<LintIssue> check(Review r, DiagnosticLevel minimum) {
        List<LintIssue> out = new ArrayList<>();
        for (Diagnostic d : r.diagnostics()) {
            if (d.level().compareTo(minimum) >= 0 && d.code() != DiagnosticCode.RESOLUTION_REF_UNRESOLVED) {
                out.add(new LintIssue(r.id(), d.code().id(), false, d.message(), d.line()));
            }
        }
        for (AgentReview a : AgentReview.of(r, Grouping.FAMILY)) {
            overRaised(a).ifPresent(message -> out.add(new LintIssue(r.id(), OVER_RAISED_CODE, true, message, 0)));
            for (Disagreement d : a.disagreements()) {
                out.add(new LintIssue(r.id(), d.metric().code(), d.contradiction(), "summary table says " + d.agent() + " "
                        + d.metric().label() + " " + d.reported() + ", but " + d.metric().source() + " give " + d.derived(), 0));
            }
        }
        StatedStructure structure = r.statedStructure();
        if (structure != null) {
            SeverityCounts stated = structure.findings();
            SeverityCounts actual = r.findingCounts();
            if (!stated.equals(actual)) {
                out.add(new LintIssue(r.id(), STRUCTURE_CODE, true, "executive summary says " + describe(stated)
                        + ", but the sections hold " + describe(actual), 0));
            }
            if (structure.designObservations() != null) {
                long all = r.designObservations().size();
                long concerns = r.designObservations().stream().filter(o -> o.kind() == ObservationKind.CONCERN).count();
                int said = structure.designObservations();
                // Templates count either every observation or the concerns alone ("3 design observations"
                // over 3 concerns and 5 strengths): a count equal to either is no contradiction.
                if (said != all && said != concerns) {
                    out.add(new LintIssue(r.id(), STRUCTURE_CODE, true, "executive summary says " + said
                            + " design observations, but the section holds " + all + " (" + concerns + " concerns)", 0));
                }
            }
        }
        for (Diagnostic d : r.diagnostics()) {
            if (d.code() == DiagnosticCode.RESOLUTION_REF_UNRESOLVED) {
                out.add(new LintIssue(r.id(), RESOLUTION_CODE, true, d.message(), d.line()));
            }
        }
        return out;
    }

    /**
     * How many places a review contradicts itself: the inconsistencies {@link #check} lists, the count
     * {@code lint} and the leaderboard's footer both give.
     *
     * @param r the review
     * @return the number of inconsistencies
     */
    public static int inconsistencies(Review r) {
        return (int) check(r, DiagnosticLevel.ERROR).stream().filter(LintIssue::inconsistency).count();
    }

    /**
     * More of an agent's findings judged (false positives, downgraded, or not kept) than its own review
     * raised: the leaderboard caps such a review's rates at its base, so this is where it is said.
     */
    private static java.util.Optional<String> overRaised(AgentReview a) {
        if (a.raised() == null) {
            return java.util.Optional.empty();
        }
        int raised = a.raised();
        int fp = a.falsePositives() == null ? 0 : a.falsePositives();
        int notKept = fp + (a.dropped() == null ? 0 : a.dropped());
        int down = a.downgraded() == null ? 0 : a.downgraded();
        if (notKept <= raised && down <= raised) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(a.agent() + "'s own review raised " + raised + " finding(s), but " + fp
                + " false positive(s), " + (notKept - fp) + " dropped and " + down
                + " downgraded are counted: its rates are capped at what it raised");
    }

    private static String describe(SeverityCounts c) {
        return String.format(Locale.ROOT, "%d critical, %d important, %d suggestions", c.critical(), c.important(),
                c.suggestion());
    }
}
