package dev.reviewstats.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One statement the consolidation makes about one of an agent's own findings: re-graded, rejected as
 * wrong, dropped for another reason, or merged into another finding. A finding kept as it was has no
 * judgement.
 *
 * @param agent the agent whose finding it was
 * @param originalId the id in the agent's own review ({@code C1}, {@code P1}), or {@code ""}
 * @param originalTitle the short title the report gives, or {@code ""}
 * @param from the agent's severity, or {@code null} when the report does not say it (a re-grading may then
 *     say only where it arrived: "downgraded to S3")
 * @param to the consolidated severity, or {@code null} when the finding was not kept (or it is unknown)
 * @param finalId the consolidated finding id, or {@code ""}
 * @param outcome what consolidation concluded
 * @param reason the stated reason, or {@code ""}
 * @param source where the judgement was read
 * @param line the 1-based source line, or 0
 * @param pass the pass of the agent's review the statement names ({@code Claude P2 I1}), or 0 when it names none
 * @serial exclude
 */
public record Judgement(
        Agent agent,
        String originalId,
        String originalTitle,
        Severity from,
        Severity to,
        String finalId,
        JudgementOutcome outcome,
        String reason,
        JudgementSource source,
        int line,
        int pass) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param agent the agent whose finding it was
     * @param originalId the id in the agent's own review ({@code C1}, {@code P1}), or {@code ""}
     * @param originalTitle the short title the report gives, or {@code ""}
     * @param from the agent's severity, or {@code null} when the report does not say it
     * @param to the consolidated severity, or {@code null} when the finding was not kept (or it is unknown)
     * @param finalId the consolidated finding id, or {@code ""}
     * @param outcome what consolidation concluded
     * @param reason the stated reason, or {@code ""}
     * @param source where the judgement was read
     * @param line the 1-based source line, or 0
     * @param pass the pass the statement names, or 0
     */
    public Judgement {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(originalId, "originalId");
        Objects.requireNonNull(originalTitle, "originalTitle");
        Objects.requireNonNull(finalId, "finalId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        if (outcome == JudgementOutcome.DOWNGRADED || outcome == JudgementOutcome.UPGRADED) {
            // "downgraded to S3" states the new severity only; the agent's own comes from its review.
            if (to == null) {
                throw new IllegalArgumentException("a re-grading needs the severity it arrived at");
            }
            if (from != null && ((outcome == JudgementOutcome.UPGRADED) != to.isMoreSevereThan(from) || from == to)) {
                throw new IllegalArgumentException(outcome + " does not fit " + from + " → " + to);
            }
        } else if (!outcome.kept() && to != null) {
            throw new IllegalArgumentException("a finding that was not kept has no consolidated severity");
        }
        if (line < 0 || pass < 0) {
            throw new IllegalArgumentException("negative line or pass");
        }
    }

    /**
     * A judgement that names no pass.
     *
     * @param agent the agent whose finding it was
     * @param originalId the id in the agent's own review, or {@code ""}
     * @param originalTitle the short title the report gives, or {@code ""}
     * @param from the agent's severity, or {@code null}
     * @param to the consolidated severity, or {@code null}
     * @param finalId the consolidated finding id, or {@code ""}
     * @param outcome what consolidation concluded
     * @param reason the stated reason, or {@code ""}
     * @param source where the judgement was read
     * @param line the 1-based source line, or 0
     */
    public Judgement(Agent agent, String originalId, String originalTitle, Severity from, Severity to, String finalId,
            JudgementOutcome outcome, String reason, JudgementSource source, int line) {
        this(agent, originalId, originalTitle, from, to, finalId, outcome, reason, source, line, 0);
    }

    /**
     * The original severity, when the report states it.
     *
     * @return the severity, or empty
     */
    public Optional<Severity> fromIfKnown() {
        return Optional.ofNullable(from);
    }

    /**
     * The severity the finding was kept at, when it was kept.
     *
     * @return the severity, or empty
     */
    public Optional<Severity> toIfKept() {
        return Optional.ofNullable(to);
    }

    /**
     * Whether the finding was kept at a lower severity.
     *
     * @return whether it is a downgrade
     */
    public boolean isDowngrade() {
        return outcome == JudgementOutcome.DOWNGRADED;
    }

    /**
     * The compact transition form the retro table uses: {@code I→S}; {@code ∅} when the finding was not
     * kept, {@code ?} for a side the report does not state.
     *
     * @return the transition, such as {@code I→S}, or {@code ""}
     */
    public String transition() {
        String target;
        if (to != null) {
            target = String.valueOf(to.letter());
        } else {
            target = outcome.kept() ? "?" : "∅";
        }
        return (from == null ? "?" : from.letter()) + "→" + target;
    }
}
