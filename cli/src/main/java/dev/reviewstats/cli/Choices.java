package dev.reviewstats.cli;

import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Metric;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The closed sets of values options take, each one class that is both the option's converter and its
 * completion candidates, so that usage, shell completion and the error for a wrong value list the
 * same words.
 */
final class Choices {
    private Choices() {
    }

    /** Values by their command-line word, in the order usage lists them. */
    abstract static class Named<T> implements ITypeConverter<T>, Iterable<String> {
        private final Map<String, T> byWord = new LinkedHashMap<>();
        private final BiFunction<String, String, String> unknown;

        Named(List<T> values, Function<T, String> word) {
            this(values, word, (value, words) -> "'" + value + "' is not one of " + words);
        }

        /**
         * @param unknown the message for a value that is none of them, from the value and the words
         *     joined with commas
         */
        Named(List<T> values, Function<T, String> word, BiFunction<String, String, String> unknown) {
            values.forEach(v -> byWord.put(word.apply(v), v));
            this.unknown = unknown;
        }

        @Override
        public T convert(String value) {
            T found = byWord.get(value.strip().toLowerCase(Locale.ROOT));
            if (found == null) {
                throw new TypeConversionException(unknown.apply(value, String.join(", ", byWord.keySet())));
            }
            return found;
        }

        @Override
        public Iterator<String> iterator() {
            return byWord.keySet().iterator();
        }
    }

    /** An enum constant as the command line writes it ({@code model-effort}). */
    static String lowerName(Enum<?> e) {
        return lower(e);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static final class Groupings extends Named<Grouping> {
        Groupings() {
            super(List.of(Grouping.values()), Choices::lower);
        }
    }

    static final class Breakdowns extends Named<Leaderboard.Breakdown> {
        Breakdowns() {
            super(List.of(Leaderboard.Breakdown.values()), Choices::lower);
        }
    }

    /** Chart periods: a trend over rounds means nothing. */
    static final class Periods extends Named<Leaderboard.Breakdown> {
        Periods() {
            super(List.of(Leaderboard.Breakdown.WEEK, Leaderboard.Breakdown.MONTH), Choices::lower);
        }
    }

    /** Every metric a leaderboard can be sorted by. */
    static final class SortMetrics extends Named<Metric> {
        SortMetrics() {
            super(Arrays.asList(Metric.values()), Metric::cliName);
        }
    }

    /** The metrics that are rates, the only ones a rate chart can draw. */
    static final class RateMetrics extends Named<Metric> {
        RateMetrics() {
            super(Metric.rates(), Metric::cliName);
        }
    }

    /** A whole number no less than a bound. */
    abstract static class AtLeast implements ITypeConverter<Integer> {
        private final int min;

        AtLeast(int min) {
            this.min = min;
        }

        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            if (n < min) {
                throw new TypeConversionException("'" + value + "' must be " + min + " or more");
            }
            return n;
        }
    }

    /** A count of threads, pixels: 1 or more. */
    static final class Positive extends AtLeast {
        Positive() {
            super(1);
        }
    }

    /** A minimum count: 0 or more. */
    static final class NonNegative extends AtLeast {
        NonNegative() {
            super(0);
        }
    }

    /** {@code NAME=VALUE}, parsed and checked by the library's own alias type: its message is the usage error. */
    private abstract static class AliasSpec implements ITypeConverter<Map.Entry<String, String>> {
        private final Function<String, Map.Entry<String, String>> parse;
        private final Consumer<Map<String, String>> check;

        AliasSpec(Function<String, Map.Entry<String, String>> parse, Consumer<Map<String, String>> check) {
            this.parse = parse;
            this.check = check;
        }

        @Override
        public Map.Entry<String, String> convert(String value) {
            try {
                Map.Entry<String, String> e = parse.apply(value);
                check.accept(Map.of(e.getKey(), e.getValue()));
                return e;
            } catch (IllegalArgumentException ex) {
                throw new TypeConversionException(ex.getMessage());
            }
        }
    }

    /** A model alias, {@code NAME=MODEL}. */
    static final class ModelAlias extends AliasSpec {
        ModelAlias() {
            super(dev.reviewstats.parse.ModelAliases::parse, dev.reviewstats.parse.ModelAliases::new);
        }
    }

    /** An agent-family alias, {@code NAME=FAMILY}, each a single word. */
    static final class Alias extends AliasSpec {
        Alias() {
            super(dev.reviewstats.parse.FamilyAliases::parse, dev.reviewstats.parse.FamilyAliases::new);
        }
    }

    /** A quality gate expression. */
    static final class GateExpression implements ITypeConverter<dev.reviewstats.analytics.Gate> {
        @Override
        public dev.reviewstats.analytics.Gate convert(String value) {
            try {
                return dev.reviewstats.analytics.Gate.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class GateBases extends Named<dev.reviewstats.analytics.Gate.On> {
        GateBases() {
            super(List.of(dev.reviewstats.analytics.Gate.On.values()), Choices::lower);
        }
    }

    static final class GateMissing extends Named<dev.reviewstats.analytics.Gate.Missing> {
        GateMissing() {
            super(List.of(dev.reviewstats.analytics.Gate.Missing.values()), Choices::lower);
        }
    }

    /** A calendar date as ISO 8601 writes it. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD");
            }
        }
    }
}
