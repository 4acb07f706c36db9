package dev.reviewstats.samples;

import dev.reviewstats.model.Review;
import dev.reviewstats.samples.render.MarkdownRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end figures of the command line on generated corpora: the leaderboard over 1,000 and
 * 10,000 reviews on one core and on all cores (wall time and peak resident memory, with
 * {@code -Xmx512m}), a second run over an unchanged folder with the parse cache, and start-up
 * against a trivial Java program launched the same way. Every figure is the median of several runs
 * in the same session; ratios are what matter. One-core and all-cores runs alternate, and the
 * speed-up is the median of each pair's ratio, with its range: on a shared virtual machine the
 * speed of the whole machine drifts by more than the effect being measured.
 *
 * <p>"One core" pins the whole JVM to one CPU with {@code taskset} where it exists: with
 * {@code --jobs 1} alone the JIT compiler and the garbage collector still run on the other core.
 * That figure is reported too.
 *
 * <p>The command line is started the way users start it, through the {@code review-stats} launcher
 * (which maps the class-data sharing archive the build makes), with JVM options in {@code JAVA_OPTS}.
 *
 * <p>Run: {@code ./benchmark}, or {@code mvn -q -B install -DskipTests && mvn -q -B -pl samples exec:java
 * -Dexec.mainClass=dev.reviewstats.samples.EndToEndBenchmark} (arguments: the launcher, a work folder).
 */
public final class EndToEndBenchmark {
    private static final int RUNS = 3;
    /** Pairs of one-core and all-cores runs: their ratio moves most from run to run on a shared machine. */
    private static final int PAIRS = 5;
    /** Turns the optimising compiler back on, which the launcher leaves off. */
    private static final String C2 = "-XX:TieredStopAtLevel=4";

    private EndToEndBenchmark() {
    }

