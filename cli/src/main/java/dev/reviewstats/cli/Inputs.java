package dev.reviewstats.cli;

import dev.reviewstats.ReviewStats;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.LoadResult;
import dev.reviewstats.parse.ParseCache;
import dev.reviewstats.parse.ParseResult;
import dev.reviewstats.parse.Reduced;
import dev.reviewstats.parse.ReviewLoader;
import dev.reviewstats.parse.SkipReason;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Loads the command's paths and reports skipped inputs on stderr, the same way for every command. */
final class Inputs {
    private Inputs() {
    }

    static LoadResult load(List<Path> paths, PrintWriter err, LoadOptions options) {
        return load(paths, err, options, UnaryOperator.identity());
    }

    /**
     * Loads every review at once, each cut as soon as it is read ({@code cut}: a {@link
     * dev.reviewstats.model.Compactor} for compare, report and charts, a trail's essentials for rounds),
     * so that tens of thousands fit a small heap; a command cuts only what it does not read.
     */
    static LoadResult load(List<Path> paths, PrintWriter err, LoadOptions options, UnaryOperator<Review> cut) {
        Reduced<Review> all = reduce(paths, err, options, cut);
        return new LoadResult(all.values(), all.skipped());
    }

    /** {@link #load(List, PrintWriter, LoadOptions, UnaryOperator)} with a new {@link dev.reviewstats.model.Compactor}. */
    static LoadResult loadCompact(List<Path> paths, PrintWriter err, LoadOptions options) {
        return load(paths, err, options, new dev.reviewstats.model.Compactor());
    }

    /** Loads keeping only what {@code reducer} makes of each review (see {@link ReviewLoader#reduce}). */
    static <T> Reduced<T> reduce(List<Path> paths, PrintWriter err, LoadOptions options, Function<? super Review, T> reducer) {
        ParseCache cache = options.noCache ? null : ParseCache.inUserCacheDir();
        ReviewStats stats = options.stats(cache);
        List<dev.reviewstats.parse.Amendment> amended = new java.util.ArrayList<>();
        Reduced<T> result;
        java.util.concurrent.atomic.LongAdder entries = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder unlinked = new java.util.concurrent.atomic.LongAdder();
        Function<Review, T> counting = r -> {
            entries.add(r.ledger().size());
            unlinked.add(r.reading().unlinked());
            return reducer.apply(r);
        };
        try (ProgressDisplay display = ProgressDisplay.on(err)) {
            ReviewLoader.Progress progress = new ReviewLoader.Progress() {
                @Override
                public void started(int files) {
                    display.started(files);
                }

                @Override
                public void accept(ParseResult r) {
                    display.accept(r);
                }

                @Override
                public void amended(dev.reviewstats.parse.Amendment a) {
                    amended.add(a);
                }
            };
            result = stats.reduce(paths, counting, progress);
        }
        for (dev.reviewstats.parse.Amendment a : amended) {
            err.println("review-stats: " + TerminalText.safe(a.describe()));
        }
        if (options.allCommits) {
            boolean anyGit = paths.stream().anyMatch(ReviewLoader::namesGitSource);
            err.println(anyGit ? "review-stats: --all-commits: " + amended.size() + " report(s) changed after publication"
                    + (amended.isEmpty() ? "" : "; the figures count each at its ref")
                    : "review-stats: --all-commits reads the history of git sources (REPOSITORY@REF); no path named one");
        }
        for (ParseResult.Skipped s : result.skipped()) {
            err.println(TerminalText.safe(s.describe()));
        }
        if (!result.skipped().isEmpty()) {
            StringBuilder sb = new StringBuilder("skipped " + result.skipped().size() + " input(s):");
            Map<SkipReason, Integer> counts = ReviewLoader.countByReason(result.skipped());
            counts.forEach((reason, n) -> sb.append(' ').append(n).append(' ')
                    .append(reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(','));
            sb.setLength(sb.length() - 1);
            err.println(sb);
        }
        if (cache != null && cache.problem().isPresent()) {
            // Said once: the figures are right either way, only the next run will not be faster.
            err.println("review-stats: the parse cache is not usable: " + TerminalText.safe(cache.problem().get())
                    + "; every file was parsed and nothing was cached (--no-cache turns the cache off)");
        }
        if (unlinked.sum() * 20 > entries.sum()) {
            // More than 5% of the agents' findings linked to nothing: the drop counts of those agents are unknown.
            err.println(String.format(java.util.Locale.ROOT, "review-stats: %d of %d agent findings (%.0f%%) could not be linked"
                    + " to what became of them; those agents' dropped counts are unknown (RS605; `review-stats lint` lists them)",
                    unlinked.sum(), entries.sum(), 100.0 * unlinked.sum() / entries.sum()));
        }
        err.flush();
        return result;
    }

    /**
     * Loads the reviews the filter keeps and reduces each to a value, the others noted for want of a
     * value as {@link FilterOptions#apply} does. Without {@code --repo}, each review is reduced as soon
     * as it is read, so memory grows with the values, not the reports; placing reviews in a repository
     * needs their folder's other reviews, so with {@code --repo} they are kept whole for the run.
     */
    static <T> Reduced<T> filtered(List<Path> paths, PrintWriter err, LoadOptions options, FilterOptions filter,
            Function<? super Review, T> reducer) {
        if (!filter.repo.isEmpty()) {
            LoadResult all = load(paths, err, options);
            return new Reduced<>(filter.apply(all.reviews(), err).stream().<T>map(reducer::apply).toList(), all.skipped());
        }
        dev.reviewstats.analytics.ReviewFilter f = filter.toFilter();
        FilterOptions.Unplaced unplaced = new FilterOptions.Unplaced();
        Reduced<Optional<T>> kept = reduce(paths, err, options, r -> {
            if (f.test(r)) {
                return Optional.of(reducer.apply(r));
            }
            unplaced.note(f, r);
            return Optional.empty();
        });
        unplaced.report(err);
        return new Reduced<>(kept.values().stream().flatMap(Optional::stream).toList(), kept.skipped());
    }

    /**
     * Flushes the data written to {@code out} and gives the run's exit code: {@link ExitCode#OUTPUT_FAILED}
     * when the output could not be written whole (a {@code PrintWriter} swallows write errors, so this
     * asks it), otherwise {@link #exitCode(List)}.
     */
    static ExitCode finish(PrintWriter out, PrintWriter err, List<ParseResult.Skipped> skipped) {
        if (out.checkError()) {
            err.println("review-stats: could not write the output (disk full, or the reader closed the pipe); "
                    + "what was written is incomplete");
            err.flush();
            return ExitCode.OUTPUT_FAILED;
        }
        return exitCode(skipped);
    }

    /** {@link ExitCode#SKIPPED_INPUT} when some input was lost rather than correctly set aside. */
    static ExitCode exitCode(List<ParseResult.Skipped> skipped) {
        return SkipReason.anyProblem(skipped) ? ExitCode.SKIPPED_INPUT : ExitCode.OK;
    }
}
