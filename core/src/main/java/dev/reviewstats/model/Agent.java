package dev.reviewstats.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A reviewer agent: a family (Claude, Codex, Gemini or any other name a report uses), a model version
 * ({@code Opus 4.6}, {@code GPT 5.5}) and an optional effort level ({@code xhigh}).
 *
 * <p>Two agents are equal when family and model match; effort is a run setting, not an identity. Use
 * {@link #family()} alone as the grouping key when model versions should be pooled.
 *
 * @param family the family name, capitalised as reports write it; never blank
 * @param model the model version, or {@code ""} when the report names only the family
 * @param effort the effort level, or {@code ""} when not stated
 * @serial exclude
 */
public record Agent(String family, String model, String effort) implements java.io.Serializable {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** A version number, then a lower-case word after a hyphen, underscore or space: "5.6-sol", "3.1 pro". */
    private static final java.util.regex.Pattern VERSION_SUFFIX = java.util.regex.Pattern.compile(
            "(?<version>\\d(?:\\.\\d+)*)[-_ ](?<word>[a-z][a-z]+)\\b");

    /**
     * Checks the components.
     *
     * @param family the family name, capitalised as reports write it; never blank
     * @param model the model version, or {@code ""} when the report names only the family
     * @param effort the effort level, or {@code ""} when not stated
     */
    public Agent {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(effort, "effort");
        if (family.isBlank()) {
            throw new IllegalArgumentException("agent family must not be blank");
        }
        family = family.strip();
        model = canonicalModel(model);
        effort = effort.strip();
    }

    /**
     * A model version as one spelling: reports write the same model "GPT 5.6-sol", "GPT 5.6 sol" and
     * "GPT 5.6 Sol". A word after a version number, set off by a hyphen, underscore or space, is one
     * space and capitalised; runs of spaces are one.
     *
     * @param model the model as written
     * @return the model as the tool spells it
     */
    public static String canonicalModel(String model) {
        String m = SPACES.matcher(model.strip()).replaceAll(" ");
        java.util.regex.Matcher suffix = VERSION_SUFFIX.matcher(m);
        StringBuilder out = new StringBuilder();
        while (suffix.find()) {
            String word = suffix.group("word");
            suffix.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    suffix.group("version") + " " + Character.toUpperCase(word.charAt(0)) + word.substring(1)));
        }
        suffix.appendTail(out);
        return out.toString();
    }

    /**
     * An agent with no effort stated.
     *
     * @param family the family name
     * @param model the model version, or {@code ""}
     * @return the agent
     */
    public static Agent of(String family, String model) {
        return new Agent(family, model, "");
    }

    /**
     * Family and model as reports write them: {@code Claude Opus 4.6}; a model that already starts
     * with the family word ({@code Qwen3 Coder Next}) is written alone.
     *
     * @return the display name
     */
    public String displayName() {
        if (model.isEmpty()) {
            return family;
        }
        return model.regionMatches(true, 0, family, 0, family.length()) ? model : family + " " + model;
    }

    /**
     * Whether the report named the model version, not only the family.
     *
     * @return whether a model is named
     */
    public boolean hasModel() {
        return !model.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agent other
                && family.equalsIgnoreCase(other.family)
                && model.equalsIgnoreCase(other.model);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family.toLowerCase(Locale.ROOT), model.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return effort.isEmpty() ? displayName() : displayName() + " (effort: " + effort + ")";
    }
}
