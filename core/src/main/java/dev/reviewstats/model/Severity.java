package dev.reviewstats.model;

import java.util.Locale;
import java.util.Optional;

/** The three severity grades a consolidated finding carries, from most to least serious. */
public enum Severity {
    /** Must be fixed before merging. */
    CRITICAL('C'),
    /** Should be fixed. */
    IMPORTANT('I'),
    /** Worth considering. */
    SUGGESTION('S');

    private final char letter;

    Severity(char letter) {
        this.letter = letter;
    }

    /**
     * The letter findings are numbered with: {@code C1}, {@code I2}, {@code S13}.
     *
     * @return the id letter: C, I or S
     */
    public char letter() {
        return letter;
    }

    /**
     * Whether this grade is more serious than {@code other}.
     *
     * @param other another severity
     * @return whether this one is more severe
     */
    public boolean isMoreSevereThan(Severity other) {
        return ordinal() < other.ordinal();
    }

    /**
     * The severity an id letter stands for.
     *
     * @param letter C, I or S, in either case
     * @return the severity, or empty
     */
    public static Optional<Severity> fromLetter(char letter) {
        for (Severity s : values()) {
            if (s.letter == Character.toUpperCase(letter)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a severity word in any case and in the plural forms reports use ("Suggestions", "important").
     *
     * @param word critical, important or suggestion, in any case
     * @return the severity, or empty
     */
    public static Optional<Severity> fromWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.trim().toLowerCase(Locale.ROOT);
        if (w.startsWith("critical")) {
            return Optional.of(CRITICAL);
        }
        if (w.startsWith("important")) {
            return Optional.of(IMPORTANT);
        }
        if (w.startsWith("suggestion")) {
            return Optional.of(SUGGESTION);
        }
        return Optional.empty();
    }
}
