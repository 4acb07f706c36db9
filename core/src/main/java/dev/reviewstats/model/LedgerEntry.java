package dev.reviewstats.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding of one agent's own review and what consolidation did with it: the finding ledger
 * (docs/metrics.md). Every item of every appendix review has exactly one entry. A statement about an
 * agent's finding that no appendix item carries (the review has no appendix, or a summary table counts
 * what it does not name) is an entry too, with pass 0: such entries count in the metrics they state,
 * never in {@code raised}.
 *
 * @param agent the agent whose finding it is
 * @param pass the pass of the agent's review that lists it (1 when passes are not numbered), or 0 when
 *     no appendix item carries it
 * @param originalId the id in the agent's own review ({@code I2}), or {@code ""}
 * @param severity the agent's own severity, or {@code null} when not stated
 * @param title the finding's title as the agent (or the statement) gives it, or {@code ""}
 * @param line the 1-based line of the appendix item, or 0
 * @param fate what became of it
 * @param finalId the consolidated finding it became or was merged into, or {@code ""}
 * @param finalSeverity that finding's severity, or {@code null} when it was not kept (or a statement that
 *     counts a re-grading does not say it)
 * @param link how the fate was established
 * @param score the match score when {@code link} is {@link Link#MATCHED}, else 0
 * @param evidence where the fate was read, or {@code null} when nothing states it
 * @param evidenceLine the 1-based line of that evidence, or 0
 * @param reason the stated reason, or how the link was made
 * @serial exclude
 */
public record LedgerEntry(
        Agent agent,
        int pass,
        String originalId,
        Severity severity,
        String title,
        int line,
        Fate fate,
        String finalId,
        Severity finalSeverity,
        Link link,
        double score,
        JudgementSource evidence,
        int evidenceLine,
        String reason) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param agent the agent whose finding it is
     * @param pass the pass of the agent's review that lists it, or 0 when no appendix item carries it
     * @param originalId the id in the agent's own review, or {@code ""}
     * @param severity the agent's own severity, or {@code null} when not stated
     * @param title the finding's title, or {@code ""}
     * @param line the 1-based line of the appendix item, or 0
     * @param fate what became of it
     * @param finalId the consolidated finding it became or was merged into, or {@code ""}
     * @param finalSeverity that finding's severity, or {@code null} when it was not kept
     * @param link how the fate was established
     * @param score the match score when matched, else 0
     * @param evidence where the fate was read, or {@code null}
     * @param evidenceLine the 1-based line of that evidence, or 0
     * @param reason the stated reason, or how the link was made
     */
    public LedgerEntry {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(originalId, "originalId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fate, "fate");
        Objects.requireNonNull(finalId, "finalId");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(reason, "reason");
        if (pass < 0 || line < 0 || evidenceLine < 0) {
            throw new IllegalArgumentException("negative pass or line");
        }
        if (!fate.kept() && finalSeverity != null) {
            throw new IllegalArgumentException(fate + " keeps no consolidated severity");
        }
        if ((fate == Fate.DOWNGRADED || fate == Fate.UPGRADED) && severity != null && finalSeverity != null
                && (finalSeverity.isMoreSevereThan(severity) != (fate == Fate.UPGRADED) || severity == finalSeverity)) {
            throw new IllegalArgumentException(fate + " does not fit " + severity + " → " + finalSeverity);
        }
        if (fate == Fate.REPEATED && pass == 0) {
            throw new IllegalArgumentException("only an appendix item repeats an earlier one");
        }
        if ((link == Link.MATCHED) != (score > 0) || Double.isNaN(score)) {
            throw new IllegalArgumentException("a score belongs to a matched link, and only to one");
        }
        if (link == Link.NONE && fate != Fate.VANISHED && fate != Fate.UNLINKED && fate != Fate.REPEATED) {
            throw new IllegalArgumentException("a fate with no link is vanished, unlinked or repeated");
        }
    }

    /**
     * Whether an item of the agent's own review carries it, so that it counts in {@code raised}.
     *
     * @return whether it is an appendix finding that is not a repeat
     */
    public boolean raised() {
        return pass > 0 && fate != Fate.REPEATED;
    }

    /**
     * The agent's severity, when stated.
     *
     * @return the severity, or empty
     */
    public Optional<Severity> severityIfKnown() {
        return Optional.ofNullable(severity);
    }

    /**
     * The consolidated severity, when the finding was kept.
     *
     * @return the severity, or empty
     */
    public Optional<Severity> finalSeverityIfKept() {
        return Optional.ofNullable(finalSeverity);
    }
}
