package dev.reviewstats.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Every command over 20,000 generated reviews in a 256 MB heap: exit code, output size, time, and
 * whether the JVM ran out of memory. A command passes when it exits 0 with output and no
 * {@code OutOfMemoryError}. The cache is filled by a first run, as a lead's second run would find it.
 *
 * <p>Run: {@code ./benchmark small-heap}, or {@code mvn -q -B install -DskipTests && mvn -q -B -pl samples
 * exec:java -Dexec.mainClass=dev.reviewstats.samples.SmallHeapHarness -Dexec.args="$PWD/review-stats target/small-heap"}.
 * About 5 minutes on 2 cores. Not part of CI.
 */
public final class SmallHeapHarness {
    private static final int REVIEWS = 20_000;
    private static final String HEAP = "-Xmx256m";

    private SmallHeapHarness() {
    }

    /**
     * Runs the harness.
     *
     * @param args the launcher, then the work folder
     * @throws Exception when the corpus cannot be written or a run cannot be started
     */
    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args.length > 0 ? args[0] : "review-stats").toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/small-heap").toAbsolutePath());
        Path dir = EndToEndBenchmark.corpus(work, REVIEWS);
        Path cache = work.resolve("cache");
        String reviews = dir.toString();
        List<List<String>> commands = List.of(
                List.of(reviews),
                List.of("parse", "--jsonl", reviews),
                List.of("parse", reviews),
                List.of("table", "agent-reviews", reviews),
                List.of("table", "agent-findings", "--format", "json", reviews),
                List.of("table", "agent-findings", "--format", "parquet", "-o", work.resolve("agent-findings.parquet").toString(), reviews),
                List.of("findings", reviews),
                List.of("value", reviews),
                List.of("lint", reviews),
                List.of("rounds", reviews),
                List.of("compare", reviews),
                List.of("report", "-o", work.resolve("report.html").toString(), reviews),
                List.of("charts", "-o", work.resolve("charts").toString(), reviews));
        System.out.printf(Locale.ROOT, "# Every command over %,d reviews with %s (%d cores, Java %s)%n%n", REVIEWS, HEAP,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        run(launcher, cache, work, List.of(reviews));
        System.out.println("| command | exit | output (bytes) | seconds | out of memory |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (List<String> c : commands) {
            Result r = run(launcher, cache, work, c);
            System.out.printf(Locale.ROOT, "| `%s` | %d | %,d | %.1f | %s |%n", String.join(" ", c).replace(reviews, "DIR")
                    .replace(work.toString(), "WORK"), r.exit, r.outBytes, r.seconds, r.oom ? "**yes**" : "no");
        }
    }

    private record Result(int exit, long outBytes, double seconds, boolean oom) {
    }

    private static Result run(Path launcher, Path cache, Path work, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(args);
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("JAVA_OPTS", HEAP + " -Dreviewstats.cacheDir=" + cache);
        long t = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        String errText = Files.readString(err, StandardCharsets.UTF_8);
        return new Result(p.exitValue(), Files.size(out), seconds, errText.contains("OutOfMemoryError") || errText.contains("out of memory"));
    }
}
