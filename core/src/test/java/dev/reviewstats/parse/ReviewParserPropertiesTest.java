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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Parse never throws and keeps its diagnostics inside the input, whatever is done to a real report. */
class ReviewParserPropertiesTest {
    private static final ReviewParser PARSER = ReviewParser.create();
    private static List<Path> corpus;

    private static List<Path> corpus() {
        if (corpus == null) {
            corpus = SharedCorpus.files(".md");
        }
        return corpus;
    }

    @Provide
    Arbitrary<Integer> fileIndex() {
        return Arbitraries.integers().between(0, 1_000_000);
    }

    @Property(tries = 300)
    void mutatedReportsNeverThrowAndDiagnosticsStayInside(@ForAll("fileIndex") int file, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 5) int kind) throws IOException {
        List<Path> files = corpus();
        Path f = files.get(file % files.size());
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        Random random = new Random(seed);
        switch (kind) {
            case 0 -> lines.subList(random.nextInt(lines.size()), lines.size()).clear();
            case 1 -> {
                for (int i = 0; i < 1 + random.nextInt(20) && !lines.isEmpty(); i++) {
                    lines.remove(random.nextInt(lines.size()));
                }
            }
            case 2 -> {
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    int at = random.nextInt(lines.size());
                    lines.add(at, lines.get(random.nextInt(lines.size())));
                }
            }
            case 3 -> Collections.shuffle(lines, random);
            case 4 -> {
                for (int i = 0; i < 10; i++) {
                    int at = random.nextInt(lines.size());
                    lines.set(at, (random.nextBoolean() ? "| " : "## ") + lines.get(at) + "\u0000\u0007|");
                }
            }
            default -> lines.add(random.nextInt(lines.size()), "|".repeat(random.nextInt(5000)));
        }
        String text = String.join("\n", lines);
        ParseResult r = PARSER.parse(f.getFileName().toString(), text);
        int lineCount = (int) text.lines().count();
        if (r instanceof ParseResult.Parsed p) {
            for (Diagnostic d : p.review().diagnostics()) {
                assertThat(d.line()).isBetween(0, Math.max(lineCount, 1));
            }
        } else {
            assertThat(((ParseResult.Skipped) r).detail()).isNotBlank();
        }
    }
}
