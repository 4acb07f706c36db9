package dev.reviewstats.model;

import java.util.List;
import java.util.Objects;

/**
 * One agent's own review from the appendix, before consolidation.
 *
 * @param agent the agent
 * @param pass the pass number ({@code — Pass 1}), 1 when the report does not number passes
 * @param findings the agent's findings with their original severities
 * @param line the 1-based line of the appendix heading, or 0
 * @param itemised whether the review lists its findings (a findings section, even one that says
 *     "None"); a summary paragraph or raw agent output is not itemised, and then how many findings the
 *     agent raised is unknown, not 0
 * @serial exclude
 */
public record OriginalReview(Agent agent, int pass, List<Finding> findings, int line, boolean itemised)
        implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param agent the agent
     * @param pass the pass number ({@code — Pass 1}), 1 when the report does not number passes
     * @param findings the agent's findings with their original severities
     * @param line the 1-based line of the appendix heading, or 0
     * @param itemised whether the review lists its findings (a findings section, even one that says "None"); a summary paragraph or raw agent output is not itemised, and then how many findings the agent raised is unknown, not 0
     */
    public OriginalReview {
        Objects.requireNonNull(agent, "agent");
        findings = List.copyOf(findings);
        if (!itemised && !findings.isEmpty()) {
            throw new IllegalArgumentException("a review with findings is itemised");
        }
    }

    /**
     * An itemised review.
     *
     * @param agent the agent
     * @param pass the pass number
     * @param findings the agent's findings
     * @param line the line of the appendix heading, or 0
     */
    public OriginalReview(Agent agent, int pass, List<Finding> findings, int line) {
        this(agent, pass, findings, line, true);
    }

    /**
     * The findings counted by original severity.
     *
     * @return the counts
     */
    public SeverityCounts counts() {
        SeverityCounts c = SeverityCounts.ZERO;
        for (Finding f : findings) {
            c = c.plus(f.severity(), 1);
        }
        return c;
    }
}
