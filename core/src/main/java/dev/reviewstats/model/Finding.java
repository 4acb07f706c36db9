package dev.reviewstats.model;

import java.util.List;
import java.util.Objects;

/**
 * A finding, either consolidated or from one agent's original review.
 *
 * @param id the finding id ({@code C1}, {@code I2}, {@code S13}); for reports that number findings
 *     per section or not at all, the id is the section's severity letter plus the finding's position
 * @param severity the grade the finding carries where it stands
 * @param title the finding's title, without markup
 * @param locations the code locations the finding names, possibly none
 * @param agents the agents the finding is attributed to, possibly none when the report names none
 * @param tags trailing tags other than the severity ({@code regression}, {@code gap}), lower case
 * @param body the finding's text, code excerpts included
 * @param fix the text of the {@code Fix:} paragraph, or {@code ""}
 * @param earlierRounds references to earlier rounds the finding makes ({@code R2 I1}, {@code round 3})
 * @param withdrawn whether the report struck the finding out as invalid
 * @param line the 1-based line in the source where the finding starts, or 0
 * @serial exclude
 */
public record Finding(
        String id,
        Severity severity,
        String title,
        List<Location> locations,
        List<Agent> agents,
        List<String> tags,
        String body,
        String fix,
        List<String> earlierRounds,
        boolean withdrawn,
        int line) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param id the finding id ({@code C1}, {@code I2}, {@code S13}); for reports that number findings per section or not at all, the id is the section's severity letter plus the finding's position
     * @param severity the grade the finding carries where it stands
     * @param title the finding's title, without markup
     * @param locations the code locations the finding names, possibly none
     * @param agents the agents the finding is attributed to, possibly none when the report names none
     * @param tags trailing tags other than the severity ({@code regression}, {@code gap}), lower case
     * @param body the finding's text, code excerpts included
     * @param fix the text of the {@code Fix:} paragraph, or {@code ""}
     * @param earlierRounds references to earlier rounds the finding makes ({@code R2 I1}, {@code round 3})
     * @param withdrawn whether the report struck the finding out as invalid
     * @param line the 1-based line in the source where the finding starts, or 0
     */
    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fix, "fix");
        locations = List.copyOf(locations);
        agents = List.copyOf(agents);
        tags = List.copyOf(tags);
        earlierRounds = List.copyOf(earlierRounds);
    }

    /**
     * Whether exactly one agent raised this finding.
     *
     * @return whether one agent alone is credited
     */
    public boolean isUnique() {
        return agents.size() == 1;
    }

    /**
     * Whether an agent of this family is among those credited.
     *
     * @param family the family name, compared ignoring case
     * @return whether an agent of that family is credited
     */
    public boolean isAttributedTo(String family) {
        return agents.stream().anyMatch(a -> a.family().equalsIgnoreCase(family));
    }
}
