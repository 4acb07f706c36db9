package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.template.Counts;
import java.time.Duration;
import java.util.Optional;
import java.util.List;

/** The duration spellings reports use: {@code 1 h 20 min 55 s}, {@code 14m 04s}, {@code 5:46}, {@code 278}. */
final class Durations {
    /** Cells that say the value is not known, as opposed to unreadable; compared without case. */
    private static final List<String> UNKNOWN = List.of("", "—", "–", "-", "na", "n/a", "not recorded", "unknown", "none", "?");
    /** Each unit's letter and the spellings that may follow it, longest first: {@code h}, {@code hours}, {@code min}. */
    private static final List<String> UNIT_LETTERS = List.of("h", "m", "s");
    private static final List<List<String>> UNIT_TAILS = List.of(
            List.of("ours", "our", "rs", "r", ""),
            List.of("inutes", "inute", "ins", "in", ""),
            List.of("econds", "econd", "ecs", "ec", ""));
    private static final int MAX_CLOCK_MINUTE_DIGITS = 2;
    private static final int CLOCK_SECOND_DIGITS = 2;

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
        String t = withoutParentheses(raw.replace("`", "")).replace('\u00A0', ' ').strip();
        String[] clock = clock(t);
        if (clock != null) {
            long h = clock[0] == null ? 0 : Counts.longOrMinusOne(clock[0]);
            return of(h, Counts.longOrMinusOne(clock[1]), Counts.longOrMinusOne(clock[2]));
        }
        if (!t.isEmpty() && CharClass.skipDigits(t, 0) == t.length()) {
            return bareIsSeconds ? of(0, 0, Counts.longOrMinusOne(t)) : Optional.empty();
        }
        String[] units = new String[3];
        if (units(t, 0, 0, units) && (units[0] != null || units[1] != null || units[2] != null)) {
            long h = units[0] == null ? 0 : Counts.longOrMinusOne(units[0]);
            long min = units[1] == null ? 0 : Counts.longOrMinusOne(units[1]);
            long s = units[2] == null ? 0 : Counts.longOrMinusOne(units[2]);
            return of(h, min, s);
        }
        return Optional.empty();
    }

    /** The text without its parenthesised notes: each from a parenthesis to the next closing one on the same line. */
    static String withoutParentheses(String s) {
        return Inline.withoutParenthesised(s, c -> !CharClass.isLineTerminator((char) c));
    }

    /** {@code 1:02:03} or {@code 5:46}: hours (null when none), minutes and seconds as digits; or null. */
    static String[] clock(String t) {
        String[] parts = t.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            return null;
        }
        for (String p : parts) {
            if (p.isEmpty() || CharClass.skipDigits(p, 0) != p.length()) {
                return null;
            }
        }
        String minutes = parts[parts.length - 2];
        String seconds = parts[parts.length - 1];
        if (minutes.length() > MAX_CLOCK_MINUTE_DIGITS || seconds.length() != CLOCK_SECOND_DIGITS) {
            return null;
        }
        return new String[] {parts.length == 3 ? parts[0] : null, minutes, seconds};
    }

    /**
     * Reads {@code 1 h 20 min 55 s} from {@code at} on, the units in that order and each optional, as
     * the pattern it replaced tried them: a unit where one can stand, its longest spelling first.
     *
     * @param unit the first unit still allowed (0 hours, 1 minutes, 2 seconds)
     * @param digits each unit's digits as read, null when absent
     */
    private static boolean units(String t, int at, int unit, String[] digits) {
        if (unit == UNIT_LETTERS.size()) {
            return at == t.length();
        }
        int from = unit == 0 ? at : CharClass.skipSpaces(t, at);
        int end = CharClass.skipDigits(t, from);
        int letter = CharClass.skipSpaces(t, end);
        if (end > from && CharClass.matchesAt(t, letter, UNIT_LETTERS.get(unit))) {
            for (String tail : UNIT_TAILS.get(unit)) {
                if (CharClass.matchesAt(t, letter + 1, tail)) {
                    digits[unit] = t.substring(from, end);
                    if (units(t, letter + 1 + tail.length(), unit + 1, digits)) {
                        return true;
                    }
                    digits[unit] = null;
                }
            }
        }
        return units(t, from, unit + 1, digits);
    }

    /** The duration, or empty when a part had too many digits to be one (-1). */
    private static Optional<Duration> of(long hours, long minutes, long seconds) {
        if (hours < 0 || minutes < 0 || seconds < 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds));
    }

    static boolean saysUnknown(String raw) {
        String t = raw.replace("`", "").replace("*", "").strip();
        return UNKNOWN.stream().anyMatch(u -> u.length() == t.length() && CharClass.matchesAt(t, 0, u));
    }
}
