package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.Counts;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The duration spellings reports use: {@code 1 h 20 min 55 s}, {@code 14m 04s}, {@code 5:46}, {@code 278}. */
final class Durations {
    private static final Pattern UNITS = Pattern.compile(
            "(?i)^(?:(?<hours>\\d+)\\s*h(?:ours?|rs?)?)?\\s*(?:(?<minutes>\\d+)\\s*m(?:in(?:utes?|s)?)?)?\\s*(?:(?<seconds>\\d+)\\s*s(?:ec(?:onds?|s)?)?)?$");
    private static final Pattern CLOCK = Pattern.compile("^(?:(?<hours>\\d+):)?(?<minutes>\\d{1,2}):(?<seconds>\\d{2})$");
    private static final Pattern SECONDS = Pattern.compile("^(?<seconds>\\d+)$");
    /** Cells that say the value is not known, as opposed to unreadable. */
    static final Pattern UNKNOWN = Pattern.compile("(?i)^(?:—|–|-|n/?a|not recorded|unknown|none|\\?)?$");

    private static final Pattern PARENTHESISED = Pattern.compile("\\(.*?\\)");
    private Durations() {
    }

    /**
     * Parses a duration; a bare number is seconds only when {@code bareIsSeconds} (the row says "(s)").
     * Returns empty for text that is no duration.
     */
    static Optional<Duration> parse(String raw, boolean bareIsSeconds) {
        try {
            return parseUnchecked(raw, bareIsSeconds);
        } catch (NumberFormatException | ArithmeticException e) {
            // More digits than a long holds, or more seconds than a Duration: no duration a report means.
            return Optional.empty();
        }
    }

    private static Optional<Duration> parseUnchecked(String raw, boolean bareIsSeconds) {
        String t = PARENTHESISED.matcher(raw.replace("`", "")).replaceAll("").replace('\u00A0', ' ').strip();
        Matcher m = CLOCK.matcher(t);
        if (m.matches()) {
            long h = m.group("hours") == null ? 0 : Counts.longOrMinusOne(m.group("hours"));
            return of(h, Counts.longOrMinusOne(m.group("minutes")), Counts.longOrMinusOne(m.group("seconds")));
        }
        m = SECONDS.matcher(t);
        if (m.matches()) {
            return bareIsSeconds ? of(0, 0, Counts.longOrMinusOne(m.group("seconds"))) : Optional.empty();
        }
        m = UNITS.matcher(t);
        if (m.matches() && (m.group("hours") != null || m.group("minutes") != null || m.group("seconds") != null)) {
            long h = m.group("hours") == null ? 0 : Counts.longOrMinusOne(m.group("hours"));
            long min = m.group("minutes") == null ? 0 : Counts.longOrMinusOne(m.group("minutes"));
            long s = m.group("seconds") == null ? 0 : Counts.longOrMinusOne(m.group("seconds"));
            return of(h, min, s);
        }
        return Optional.empty();
    }

    /** The duration, or empty when a part had too many digits to be one (-1). */
    private static Optional<Duration> of(long hours, long minutes, long seconds) {
        if (hours < 0 || minutes < 0 || seconds < 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds));
    }

    static boolean saysUnknown(String raw) {
        return UNKNOWN.matcher(raw.replace("`", "").replace("*", "").strip()).matches();
    }
}
