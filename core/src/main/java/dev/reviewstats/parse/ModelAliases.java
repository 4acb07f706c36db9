package dev.reviewstats.parse;

import dev.reviewstats.model.Agent;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Model names a report spells its own way, mapped to the model they mean: {@code "GPT 5.6 Turbo"=
 * "GPT 5.6 Sol"}. The parser already reads case, and a hyphen or space before a suffix ({@code 5.6-sol},
 * {@code 5.6 sol}), as one spelling ({@link Agent#canonicalModel}); an alias covers the rest. A name is
 * a model ({@code GPT 5.6 Turbo}) or a family and model ({@code Codex GPT 5.6 Turbo}); so is its target.
 * Names are compared in their canonical spelling, ignoring case. Immutable.
 *
 * @param byName model by alias
 */
public record ModelAliases(Map<String, String> byName) {
    /** No aliases. */
    public static final ModelAliases NONE = new ModelAliases(Map.of());

    /**
     * Checks and copies the aliases.
     *
     * @param byName model by alias; neither blank
     */
    public ModelAliases {
        TreeMap<String, String> copy = new TreeMap<>();
        byName.forEach((alias, model) -> {
            String a = Agent.canonicalModel(Objects.requireNonNull(alias, "alias"));
            String m = Agent.canonicalModel(Objects.requireNonNull(model, "model"));
            if (a.isEmpty() || m.isEmpty()) {
                throw new IllegalArgumentException("a model alias and its model are not blank: '" + alias + "=" + model + "'");
            }
            copy.put(a.toLowerCase(Locale.ROOT), m);
        });
        byName = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Parses {@code NAME=MODEL}.
     *
     * @param spec the text given on the command line
     * @return the name and its model
     */
    public static Map.Entry<String, String> parse(String spec) {
        return AliasSpec.split(spec, "NAME=MODEL");
    }

    /**
     * The agent as the aliases name it: its model replaced when its model, or its family and model,
     * is an alias; the agent itself otherwise.
     *
     * @param agent an agent as a report names it
     * @return the agent under the model the alias means
     */
    public Agent apply(Agent agent) {
        if (byName.isEmpty() || !agent.hasModel()) {
            return agent;
        }
        String target = byName.get(agent.model().toLowerCase(Locale.ROOT));
        if (target == null) {
            target = byName.get(Agent.canonicalModel(agent.family() + " " + agent.model()).toLowerCase(Locale.ROOT));
        }
        if (target == null) {
            return agent;
        }
        String model = target.regionMatches(true, 0, agent.family() + " ", 0, agent.family().length() + 1)
                ? target.substring(agent.family().length() + 1) : target;
        return new Agent(agent.family(), model, agent.effort());
    }

    /** A stable text of the aliases, for cache keys. */
    String fingerprint() {
        StringBuilder sb = new StringBuilder();
        byName.forEach((a, m) -> sb.append(a).append("=>").append(m).append(';'));
        return sb.toString();
    }
}
