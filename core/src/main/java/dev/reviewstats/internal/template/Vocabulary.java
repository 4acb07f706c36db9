package dev.reviewstats.internal.template;

import dev.reviewstats.internal.outline.CharClass;

import java.util.Comparator;
import java.util.List;

/**
 * The words of the report template that more than one stage must recognise: the agent families
 * its pills name and the labels of the Resolution table (the metadata table's rows are
 * {@link MetadataField}; the retro summary table's rows are the model's
 * {@link dev.reviewstats.model.RetroRow}, because analytics asks for them too). Front ends need them to rebuild structure that a form lost (a flattened table whose cells
 * were glued together); extractors need them to read that structure. One list each, so that a
 * template change is made once. Section titles live in {@code SectionNames}, which also knows what
 * each one means.
 */
public final class Vocabulary {
    /**
     * A finding's number as every grammar reads it ({@code I1}, {@code S1042}): up to six digits, more
     * than a report under the 16 MiB file limit can number (a finding head takes 18 bytes or more), so
     * no finding of a report that is read is ever too many to be read.
     */
    public static final int FINDING_NUMBER_DIGITS = 6;

    /** A finding id's letter, its severity's: {@code C}, {@code I} or {@code S}. */
    public static boolean isSeverityLetter(char c) {
        return c == 'C' || c == 'I' || c == 'S';
    }

    /** {@link #FINDING_NUMBER_DIGITS} as a pattern. */
    public static final String FINDING_NUMBER = "\\d{1," + FINDING_NUMBER_DIGITS + "}";

    /** The agent families the template's own pills name; any other family is learnt from a review's reviewers. */
    public static final List<String> FAMILIES = List.of("Claude", "Codex", "Gemini", "Qwen", "Gemma", "GLM");

    /** The labels of the Resolution section's two-column table. */
    public static final List<String> RESOLUTION_LABELS = List.of("Addressed", "Commit");

    private Vocabulary() {
    }

    /**
     * The words ordered so that a word comes before every word it starts with ("Critical findings"
     * before "Critical"): matching a glued line against them in this order finds the longest label.
     */
    public static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** A review id's date and time before its name: {@code 20260412-101500-}. */
    private static final int REVIEW_ID_PREFIX = 16;

    /**
     * Whether {@code s[from, to)} is a review id as the tool names reports: eight digits, a hyphen, six
     * digits, a hyphen, then word characters, dots and hyphens ({@code 20260412-101500-pr-238}).
     */
    public static boolean isReviewId(CharSequence s, int from, int to) {
        if (to - from <= REVIEW_ID_PREFIX) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean ok = i - from < REVIEW_ID_PREFIX
                    ? (i - from == 8 || i - from == 15 ? c == '-' : c >= '0' && c <= '9')
                    : CharClass.isWord(c) || c == '.' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
