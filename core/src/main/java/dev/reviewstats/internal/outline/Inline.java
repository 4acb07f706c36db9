package dev.reviewstats.internal.outline;

import java.util.regex.Pattern;

/** Turns outline inline text into plain text. */
public final class Inline {
    private static final Pattern MARKERS = Pattern.compile("\\*\\*|__|~~|`");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

    private Inline() {
    }

    /** The text without emphasis, code and strike-through markers, with runs of spaces folded. */
    public static String plain(String inline) {
        String s = MARKERS.matcher(inline).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("$1");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
