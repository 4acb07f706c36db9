package dev.reviewstats.cli;

import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.ReviewTables;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.Reduced;
import dev.reviewstats.analytics.ColumnDocs;
import dev.reviewstats.analytics.parquet.ParquetTableWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.Table;

/** {@code review-stats table NAME PATH...}: one data frame as one tidy table (columns in docs/metrics.md). */
@Command(name = "table", mixinStandardHelpOptions = true,
        description = "Print one data frame as a tidy table: reviews, agent-reviews, agent-findings (the finding ledger), "
                + "findings, judgements or resolutions (columns in docs/metrics.md).")
final class TableCommand extends OutputCommand {
    /** The tables, by the name the command line uses. */
    enum Name {
        REVIEWS("reviews", ReviewTables::reviews),
        AGENT_REVIEWS("agent-reviews", rs -> ReviewTables.agentReviews(rs, Grouping.MODEL)),
        AGENT_FINDINGS("agent-findings", rs -> ReviewTables.agentFindings(rs, Grouping.MODEL)),
        FINDINGS("findings", ReviewTables::findings),
        JUDGEMENTS("judgements", ReviewTables::judgements),
        RESOLUTIONS("resolutions", ReviewTables::resolutionItems);

        final String cliName;
        final Function<List<Review>, Table> make;

        Name(String cliName, Function<List<Review>, Table> make) {
            this.cliName = cliName;
            this.make = make;
        }
    }

    /** The names as typed: the argument's converter and its completion candidates. */
    static final class Names extends Choices.Named<Name> {
        Names() {
            super(List.of(Name.values()), n -> n.cliName, (value, names) -> "no table '" + value + "'; the tables are " + names);
        }
    }

    @Mixin
    LoadOptions load = new LoadOptions();

    @Parameters(index = "0", paramLabel = "NAME", completionCandidates = Names.class, converter = Names.class,
            description = "Which table: ${COMPLETION-CANDIDATES}.")
    Name name;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Report files or folders to read, or REPOSITORY@REF for the reports on a git ref (read with no checkout).")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "csv", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TableFormat format;

    @Option(names = "--raw-csv", description = "Write CSV cells as they are: do not neutralise cells that begin with "
            + "=, +, -, @, a tab or a carriage return (see README, Reliability).")
    boolean rawCsv;

