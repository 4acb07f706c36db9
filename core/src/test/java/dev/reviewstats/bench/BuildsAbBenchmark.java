package dev.reviewstats.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Two builds of the tool parsing the same reports in one JVM, in alternating rounds: the time of the
 * second build as a share of the first's, median and quartiles of the rounds. Each build is loaded
 * from its own jar ({@code cli/target/review-stats.jar}) in its own class loader, so a machine whose
 * speed drifts during the run moves both alike; this measures one change far more steadily than two
 * separate runs of {@link ParseBenchmark} can.
 *
 * <p>Run, from the repository root with {@code ../shared} beside it, after {@code mvn test-compile}:
 * {@code java -cp core/target/test-classes dev.reviewstats.bench.BuildsAbBenchmark OLD.jar NEW.jar .html 30}
 * (the form's file ending and the number of rounds are optional: {@code .html}, 30).
 */
public final class BuildsAbBenchmark {
    private static final int WARMUP = 5;

    private BuildsAbBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String ending = args.length > 2 ? args[2] : ".html";
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        List<byte[]> inputs = new ArrayList<>();
        for (String history : List.of("rancher-desktop-daemon", "rancher-desktop")) {
            inputs.addAll(read(Path.of("../shared/corpus", history), ending));
        }
        Parser before = new Parser(Path.of(args[0]));
        Parser after = new Parser(Path.of(args[1]));
        for (int i = 0; i < WARMUP; i++) {
            before.parseAll(inputs, ending);
            after.parseAll(inputs, ending);
        }
        double[] share = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            before.parseAll(inputs, ending);
            long t1 = System.nanoTime();
            after.parseAll(inputs, ending);
            share[r] = (double) (System.nanoTime() - t1) / (t1 - t0);
        }
        Arrays.sort(share);
        System.out.printf(Locale.ROOT, "%d %s files, %d rounds: the second build takes %.3f of the first's time (quartiles %.3f–%.3f)%n",
                inputs.size(), ending, rounds, share[rounds / 2], share[rounds / 4], share[3 * rounds / 4]);
    }

    /** One build's {@code ReviewParser}, called by reflection through the build's own class loader. */
    private static final class Parser {
        private final Object parser;
        private final Method parse;

        Parser(Path jar) throws ReflectiveOperationException, IOException {
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass("dev.reviewstats.parse.ReviewParser");
            this.parser = type.getMethod("create").invoke(null);
            this.parse = type.getMethod("parse", String.class, byte[].class);
        }

        void parseAll(List<byte[]> inputs, String ending) throws IllegalAccessException, InvocationTargetException {
            for (byte[] b : inputs) {
                parse.invoke(parser, "bench" + ending, b);
            }
        }
    }

    private static List<byte[]> read(Path folder, String ending) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(ending) && !f.getFileName().toString().equals("index.html")).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
        }
        return out;
    }
}
