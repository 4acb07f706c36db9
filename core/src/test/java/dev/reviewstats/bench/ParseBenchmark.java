package dev.reviewstats.bench;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reviewstats.parse.ParseResult;
import dev.reviewstats.parse.ReviewParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Parse throughput per form on the real corpus, beside the bare library doing only its own part on
 * the same bytes in the same run, and how parse time grows with input size.
 *
 * <p>Run: {@code mvn -q -B -pl core test-compile exec:java -Pbench} (from the repository root, with
 * {@code ../shared} beside it). Each measurement is the median of several timed rounds after warm-up
 * rounds; figures that matter are ratios measured in the same run, not absolute times.
 */
public final class ParseBenchmark {
    private static final int WARMUP = 5;
    private static final int ROUNDS = 9;
    private static final int PAIRED_ROUNDS = 15;

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        List<byte[]> md = read(corpus.resolve("rancher-desktop-daemon"), ".md");
        List<byte[]> html = read(corpus.resolve("rancher-desktop-daemon"), ".html");
        // The second history: a later template, up to five reviewers, appendices with every agent's findings.
        List<byte[]> md2 = read(corpus.resolve("rancher-desktop"), ".md");
        List<byte[]> html2 = read(corpus.resolve("rancher-desktop"), ".html");
        List<byte[]> flat = read(corpus.resolve("flattened"), ".txt");
        ReviewParser ours = ReviewParser.create();
        MutableDataSet options = new MutableDataSet();
        options.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        com.vladsch.flexmark.parser.Parser flexmark = com.vladsch.flexmark.parser.Parser.builder(options).build();

        System.out.println("# Parse throughput (" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ")");
        System.out.println();
        System.out.println("| form | files | MB | ours MB/s | ours reviews/s | bare library | bare MB/s | ours ÷ bare (time; median, quartiles) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        row("Markdown (rancher-desktop-daemon)", md, b -> ours.parse("bench.md", b), "flexmark Parser.parse",
                b -> flexmark.parse(new String(b, StandardCharsets.UTF_8)));
        row("Markdown (rancher-desktop)", md2, b -> ours.parse("bench.md", b), "flexmark Parser.parse",
                b -> flexmark.parse(new String(b, StandardCharsets.UTF_8)));
        row("HTML (rancher-desktop-daemon)", html, b -> ours.parse("bench.html", b), "Jsoup.parse",
                b -> Jsoup.parse(new String(b, StandardCharsets.UTF_8)));
        row("HTML (rancher-desktop)", html2, b -> ours.parse("bench.html", b), "Jsoup.parse",
                b -> Jsoup.parse(new String(b, StandardCharsets.UTF_8)));
        row("Flattened text", flat, b -> ours.parse("bench.txt", b), "decode + split lines",
                b -> new String(b, StandardCharsets.UTF_8).split("\n"));

        System.out.println();
        System.out.println("# Scaling: one report repeated k times (time per MB relative to k = 1)");
        System.out.println();
        System.out.println("| form | k = 1 | k = 4 | k = 16 | k = 64 |");
        System.out.println("| --- | --- | --- | --- | --- |");
        scaling("Markdown", largest(md), ours, "bench.md");
        scaling("HTML", largest(html), ours, "bench.html");
        scaling("Flattened text", largest(flat), ours, "bench.txt");
    }

    private static List<byte[]> read(Path dir, String ext) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(ext)).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static byte[] largest(List<byte[]> files) {
        return files.stream().max((a, b) -> Integer.compare(a.length, b.length)).orElseThrow();
    }

    private static double medianSeconds(List<byte[]> inputs, Consumer<byte[]> work) {
        for (int i = 0; i < WARMUP; i++) {
            inputs.forEach(work);
        }
        double[] t = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            inputs.forEach(work);
            t[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(t);
        return t[ROUNDS / 2];
    }

    /**
     * Ours and the bare library in alternating rounds, so that a machine that speeds up or slows down
     * during the run moves both alike; the ratio is the median of the rounds' own ratios.
     */
    private static void row(String form, List<byte[]> inputs, Consumer<byte[]> ours, String bareName, Consumer<byte[]> bare) {
        double mb = inputs.stream().mapToLong(b -> b.length).sum() / 1e6;
        long reviews = inputs.stream().map(b -> ReviewParser.create().parse("x", b))
                .filter(r -> r instanceof ParseResult.Parsed).count();
        for (int i = 0; i < WARMUP; i++) {
            inputs.forEach(ours);
            inputs.forEach(bare);
        }
        double[] tOurs = new double[PAIRED_ROUNDS];
        double[] tBare = new double[PAIRED_ROUNDS];
        double[] ratio = new double[PAIRED_ROUNDS];
        for (int i = 0; i < PAIRED_ROUNDS; i++) {
            tOurs[i] = seconds(inputs, ours);
            tBare[i] = seconds(inputs, bare);
            ratio[i] = tOurs[i] / tBare[i];
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.1f | %.0f | %s | %.1f | %.2f (%.2f–%.2f) |%n", form, inputs.size(), mb,
                mb / median(tOurs), reviews / median(tOurs), bareName, mb / median(tBare), median(ratio), quantile(ratio, 0.25),
                quantile(ratio, 0.75));
    }

    private static double seconds(List<byte[]> inputs, Consumer<byte[]> work) {
        long start = System.nanoTime();
        inputs.forEach(work);
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        return quantile(values, 0.5);
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }

    private static void scaling(String form, byte[] one, ReviewParser ours, String name) {
        String text = new String(one, StandardCharsets.UTF_8);
        double base = 0;
        StringBuilder line = new StringBuilder("| " + form + " |");
        for (int k : new int[] {1, 4, 16, 64}) {
            byte[] input = text.repeat(k).getBytes(StandardCharsets.UTF_8);
            double perMb = medianSeconds(List.of(input), b -> ours.parse(name, b)) / (input.length / 1e6);
            if (k == 1) {
                base = perMb;
            }
            line.append(String.format(Locale.ROOT, " %.2f |", perMb / base));
        }
        System.out.println(line);
    }
}