    @Mixin
    FilterOptions filter = new FilterOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the table to FILE instead of standard output (- for standard output); with --partition-by,"
                    + " a folder. A file is replaced whole, never left half-written.")
    Path output;

    @Option(names = "--partition-by", paramLabel = "KEY", converter = Partition.Names.class,
            description = "With --format parquet: write a Hive-style folder tree under -o DIR, one folder per ${COMPLETION-CANDIDATES}"
                    + " of the review (repository=owner%%2Fname/, month=2026-03/), each holding part-0.parquet; the partition"
                    + " column is the folder's name, not a column of the files. DuckDB: read_parquet('DIR/**/*.parquet',"
                    + " hive_partitioning = true).", completionCandidates = Partition.Names.class)
    Partition partitionBy;

    /** What a partitioned write splits the rows by: a value of the review each row belongs to. */
    enum Partition {
        REPOSITORY("repository"), MONTH("month");

        final String key;

        Partition(String key) {
            this.key = key;
        }

        /** The partition value of a review's rows; {@code null} when the review has none (repository or date unknown). */
        String value(Review r) {
            return switch (this) {
                case REPOSITORY -> r.repository() == null || r.repository().isEmpty() ? null : r.repository();
                case MONTH -> r.date() == null ? null : java.time.YearMonth.from(r.date()).toString();
            };
        }

        /** The keys as typed: the option's converter and its completion candidates. */
        static final class Names extends Choices.Named<Partition> {
            Names() {
                super(List.of(Partition.values()), p -> p.key, (value, keys) -> "no partition key '" + value + "'; the keys are " + keys);
            }
        }
    }

    /** Hive's name for the folder of rows whose partition value is unknown; DuckDB and Spark read it as null. */
    static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

    /** One review's rows in the spool, and the partition they belong to. */
    private record Rows(Spool.Piece piece, String partition) {
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        filter.validate(spec);
        boolean toStdout = output == null || OutputTarget.isStdout(output);
        if (partitionBy != null) {
            if (format != TableFormat.parquet) {
                throw new ParameterException(spec.commandLine(), "--partition-by writes Parquet files: add --format parquet");
            }
            if (toStdout) {
                throw new ParameterException(spec.commandLine(), "--partition-by writes a folder tree: give it with -o DIR");
            }
            OutputTarget.checkFolder(spec, "-o", output);
            if (Files.isDirectory(output) && !isEmpty(output)) {
                throw new ParameterException(spec.commandLine(), "-o " + output + " already holds files; a partitioned write"
                        + " needs a new or empty folder, so that no part of an earlier write is read with this one");
            }
        } else if (format == TableFormat.parquet && output == null) {
            throw new ParameterException(spec.commandLine(), "--format parquet writes a binary file: give it with -o FILE"
                    + " (-o - writes it to standard output)");
        } else if (!toStdout) {
            OutputTarget.checkFile(spec, "-o", output);
        }
        Csv cells = rawCsv ? Csv.RAW : Csv.SAFE;
        Table empty = name.make.apply(List.of());
        // Each review's rows are written to disk as it is read, so a table of any number of reviews
        // is written in a small heap; the pieces come back in review order.
        try (Spool spool = Spool.create()) {
            Reduced<Rows> loaded = Inputs.filtered(paths, err, load, filter,
                    r -> new Rows(spool.write(format.rows(name.make.apply(List.of(r)), cells)),
                            partitionBy == null ? null : partitionBy.value(r)));
            try {
                if (format == TableFormat.parquet) {
                    writeParquet(empty, loaded.values(), spool, out);
                } else if (toStdout) {
                    format.writePieces(empty, () -> loaded.values().stream().map(p -> spool.read(p.piece())).iterator(), out, cells);
                } else {
                    OutputTarget.write(output, stream -> {
                        PrintWriter file = new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
                        format.writePieces(empty, () -> loaded.values().stream().map(p -> spool.read(p.piece())).iterator(), file, cells);
                        file.flush();
                    });
                    out.println(output);
                }
            } catch (IOException e) {
                err.println(TerminalText.safe(OutputTarget.describe(output, e)));
                err.flush();
                return ExitCode.OUTPUT_FAILED.code();
            }
            return Inputs.finish(out, err, loaded.skipped()).code();
        }
    }

    private void writeParquet(Table empty, List<Rows> rows, Spool spool, PrintWriter out) throws IOException {
        String createdBy = "review-stats version " + Main.VERSION;
        if (partitionBy == null) {
            java.util.Map<String, String> docs = ColumnDocs.of(name.cliName, empty.columnNames());
            OutputTarget.Content content = stream -> {
                try (ParquetTableWriter w = ParquetTableWriter.open(stream, empty, docs, createdBy)) {
                    for (Rows r : rows) {
                        w.write(TableFormat.table(empty, spool.read(r.piece())));
                    }
                }
            };
            if (OutputTarget.isStdout(output)) {
                java.io.OutputStream stdout = new java.io.FilterOutputStream(System.out) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(stdout);
                return;
            }
            OutputTarget.write(output, content);
            out.println(output);
            return;
        }
        // One partition at a time, in the order first met, so that one writer (one row group) is held at once.
        java.util.Set<String> values = new java.util.LinkedHashSet<>();
        rows.forEach(r -> values.add(r.partition() == null ? NULL_PARTITION : r.partition()));
        boolean dropColumn = empty.containsColumn(partitionBy.key);
        Table schema = dropColumn ? empty.copy().removeColumns(partitionBy.key) : empty;
        java.util.Map<String, String> docs = ColumnDocs.of(name.cliName, schema.columnNames());
        for (String value : values) {
            Path file = output.resolve(partitionBy.key + "=" + hiveEscape(value)).resolve("part-0.parquet");
            OutputTarget.write(file, stream -> {
                try (ParquetTableWriter w = ParquetTableWriter.open(stream, schema, docs, createdBy)) {
                    for (Rows r : rows) {
                        if (value.equals(r.partition() == null ? NULL_PARTITION : r.partition())) {
                            Table t = TableFormat.table(empty, spool.read(r.piece()));
                            w.write(dropColumn ? t.removeColumns(partitionBy.key) : t);
                        }
                    }
                }
            });
            out.println(file);
        }
    }

    /** A partition value as Hive and Spark escape it in a folder name (DuckDB reads it back). */
    static String hiveEscape(String value) {
        if (value.equals(NULL_PARTITION)) {
            return value;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c < 0x20 || c == 0x7F || "\"#%'*/:=?\\{[]^".indexOf(c) >= 0) {
                sb.append(String.format(Locale.ROOT, "%%%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isEmpty(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