    record Run(double seconds, long peakKb) {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the launcher, then the work folder
     * @throws Exception when a run of the launcher fails
     */
    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args.length > 0 ? args[0] : "review-stats").toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/e2e-bench").toAbsolutePath());
        System.out.printf(Locale.ROOT, "# End to end (%d cores, Java %s, -Xmx512m)%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        boolean taskset = onPath("taskset");
        System.out.println("| reviews | one core (s) | `--jobs 1` (s) | all cores (s) | speed-up over one core (median of pairs; range) | per review, all cores (ms) |"
                + " peak RSS, all cores (MB) | first run with cache (s) | second run (s) | speed-up over first | over `--no-cache` |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        double perReview1k = 0;
        List<Path> caches = new ArrayList<>();
        List<String> jitRows = new ArrayList<>();
        for (int n : new int[] {1000, 10000}) {
            Path dir = corpus(work, n);
            // A cache folder never used before, deleted only after the last run: on ext4, creating files
            // just after deleting many is several times slower, which would inflate the first run.
            Path cache = work.resolve("cache-" + n + "-" + System.currentTimeMillis());
            caches.add(cache);
            // One core and all cores alternate, and the speed-up is the median of each pair's own ratio,
            // so that the machine changing speed during the benchmark moves both sides of a pair alike.
            List<Run> ones = new ArrayList<>();
            List<Run> alls = new ArrayList<>();
            List<Double> speedUps = new ArrayList<>();
            for (int i = 0; i < PAIRS; i++) {
                List<String> oneCoreCommand = cli(launcher, cache, "--no-cache", "--jobs", "1", dir.toString());
                Run o = timed(taskset ? pinned(oneCoreCommand) : oneCoreCommand);
                Run a = timed(cli(launcher, cache, "--no-cache", dir.toString()));
                ones.add(o);
                alls.add(a);
                speedUps.add(o.seconds() / a.seconds());
            }
            Run oneCore = taskset ? median(ones) : null;
            Run one = median(() -> timed(cli(launcher, cache, "--no-cache", "--jobs", "1", dir.toString())));
            Run all = median(alls);
            double[] sortedSpeedUps = speedUps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            Run cold = timed(cli(launcher, cache, dir.toString()));
            Run warm = median(() -> timed(cli(launcher, cache, dir.toString())));
            double perReview = 1000 * all.seconds() / n;
            if (n == 1000) {
                perReview1k = perReview;
            }
            System.out.printf(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2f× (%.2f–%.2f) | %.2f | %d | %.2f | %.2f | %.1f× | %.1f× |%n", n,
                    oneCore == null ? "no taskset" : String.format(Locale.ROOT, "%.2f", oneCore.seconds()), one.seconds(),
                    all.seconds(), sortedSpeedUps[sortedSpeedUps.length / 2], sortedSpeedUps[0], sortedSpeedUps[sortedSpeedUps.length - 1],
                    perReview, all.peakKb() / 1024, cold.seconds(), warm.seconds(),
                    cold.seconds() / warm.seconds(), all.seconds() / warm.seconds());
            jitRows.add(jitRow(n, "C1 only (the launcher's default)", all, cold, warm));
            // The same runs with the JVM's default JIT, which adds the optimising compiler C2.
            Path c2Cache = work.resolve("cache-c2-" + n + "-" + System.currentTimeMillis());
            caches.add(c2Cache);
            Run c2All = median(() -> timed(cliWith(C2, launcher, c2Cache, "--no-cache", dir.toString())));
            Run c2Cold = timed(cliWith(C2, launcher, c2Cache, dir.toString()));
            Run c2Warm = median(() -> timed(cliWith(C2, launcher, c2Cache, dir.toString())));
            jitRows.add(jitRow(n, "C1 and C2 (`JAVA_OPTS=" + C2 + "`)", c2All, c2Cold, c2Warm));
            if (n == 10000) {
                System.out.printf(Locale.ROOT, "%nTime per review at 10,000 ÷ at 1,000: %.2f (10,000 reviews take %.1f× as long as 1,000).%n",
                        perReview / perReview1k, 10 * perReview / perReview1k);
            }
        }
        System.out.printf(Locale.ROOT, "%n# JIT compilers (all cores)%n%n| reviews | JIT | `--no-cache` (s) | first run with cache (s)"
                + " | second run (s) | speed-up over first |%n| --- | --- | --- | --- | --- | --- |%n");
        jitRows.forEach(System.out::println);
        Path hello = work.resolve("hello");
        Files.createDirectories(hello);
        Files.writeString(hello.resolve("Hello.java"), "public class Hello { public static void main(String[] a) { System.out.println(\"hi\"); } }");
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(), "-d", hello.toString(),
                hello.resolve("Hello.java").toString()));
        Run helloRun = median(() -> timed(List.of("java", "-cp", hello.toString(), "Hello")));
        Run version = median(() -> timed(List.of(launcher.toString(), "--version")));
        Run help = median(() -> timed(List.of(launcher.toString(), "--help")));
        Path samples = launcher.getParent().resolve("samples/reviews");
        Run sampleBoard = median(() -> timed(cli(launcher, work.resolve("cache-samples"), "--no-cache", samples.toString())));
        System.out.printf(Locale.ROOT, "%n# Start-up%n%n| run | seconds | ratio |%n| --- | --- | --- |%n"
                + "| trivial Java program (hello world) | %.3f | 1.00 |%n| `review-stats --version` | %.3f | %.2f× hello world |%n"
                + "| `review-stats --help` (every command's options read by picocli) | %.3f | %.2f× hello world |%n"
                + "| `review-stats samples/reviews` (leaderboard, no cache) | %.3f | start-up (`--version`) is %.0f%% of it |%n",
                helloRun.seconds(), version.seconds(), version.seconds() / helloRun.seconds(), help.seconds(),
                help.seconds() / helloRun.seconds(), sampleBoard.seconds(), 100 * version.seconds() / sampleBoard.seconds());
        for (Path c : caches) {
            deleteTree(c);
        }
    }

    static Path corpus(Path work, int n) throws IOException {
        Path dir = work.resolve("reviews-" + n);
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                if (s.count() == n) {
                    return dir;
                }
            }
        }
        deleteTree(dir);
        Files.createDirectories(dir);
        MarkdownRenderer md = new MarkdownRenderer();
        List<Review> reviews = ReviewGenerator.history(SampleHistory.SEED + n, n);
        int i = 0;
        for (Review r : reviews) {
            // Generated ids can repeat across this many reviews; the file name keeps every one apart.
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "%05d-%s.md", i++, r.id())), md.render(r), StandardCharsets.UTF_8);
        }
        return dir;
    }

    interface Measured {
        Run get() throws Exception;
    }

    static Run median(Measured m) throws Exception {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(m.get());
        }
        return median(runs);
    }

    static Run median(List<Run> runs) {
        double[] s = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
        long[] kb = runs.stream().mapToLong(Run::peakKb).sorted().toArray();
        return new Run(s[s.length / 2], kb[kb.length / 2]);
    }

    private static String jitRow(int n, String jit, Run all, Run cold, Run warm) {
        return String.format(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2f | %.1f× |", n, jit, all.seconds(), cold.seconds(),
                warm.seconds(), cold.seconds() / warm.seconds());
    }

    static List<String> cli(Path launcher, Path cache, String... args) {
        return cliWith("", launcher, cache, args);
    }

    /** The command line with {@code jvmOptions} added to the benchmark's own. */
    private static List<String> cliWith(String jvmOptions, Path launcher, Path cache, String... args) {
        List<String> cmd = new ArrayList<>(List.of("env", "JAVA_OPTS=-Xmx512m -Dreviewstats.printPeakMemory=true -Dreviewstats.cacheDir="
                + cache + (jvmOptions.isEmpty() ? "" : " " + jvmOptions), launcher.toString()));
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** The command on CPU 0 only: the JVM then sizes its compiler and collector threads for one core too. */
    private static List<String> pinned(List<String> cmd) {
        List<String> out = new ArrayList<>(List.of("taskset", "-c", "0"));
        out.addAll(cmd);
        return out;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    static Run timed(List<String> cmd) throws Exception {
        long start = System.nanoTime();
        String err = run(cmd);
        double seconds = (System.nanoTime() - start) / 1e9;
        long kb = err.lines().filter(l -> l.startsWith("peak-rss-kb ")).mapToLong(l -> Long.parseLong(l.substring(12).trim()))
                .findFirst().orElse(0);
        return new Run(seconds, kb);
    }

    static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() > 1) {
            throw new IllegalStateException("failed: " + cmd + "\n" + err);
        }
        return err;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
