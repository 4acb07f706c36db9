package dev.reviewstats.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Names of agent families the parser does not know, mapped to the family they belong to, as the
 * report tool's pills name it: {@code DeepSeek=DeepSeek} teaches the family so that a glued name such
 * as {@code DeepSeek-V3} reads as family DeepSeek, model DeepSeek-V3; {@code Devstral=Mistral} puts a
 * product name under its family. A name is matched as a reviewer name's first word, or glued to a
 * version ({@code Devstral2}). Immutable.
 *
 * @param byName family by alias; aliases are compared ignoring case
 */
public record FamilyAliases(Map<String, String> byName) {
    /** No aliases: the families the parser knows and those each report's reviewers row names. */
    public static final FamilyAliases NONE = new FamilyAliases(Map.of());

    /**
     * Checks and copies the aliases.
     *
     * @param byName family by alias; each a single word
     */
    public FamilyAliases {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.forEach((alias, family) -> {
            String a = Objects.requireNonNull(alias, "alias").strip();
            String f = Objects.requireNonNull(family, "family").strip();
            if (a.isEmpty() || f.isEmpty() || a.contains(" ") || f.contains(" ")) {
                throw new IllegalArgumentException("an alias and its family are single words: '" + alias + "=" + family + "'");
            }
            copy.put(a, f);
        });
        byName = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Parses {@code ALIAS=FAMILY}.
     *
     * @param spec the text given on the command line
     * @return the alias and its family
     */
    public static Map.Entry<String, String> parse(String spec) {
        return AliasSpec.split(spec, "ALIAS=FAMILY");
    }

    /** A stable text of the aliases, for cache keys: results parsed under other aliases are never reused. */
    String fingerprint() {
        StringBuilder sb = new StringBuilder();
        byName.forEach((a, f) -> sb.append(a.toLowerCase(Locale.ROOT)).append('=').append(f).append(';'));
        return sb.toString();
    }
}
