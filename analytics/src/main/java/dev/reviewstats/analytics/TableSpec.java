package dev.reviewstats.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A data frame declared column by column: each column a name, a type and what a row gives it, in the
 * order the table has them. A {@code null} number or date is Tablesaw's missing value, never 0.
 * Declaring a table this way keeps a column's name, type and value on one line; filling parallel
 * columns by hand repeated all three for every table.
 *
 * @param <R> the rows
 */
final class TableSpec<R> {
    /** A column being filled: the column, and how a row is appended to it. */
    private record Sink<R>(Column<?> column, Consumer<R> add) {
    }

    private final String name;
    private final List<Supplier<Sink<R>>> columns = new ArrayList<>();

    private TableSpec(String name) {
        this.name = name;
    }

    static <R> TableSpec<R> named(String name) {
        return new TableSpec<>(name);
    }

    TableSpec<R> text(String column, Function<R, String> value) {
        return add(() -> {
            StringColumn c = StringColumn.create(column);
            return new Sink<>(c, r -> c.append(value.apply(r)));
        });
    }

    TableSpec<R> integer(String column, Function<R, Integer> value) {
        return nullable(() -> IntColumn.create(column), value, (c, v) -> c.append(v.intValue()));
    }

    TableSpec<R> longInteger(String column, Function<R, Long> value) {
        return nullable(() -> LongColumn.create(column), value, (c, v) -> c.append(v.longValue()));
    }

    TableSpec<R> decimal(String column, Function<R, Double> value) {
        return nullable(() -> DoubleColumn.create(column), value, (c, v) -> c.append(v.doubleValue()));
    }

    /** A column whose value may be {@code null}, which is appended as missing. */
    private <C extends Column<?>, V> TableSpec<R> nullable(Supplier<C> create, Function<R, V> value, BiConsumer<C, V> append) {
        return add(() -> {
            C c = create.get();
            return new Sink<>(c, r -> {
                V v = value.apply(r);
                if (v == null) {
                    c.appendMissing();
                } else {
                    append.accept(c, v);
                }
            });
        });
    }

    TableSpec<R> bool(String column, Function<R, Boolean> value) {
        return add(() -> {
            BooleanColumn c = BooleanColumn.create(column);
            return new Sink<>(c, r -> c.append(value.apply(r).booleanValue()));
        });
    }

    TableSpec<R> date(String column, Function<R, LocalDate> value) {
        return add(() -> {
            DateColumn c = DateColumn.create(column);
            return new Sink<>(c, r -> c.append(value.apply(r)));
        });
    }

    /** The columns that name a review and place it in time: review, date, repository, pr, round. */
    TableSpec<R> key(Function<R, ReviewKey> key) {
        return text("review", r -> key.apply(r).id())
                .date("date", r -> key.apply(r).date())
                .text("repository", r -> key.apply(r).repository())
                .integer("pr", r -> key.apply(r).pullRequest())
                .integer("round", r -> key.apply(r).round() == null ? null : key.apply(r).round().number());
    }

    private TableSpec<R> add(Supplier<Sink<R>> column) {
        columns.add(column);
        return this;
    }

    /** A table of these columns with one row per element of {@code rows}, in their order. */
    Table of(Iterable<R> rows) {
        List<Sink<R>> sinks = columns.stream().map(Supplier::get).toList();
        for (R row : rows) {
            for (Sink<R> s : sinks) {
                s.add().accept(row);
            }
        }
        return Table.create(name, sinks.stream().map(Sink::column).toArray(Column<?>[]::new));
    }
}
