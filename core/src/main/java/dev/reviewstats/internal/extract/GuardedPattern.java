package dev.reviewstats.internal.extract;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prose pattern behind a cheap test that every match passes: most statements a reconciliation
 * makes hold none of a cue's words, and a few intrinsic {@code indexOf} scans of the lower-cased text
 * say so where the pattern would try each of its alternatives at every position. The test only ever
 * skips a search that would find nothing; {@code GuardedPatternTest} checks that on the corpus and on
 * generated statements.
 *
 * @param pattern the pattern; it never matches the empty string
 * @param mayMatch whether the lower-cased text can hold a match
 */
record GuardedPattern(Pattern pattern, Predicate<String> mayMatch) {
    /** A pattern every match of which holds one of {@code words} (lower case, compared without case). */
    static GuardedPattern anyOf(Pattern pattern, List<String> words) {
        List<String> copy = List.copyOf(words);
        return new GuardedPattern(pattern, lower -> holdsAny(lower, copy));
    }

    /** Whether {@code lower} holds one of {@code words}. */
    static boolean holdsAny(String lower, List<String> words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code lower} holds one of {@code letters} followed by an ASCII digit ({@code i1}, {@code r2}). */
    static boolean holdsLetterThenDigit(String lower, String letters) {
        for (int i = 0; i + 1 < lower.length(); i++) {
            char c = lower.charAt(i + 1);
            if (c >= '0' && c <= '9' && letters.indexOf(lower.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A matcher over {@code text}, or over the empty string when {@code lower} cannot hold a match,
     * so that its {@code find()} fails at once.
     *
     * @param lower {@code text} lower-cased ({@link Locale#ROOT})
     */
    Matcher matcher(String text, String lower) {
        return pattern.matcher(mayMatch.test(lower) ? text : "");
    }

    /** {@link #matcher(String, String)} for a text not lower-cased yet. */
    Matcher matcher(String text) {
        return matcher(text, text.toLowerCase(Locale.ROOT));
    }
}
