package dev.reviewstats.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How consolidation re-graded one agent's original finding.
 *
 * @param agent the agent whose finding it was
 * @param originalId the id in the agent's own review ({@code C1}, {@code P1}), or {@code ""}
 * @param originalTitle the short title the report gives, or {@code ""}
 * @param from the agent's severity
 * @param to the consolidated severity, or {@code null} when the finding was not kept as a finding
 * @param finalId the consolidated finding id, or {@code ""}
 * @param kind what happened
 * @param reason the stated reason, or {@code ""}
 * @param source where the change was read
 * @param line the 1-based source line, or 0
 */
public record SeverityChange(
        Agent agent,
        String originalId,
        String originalTitle,
        Severity from,
        Severity to,
        String finalId,
        ChangeKind kind,
        String reason,
        ChangeSource source,
        int line) implements java.io.Serializable {
    public SeverityChange {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(originalId, "originalId");
        Objects.requireNonNull(originalTitle, "originalTitle");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(finalId, "finalId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        if ((to == null) != (kind == ChangeKind.REJECTED || kind == ChangeKind.MOVED)) {
            throw new IllegalArgumentException("target severity must be given exactly for kept findings");
        }
    }

    public Optional<Severity> toIfKept() {
        return Optional.ofNullable(to);
    }

    public boolean isDowngrade() {
        return kind == ChangeKind.DOWNGRADED;
    }

    /** The compact transition form the retro table uses: {@code I→S}. */
    public String transition() {
        return to == null ? from.letter() + "→∅" : from.letter() + "→" + to.letter();
    }
}
