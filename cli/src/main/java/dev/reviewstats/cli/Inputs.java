package dev.reviewstats.cli;

import dev.reviewstats.parse.LoadResult;
import dev.reviewstats.parse.ParseCache;
import dev.reviewstats.parse.ParseResult;
import dev.reviewstats.parse.ReviewLoader;
import dev.reviewstats.parse.SkipReason;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Loads the command's paths and reports skipped inputs on stderr, the same way for every command. */
final class Inputs {
    private Inputs() {
    }

    static LoadResult load(List<Path> paths, PrintWriter err, LoadOptions options) {
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        boolean terminal = System.console() != null;
        ReviewLoader loader = options.noCache ? ReviewLoader.create() : ReviewLoader.create().withCache(ParseCache.inUserCacheDir());
        if (options.jobs == 1) {
            loader = loader.sequential();
        }
        LoadResult result = loader.load(paths, r -> {
            int n = done.incrementAndGet();
            if (terminal && System.nanoTime() - start > 1_000_000_000L && n % 25 == 0) {
                synchronized (err) {
                    err.print("\rparsed " + n + " files…");
                    err.flush();
                }
            }
        });
        if (terminal && System.nanoTime() - start > 1_000_000_000L) {
            err.print("\r\033[K");
        }
        for (ParseResult.Skipped s : result.skipped()) {
            err.println(s.describe());
        }
        if (!result.skipped().isEmpty()) {
            StringBuilder sb = new StringBuilder("skipped " + result.skipped().size() + " input(s):");
            Map<SkipReason, Integer> counts = ReviewLoader.countByReason(result.skipped());
            counts.forEach((reason, n) -> sb.append(' ').append(n).append(' ')
                    .append(reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(','));
            sb.setLength(sb.length() - 1);
            err.println(sb);
        }
        err.flush();
        return result;
    }

    static ExitCode exitCode(LoadResult result) {
        return result.hasProblems() ? ExitCode.SKIPPED_INPUT : ExitCode.OK;
    }
}
