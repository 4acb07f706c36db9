package dev.reviewstats.model;

import java.util.Locale;

/** What the author did about a finding, normalised from the Resolution table's Action words. */
public enum ResolutionAction {
    /** The author fixed the finding. */
    FIXED,
    /** The author wrote a test for it. */
    TEST_WRITTEN,
    /** The author documented it. */
    DOCUMENTED,
    /** The author added a code comment. */
    COMMENTED,
    /** The author chose not to act. */
    SKIPPED,
    /** The author put it off to later work. */
    DEFERRED,
    /** An action word we do not know; the raw word is kept on the item. */
    OTHER;

    /**
     * Classifies an action cell by its leading words.
     *
     * @param raw the Action cell as written
     * @return the action the words mean
     */
    public static ResolutionAction classify(String raw) {
        String w = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT).replace("*", "");
        if (w.startsWith("fixed") || w.startsWith("addressed") || w.startsWith("auto-resolved")
                || w.startsWith("resolved")) {
            return FIXED;
        }
        if (w.startsWith("test") || w.startsWith("unit test")) {
            return TEST_WRITTEN;
        }
        if (w.startsWith("documentation") || w.startsWith("documented") || w.startsWith("doc ")) {
            return DOCUMENTED;
        }
        if (w.startsWith("commented")) {
            return COMMENTED;
        }
        if (w.startsWith("skipped") || w.startsWith("not addressed") || w.startsWith("declin")
                || w.startsWith("won't") || w.startsWith("wontfix")) {
            return SKIPPED;
        }
        if (w.startsWith("defer") || w.startsWith("todo") || w.startsWith("gated")) {
            return DEFERRED;
        }
        return OTHER;
    }
}
