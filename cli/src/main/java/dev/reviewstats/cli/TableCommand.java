package dev.reviewstats.cli;

import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.ReviewTables;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.Reduced;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import tech.tablesaw.api.Table;

/** {@code review-stats table NAME PATH...}: one data frame as one tidy table (columns in docs/metrics.md). */
@Command(name = "table", mixinStandardHelpOptions = true,
        description = "Print one data frame as a tidy table: reviews, agent-reviews, agent-findings (the finding ledger), "
                + "findings, judgements or resolutions (columns in docs/metrics.md).")
final class TableCommand implements Callable<Integer> {

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

    /** Completion candidates: the names as typed. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Name.values()).map(n -> n.cliName).iterator();
        }
    }

    static final class NameConverter implements ITypeConverter<Name> {
        @Override
        public Name convert(String value) {
            for (Name n : Name.values()) {
                if (n.cliName.equals(value.toLowerCase(Locale.ROOT))) {
                    return n;
                }
            }
            throw new TypeConversionException("no table '" + value + "'; the tables are "
                    + String.join(", ", new Names()));
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    LoadOptions load = new LoadOptions();

    @Parameters(index = "0", paramLabel = "NAME", completionCandidates = Names.class, converter = NameConverter.class,
            description = "Which table: ${COMPLETION-CANDIDATES}.")
    Name name;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Report files or folders to read.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "csv", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TableFormat format;

    @Option(names = "--raw-csv", description = "Write CSV cells as they are: do not neutralise cells that begin with "
            + "=, +, -, @, a tab or a carriage return (see README, Reliability).")
    boolean rawCsv;

    @Mixin
    FilterOptions filter = new FilterOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        filter.validate(spec);
        Csv cells = rawCsv ? Csv.RAW : Csv.SAFE;
        // Each review's rows are written to disk as it is read, so a table of any number of reviews
        // is written in a small heap; the pieces come back in review order.
        try (Spool spool = Spool.create()) {
            Reduced<Spool.Piece> loaded = Inputs.filtered(paths, err, load, filter,
                    r -> spool.write(format.rows(name.make.apply(List.of(r)), cells)));
            format.writePieces(name.make.apply(List.of()), () -> loaded.values().stream().map(spool::read).iterator(), out, cells);
            return Inputs.finish(out, err, loaded.skipped()).code();
        }
    }
}
