package dev.reviewstats.internal.outline;

import java.util.regex.Pattern;

/** Turns outline inline text into plain text. */
public final class Inline {
    private static final Pattern MARKERS = Pattern.compile("\\*\\*|__|~~|`");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

    private Inline() {
    }

    /** Most text has no markers; scanning for them is far cheaper than running the patterns. */
    private static boolean hasMarkup(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_' || c == '~' || c == '`') {
                return true;
            }
        }
        return false;
    }

    /** The text without emphasis, code and strike-through markers, with runs of spaces folded. */
    public static String plain(String inline) {
        if (!hasMarkup(inline)) {
            return SPACES.matcher(inline).replaceAll(" ").strip();
        }
        String s = MARKERS.matcher(inline).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("$1");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
