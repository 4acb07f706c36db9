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
 * @param carriedOver of {@code earlierRounds}, those a sentence of the finding says are still there
 *     ({@code raised as round 1 S2 and still unaddressed}), spelled as in {@code earlierRounds}
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
        List<String> carriedOver,
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
     * @param carriedOver of {@code earlierRounds}, those a sentence of the finding says are still there
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
        carriedOver = List.copyOf(carriedOver);
        if (!earlierRounds.containsAll(carriedOver)) {
            throw new IllegalArgumentException("carriedOver " + carriedOver + " names a reference not in earlierRounds " + earlierRounds);
        }
    }

    /**
     * A finding that carries nothing over: what a report's appendix or a generator states.
     *
     * @param id the finding id
     * @param severity the grade the finding carries where it stands
     * @param title the finding's title, without markup
     * @param locations the code locations the finding names, possibly none
     * @param agents the agents the finding is attributed to, possibly none
     * @param tags trailing tags other than the severity, lower case
     * @param body the finding's text, code excerpts included
     * @param fix the text of the {@code Fix:} paragraph, or {@code ""}
     * @param earlierRounds references to earlier rounds the finding makes
     * @param withdrawn whether the report struck the finding out as invalid
     * @param line the 1-based line in the source where the finding starts, or 0
     */
    public Finding(String id, Severity severity, String title, List<Location> locations, List<Agent> agents, List<String> tags,
            String body, String fix, List<String> earlierRounds, boolean withdrawn, int line) {
        this(id, severity, title, locations, agents, tags, body, fix, earlierRounds, List.of(), withdrawn, line);
    }

    /**
     * Whether this finding says that finding {@code id} of round {@code round} is still there.
     *
     * @param round the earlier round's number
     * @param id the finding id in that round, compared ignoring case
     * @return whether a sentence of this finding carries it over
     */
    public boolean carriesOver(int round, String id) {
        String ref = "R" + round + " " + id;
        return carriedOver.stream().anyMatch(ref::equalsIgnoreCase);
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
