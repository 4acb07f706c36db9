package dev.reviewstats.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Git sources and Parquet against their baselines, measured in one run: the leaderboard over 10,000
 * generated reviews read from a folder and from a branch of a bare repository holding the same
 * files (without the cache, a first run with it, a second run), and {@code table agent-findings}
 * written as Parquet against JSON Lines over the same reviews (parse cached, so the write is what
 * differs). Each figure is the median of {@value #RUNS} runs through the {@code review-stats}
 * launcher; the ratios are what to read, the machine's speed drifts.
 *
 * <p>Run: {@code ./benchmark git-parquet} (arguments: the launcher, a work folder).
 */
public final class GitAndParquetBenchmark {
    private static final int RUNS = 3;
    private static final int REVIEWS = 10_000;
    private static final PersonIdent BOT = new PersonIdent("review bot", "bot@example.org");

    private GitAndParquetBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the launcher, then the work folder
     * @throws Exception when a run of the launcher fails
     */
    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args.length > 0 ? args[0] : "review-stats").toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/git-parquet-bench").toAbsolutePath());
        Path folder = EndToEndBenchmark.corpus(work, REVIEWS);
        Path bare = repository(work, folder);
        String ref = bare + "@reviews";
        System.out.printf(Locale.ROOT, "# Git sources and Parquet (%d reviews, %d cores, Java %s, -Xmx512m)%n%n", REVIEWS,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("| leaderboard read from | `--no-cache` (s) | first run with cache (s) | second run (s) |");
        System.out.println("| --- | --- | --- | --- |");
        double[] f = leaderboard(launcher, work, "folder", folder.toString());
        double[] g = leaderboard(launcher, work, "git", ref);
        System.out.printf(Locale.ROOT, "| a folder | %.2f | %.2f | %.2f |%n| a git ref (bare repository, same files) | %.2f | %.2f | %.2f |%n"
                + "| **git ÷ folder** | **%.2f×** | **%.2f×** | **%.2f×** |%n", f[0], f[1], f[2], g[0], g[1], g[2],
                g[0] / f[0], g[1] / f[1], g[2] / f[2]);

        Path cache = work.resolve("cache-table-" + System.currentTimeMillis());
        run(cli(launcher, cache, "table", "agent-findings", folder.toString(), "--format", "jsonl", "-o", work.resolve("warm.jsonl").toString()));
        double jsonl = median(() -> timed(cli(launcher, cache, "table", "agent-findings", folder.toString(), "--format", "jsonl", "-o",
                work.resolve("t.jsonl").toString())));
        double parquet = median(() -> timed(cli(launcher, cache, "table", "agent-findings", folder.toString(), "--format", "parquet",
                "-o", work.resolve("t.parquet").toString())));
        System.out.printf(Locale.ROOT, "%n| `table agent-findings`, parse cached | seconds | file (MB) |%n| --- | --- | --- |%n"
                + "| `--format jsonl -o FILE` | %.2f | %.1f |%n| `--format parquet -o FILE` | %.2f | %.1f |%n"
                + "| **Parquet ÷ JSON Lines** | **%.2f×** | **%.2f×** |%n", jsonl, Files.size(work.resolve("t.jsonl")) / 1e6, parquet,
                Files.size(work.resolve("t.parquet")) / 1e6, parquet / jsonl,
                (double) Files.size(work.resolve("t.parquet")) / Files.size(work.resolve("t.jsonl")));
        deleteTree(cache);
    }

    /** The leaderboard without the cache, then a first and a second run with a new one: medians, seconds. */
    private static double[] leaderboard(Path launcher, Path work, String name, String path) throws Exception {
        Path noCache = work.resolve("cache-none");
        double cold = median(() -> timed(cli(launcher, noCache, "--no-cache", path)));
        List<Double> firsts = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Path cache = work.resolve("cache-" + name + "-" + i + "-" + System.currentTimeMillis());
            firsts.add(timed(cli(launcher, cache, path)).seconds());
            seconds.add(timed(cli(launcher, cache, path)).seconds());
            deleteTree(cache);
        }
        return new double[] {cold, middle(firsts), middle(seconds)};
    }

    /** A bare repository whose {@code reviews} branch holds the folder's files, in one commit. */
    private static Path repository(Path work, Path folder) throws Exception {
        Path bare = work.resolve("reviews-" + REVIEWS + ".git");
        if (Files.isDirectory(bare)) {
            return bare;
        }
        Path tree = work.resolve("git-work");
        deleteTree(tree);
        try (Git git = Git.init().setDirectory(tree.toFile()).setInitialBranch("reviews").call()) {
            try (var s = Files.list(folder)) {
                for (Path p : s.toList()) {
                    Files.copy(p, tree.resolve(p.getFileName().toString()));
                }
            }
            git.add().addFilepattern(".").call();
            git.commit().setMessage("publish reviews").setAuthor(BOT).setCommitter(BOT).setSign(false).call();
        }
        Git.cloneRepository().setURI(tree.toUri().toString()).setBare(true).setDirectory(bare.toFile()).call().close();
        deleteTree(tree);
        return bare;
    }

    private static double median(EndToEndBenchmark.Measured m) throws Exception {
        return EndToEndBenchmark.median(m).seconds();
    }

    private static double middle(List<Double> runs) {
        return EndToEndBenchmark.median(runs.stream().map(d -> new EndToEndBenchmark.Run(d, 0)).toList()).seconds();
    }

    private static List<String> cli(Path launcher, Path cache, String... args) {
        return EndToEndBenchmark.cli(launcher, cache, args);
    }

    private static EndToEndBenchmark.Run timed(List<String> cmd) throws Exception {
        return EndToEndBenchmark.timed(cmd);
    }

    private static void run(List<String> cmd) throws Exception {
        EndToEndBenchmark.run(cmd);
    }

    private static void deleteTree(Path p) throws IOException {
        EndToEndBenchmark.deleteTree(p);
    }
}
