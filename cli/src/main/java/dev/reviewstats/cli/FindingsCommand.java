package dev.reviewstats.cli;

import dev.reviewstats.analytics.ReviewTables;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.Reduced;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tech.tablesaw.api.Table;

/**
 * {@code review-stats findings PATH...}: one CSV row per consolidated finding, for spreadsheets. The
 * rows are {@code table findings}'s, under the column names this command has always printed.
 */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = "Print one CSV row per consolidated finding (RFC 4180, UTF-8).")
final class FindingsCommand extends SourcesCommand {
    static final String HEADER = "review_id,date,repository,pr,round,finding_id,severity,title,agents,withdrawn,resolution_action";
    /** The {@code findings} table's columns this command prints, in {@link #HEADER}'s order. */
    private static final String[] COLUMNS = {"review", "date", "repository", "pr", "round", "finding", "severity", "title",
        "agents", "withdrawn", "resolution"};



    @Mixin
    FilterOptions filter = new FilterOptions();

    @Override
    public Integer call() {
        filter.validate(spec);
        PrintWriter out = out();
        PrintWriter err = err();
        // Written review by review through a spool on disk: memory does not grow with the reviews.
        try (Spool spool = Spool.create()) {
            Reduced<Spool.Piece> loaded = Inputs.filtered(sources.paths, err, sources.load, filter,
                    r -> spool.write(TableFormat.csv.rows(rows(List.of(r)), Csv.SAFE)));
            TableFormat.csv.writePieces(rows(List.of()), () -> loaded.values().stream().map(spool::read).iterator(), out, Csv.SAFE);
            return Inputs.finish(out, err, loaded.skipped()).code();
        }
    }

    private static Table rows(List<Review> reviews) {
        Table rows = ReviewTables.findings(reviews).selectColumns(COLUMNS);
        String[] names = HEADER.split(",");
        for (int i = 0; i < names.length; i++) {
            rows.column(i).setName(names[i]);
        }
        return rows;
    }
}
