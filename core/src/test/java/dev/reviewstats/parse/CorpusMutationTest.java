package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Real reports in every form, truncated, with lines deleted, duplicated, shuffled or garbled: parse
 * never throws, and every diagnostic points inside the input.
 */
class CorpusMutationTest {
    @Test
    void mutatedCorpusReportsNeverThrowAndDiagnosticsStayInside() throws IOException {
        ReviewParser parser = ReviewParser.create();
        Random random = new Random(20261123L);
        List<Path> files = new ArrayList<>(SharedCorpus.files(".md"));
        files.addAll(SharedCorpus.files(".html"));
        try (var flat = Files.list(SharedCorpus.root().resolve("flattened"))) {
            files.addAll(flat.sorted().toList());
        }
        for (Path f : files) {
            List<String> original = Files.readAllLines(f);
            for (int kind = 0; kind < 6; kind++) {
                List<String> lines = mutate(new ArrayList<>(original), kind, random);
                String text = String.join("\n", lines);
                ParseResult r = parser.parse(f.getFileName().toString(), text);
                int lineCount = (int) text.lines().count();
                if (r instanceof ParseResult.Parsed p) {
                    for (Diagnostic d : p.review().diagnostics()) {
                        assertThat(d.line()).as(f + " mutation " + kind).isBetween(0, Math.max(lineCount, 1));
                    }
                }
            }
        }
    }

    private static List<String> mutate(List<String> lines, int kind, Random random) {
        switch (kind) {
            case 0 -> lines.subList(random.nextInt(lines.size()), lines.size()).clear();
            case 1 -> {
                for (int i = 0; i < 20 && !lines.isEmpty(); i++) {
                    lines.remove(random.nextInt(lines.size()));
                }
            }
            case 2 -> {
                for (int i = 0; i < 20; i++) {
                    lines.add(random.nextInt(lines.size()), lines.get(random.nextInt(lines.size())));
                }
            }
            case 3 -> Collections.shuffle(lines, random);
            case 4 -> {
                for (int i = 0; i < 10; i++) {
                    int at = random.nextInt(lines.size());
                    lines.set(at, (random.nextBoolean() ? "| " : "## ") + lines.get(at) + "\u0000\u0007|");
                }
            }
            default -> lines.add(random.nextInt(lines.size()), "|".repeat(1 + random.nextInt(5000)));
        }
        return lines;
    }
}
