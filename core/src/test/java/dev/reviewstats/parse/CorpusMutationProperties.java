package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.testing.RequiresSharedCorpus;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * For every corpus file in every form, deleting, duplicating or shuffling random lines (or truncating, or
 * garbling with control characters, stray pipes and hashes) never makes a parser throw, and every
 * diagnostic points inside the input.
 */
@AddLifecycleHook(RequiresSharedCorpus.class)
class CorpusMutationProperties {
    private static final ReviewParser PARSER = ReviewParser.create();
    private static List<Path> files;

    private static synchronized List<Path> files() {
        if (files == null) {
            List<Path> all = new ArrayList<>(SharedCorpus.files(".md"));
            all.addAll(SharedCorpus.files(".html"));
            try (Stream<Path> flat = Files.list(SharedCorpus.root().resolve("flattened"))) {
                all.addAll(flat.sorted().toList());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            files = List.copyOf(all);
        }
        return files;
    }

    @Provide
    Arbitrary<Integer> everyFile() {
        return Arbitraries.integers().between(0, files().size() - 1);
    }

    /** Every corpus file under every mutation, exhaustively; the mutation's randomness is seeded per case. */
    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5000)
    void mutatedReportsNeverThrow(@ForAll("everyFile") int index, @ForAll @IntRange(min = 0, max = 5) int mutation)
            throws IOException {
        Path f = files().get(index);
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        Random random = new Random(31L * index + mutation);
        switch (mutation) {
            case 0 -> lines.subList(random.nextInt(lines.size()), lines.size()).clear();
            case 1 -> {
                for (int i = 0; i < 1 + random.nextInt(30) && !lines.isEmpty(); i++) {
                    lines.remove(random.nextInt(lines.size()));
                }
            }
            case 2 -> {
                for (int i = 0; i < 1 + random.nextInt(30); i++) {
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
            default -> lines.add(random.nextInt(lines.size()), "|#".repeat(1 + random.nextInt(5000)));
        }
        String text = String.join("\n", lines);
        ParseResult r = PARSER.parse(f.getFileName().toString(), text);
        int lineCount = (int) text.lines().count();
        if (r instanceof ParseResult.Parsed p) {
            for (Diagnostic d : p.review().diagnostics()) {
                assertThat(d.line()).as(f + " mutation " + mutation).isBetween(0, Math.max(lineCount, 1));
            }
        } else {
            assertThat(((ParseResult.Skipped) r).detail()).isNotBlank();
        }
    }
}
