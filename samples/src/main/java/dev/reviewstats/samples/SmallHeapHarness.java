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
 * Every command over 20,000 generated reviews in a 256 MB heap: exit code, output size, time, whether
 * the JVM ran out of memory, and whether the output is the one the same command writes with a 2 GB
 * heap (standard output and every file it writes, byte for byte; the retro page's "Made …" time
 * aside). A command passes when it exits 0, runs out of nothing, and its output is complete in that
 * sense. The cache is filled by a first run, as a lead's second run would find it.
 *
 * <p>Run: {@code ./benchmark small-heap}, or {@code mvn -q -B install -DskipTests && mvn -q -B -pl samples
 * exec:java -Dexec.mainClass=dev.reviewstats.samples.SmallHeapHarness -Dexec.args="$PWD/review-stats target/small-heap"}.
 * About 10 minutes on 2 cores. Not part of CI.
 */
public final class SmallHeapHarness {
    private static final int REVIEWS = 20_000;
    private static final String HEAP = "-Xmx256m";
    /** The heap of the reference run each small-heap output is compared with. */
    private static final String REFERENCE_HEAP = "-Xmx2g";
    /** The one part of the retro page that may differ between two runs: the minute it was made. */
    private static final java.util.regex.Pattern MADE = java.util.regex.Pattern.compile(" Made \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");

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
        run(launcher, cache, work, List.of(reviews), HEAP);
        System.out.println("| command | exit | output (bytes) | seconds | out of memory | same output as with " + REFERENCE_HEAP + " |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (List<String> c : commands) {
            Result r = run(launcher, cache, work, c, HEAP);
            List<Path> written = outputs(work, c);
            Path small = work.resolve("small");
            deleteTree(small);
            Files.createDirectories(small);
            Files.move(work.resolve("out.txt"), small.resolve("out.txt"));
            for (Path p : written) {
                if (Files.exists(p)) {
                    Files.move(p, small.resolve(p.getFileName()));
                }
            }
            Result reference = run(launcher, cache, work, c, REFERENCE_HEAP);
            boolean same = reference.exit == r.exit && same(small.resolve("out.txt"), work.resolve("out.txt"));
            for (Path p : written) {
                same &= same(small.resolve(p.getFileName()), p);
            }
            System.out.printf(Locale.ROOT, "| `%s` | %d | %,d | %.1f | %s | %s |%n", String.join(" ", c).replace(reviews, "DIR")
                    .replace(work.toString(), "WORK"), r.exit, r.outBytes, r.seconds, r.oom ? "**yes**" : "no", same ? "yes" : "**no**");
        }
    }

    /** The files and folders a command writes with {@code -o}. */
    private static List<Path> outputs(Path work, List<String> args) {
        int o = args.indexOf("-o");
        return o < 0 ? List.of() : List.of(Path.of(args.get(o + 1)));
    }

    /** Whether two outputs (files, or folders of files) are the same, the retro page's time aside. */
    private static boolean same(Path a, Path b) throws IOException {
        if (Files.isDirectory(a) || Files.isDirectory(b)) {
            if (!Files.isDirectory(a) || !Files.isDirectory(b)) {
                return false;
            }
            List<String> names;
            List<String> other;
            try (var x = Files.list(a); var y = Files.list(b)) {
                names = x.map(p -> p.getFileName().toString()).sorted().toList();
                other = y.map(p -> p.getFileName().toString()).sorted().toList();
            }
            if (!names.equals(other)) {
                return false;
            }
            for (String n : names) {
                if (!same(a.resolve(n), b.resolve(n))) {
                    return false;
                }
            }
            return true;
        }
        if (!Files.exists(a) || !Files.exists(b)) {
            return false;
        }
        if (a.toString().endsWith(".html")) {
            return MADE.matcher(Files.readString(a, StandardCharsets.UTF_8)).replaceAll("")
                    .equals(MADE.matcher(Files.readString(b, StandardCharsets.UTF_8)).replaceAll(""));
        }
        return Files.mismatch(a, b) < 0;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var all = Files.walk(p)) {
            for (Path q : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }

    private record Result(int exit, long outBytes, double seconds, boolean oom) {
    }

    private static Result run(Path launcher, Path cache, Path work, List<String> args, String heap) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(args);
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("JAVA_OPTS", heap + " -Dreviewstats.cacheDir=" + cache);
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
