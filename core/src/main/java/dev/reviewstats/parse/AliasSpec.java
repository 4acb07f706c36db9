package dev.reviewstats.parse;

import java.util.Map;

/** The {@code NAME=VALUE} text an alias is given as on a command line, shared by both kinds of alias. */
final class AliasSpec {
    private AliasSpec() {
    }

    /**
     * Splits {@code spec} at its first {@code =}, each side stripped.
     *
     * @param spec the text given
     * @param shape how the message names the expected text ({@code ALIAS=FAMILY})
     * @throws IllegalArgumentException when a side is empty or there is no {@code =}
     */
    static Map.Entry<String, String> split(String spec, String shape) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("'" + spec + "' is not " + shape);
        }
        return Map.entry(spec.substring(0, eq).strip(), spec.substring(eq + 1).strip());
    }
}
