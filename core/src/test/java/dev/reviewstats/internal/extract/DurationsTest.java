package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.template.Counts;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Durations as reports spell them: the scans read every spelling as the patterns they replaced, kept here, did. */
class DurationsTest {
    private static final Pattern UNITS = Pattern.compile(
            "(?i)^(?:(?<hours>\\d+)\\s*h(?:ours?|rs?)?)?\\s*(?:(?<minutes>\\d+)\\s*m(?:in(?:utes?|s)?)?)?\\s*(?:(?<seconds>\\d+)\\s*s(?:ec(?:onds?|s)?)?)?$");
    private static final Pattern CLOCK = Pattern.compile("^(?:(?<hours>\\d+):)?(?<minutes>\\d{1,2}):(?<seconds>\\d{2})$");
    private static final Pattern SECONDS = Pattern.compile("^(?<seconds>\\d+)$");
    private static final Pattern UNKNOWN = Pattern.compile("(?i)^(?:—|–|-|n/?a|not recorded|unknown|none|\\?)?$");
    private static final Pattern PARENTHESISED = Pattern.compile("\\(.*?\\)");

    /** The parse as the patterns wrote it. */
    private static Optional<Duration> reference(String raw, boolean bareIsSeconds) {
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

    private static Optional<Duration> of(long hours, long minutes, long seconds) {
        if (hours < 0 || minutes < 0 || seconds < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    @Provide
    Arbitrary<String> spellings() {
        return Arbitraries.of("1", "20", "05", "123", "1234567890123", " ", "  ", "\t", ":", "h", "H", "hours", "hrs", "hr", "hou", "m", "min",
                "mins", "minutes", "MIN", "s", "sec", "secs", "seconds", "ms", "(", ")", "(approx.)", "`", "\u00A0", "\n", "—", "n/a", "NA",
                "not recorded", "Unknown", "none", "?", "*", "x").list().ofMaxSize(8).map(p -> String.join("", p));
    }

    @Property(tries = 40_000)
    void readsEverySpellingAsThePatternsDid(@ForAll("spellings") String raw, @ForAll boolean bareIsSeconds) {
        assertThat(Durations.parse(raw, bareIsSeconds)).as(raw).isEqualTo(reference(raw, bareIsSeconds));
        assertThat(Durations.saysUnknown(raw)).as(raw)
                .isEqualTo(UNKNOWN.matcher(raw.replace("`", "").replace("*", "").strip()).matches());
    }

    @Example
    void readsTheSpellingsReportsUse() {
        assertThat(Durations.parse("1 h 20 min 55 s", false)).contains(Duration.ofSeconds(4855));
        assertThat(Durations.parse("14m 04s", false)).contains(Duration.ofSeconds(844));
        assertThat(Durations.parse("1:05:46 (wall)", false)).contains(Duration.ofSeconds(3946));
        assertThat(Durations.parse("278", true)).contains(Duration.ofSeconds(278));
        assertThat(Durations.parse("278", false)).isEmpty();
        assertThat(Durations.saysUnknown("`N/A`")).isTrue();
        for (String clock : new String[] {"123:05", "1:123:05", "12:5", "1:2:03", ":05", "1:05:", "1:05:46:00"}) {
            assertThat(Durations.parse(clock, true)).as(clock).isEqualTo(reference(clock, true));
        }
    }
}
