package dev.reviewstats.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Review;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs crafted to make a parser work super-linearly, in the style of commonmark-java's
 * pathological tests. Each shape is put into a host report of our own (its slots left empty, the
 * host parses with no diagnostic at all) and must still come back as that review, quickly, with a
 * diagnostic where a limit cut. The timing check (time per byte at 10⁶ no worse than 3× that at
 * 10³, best of five after warm-up) runs in the normal suite: measured figures are below 0.2×, far
 * from the bound, so a noisy machine does not fail it.
 */
class PathologicalInputTest {
    private static final ReviewParser PARSER = ReviewParser.create();
    private static final Duration GENEROUS = Duration.ofSeconds(10);
    private static final int SIZE = 100_000;

    /** The reproductions the hostile-input report gave, by name. */
    enum Shape {
        GLUED_DIGIT_RUN("host.txt", "GLUED", n -> "1".repeat(n) + "x", n -> DiagnosticCode.FLATTENED_SPLIT_FAILED),
        NESTED_LIST_MARKERS("host.md", "LIST", n -> "- ".repeat(n / 2) + "x", n -> DiagnosticCode.INPUT_LIMIT),
        TABLE_ROWS("host.md", "TABLE_ROWS", n -> "|x|1|\n".repeat(n / 6), n -> DiagnosticCode.INPUT_LIMIT),
        SPACES_IN_FINDING_HEAD("host.md", "FINDING_TITLE", n -> " ".repeat(n) + "x", n -> null),
        SPACES_IN_RECONCILIATION("host.md", "RECONCILIATION", n -> " ".repeat(n) + "x", n -> null),
        COMMAS_IN_REVIEWERS("host.md", "REVIEWERS", n -> ",".repeat(n), n -> null),
        LONG_LINE("host.md", "FINDING_BODY", n -> "a".repeat(n),
                n -> n > 65_536 ? DiagnosticCode.INPUT_LIMIT : null),
        LONG_RETRO_CELL("host.md", "RETRO_CELL", n -> "7".repeat(n), n -> DiagnosticCode.RETRO_CELL_UNREADABLE);

        final String host;
        final String slot;
        final IntFunction<String> fill;
        final IntFunction<DiagnosticCode> expected;

        Shape(String host, String slot, IntFunction<String> fill, IntFunction<DiagnosticCode> expected) {
            this.host = host;
            this.slot = slot;
            this.fill = fill;
            this.expected = expected;
        }

        String input(int n) {
            return PathologicalInputTest.input(host, slot, fill.apply(n));
        }
    }

    @Test
    void hostsParseCleanlyWithEmptySlots() {
        for (String host : List.of("host.md", "host.txt")) {
            Review r = parsed(host, input(host, "", ""));
            assertEquals(List.of(), r.diagnostics(), host);
            assertEquals(host.endsWith(".md") ? 2 : 3, r.reviewers().size(), host);
        }
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void eachReproductionIsReadQuicklyWithADiagnostic(Shape shape) {
        String text = shape.input(SIZE);
        Review r = assertTimeoutPreemptively(GENEROUS, () -> parsed(shape.host, text), shape.name());
        DiagnosticCode expected = shape.expected.apply(SIZE);
        if (expected != null) {
            assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == expected),
                    shape + " gives " + expected + "; diagnostics: " + r.diagnostics());
        }
        // What the shape did not touch is still read.
        assertEquals(2, r.reviewers().size() + (shape.host.endsWith(".txt") ? -1 : 0), shape.name());
        assertTrue(r.findings().size() >= 1, shape.name());
    }

    static Stream<Shape> shapes() {
        return Stream.of(Shape.values());
    }

    /** Every slot of each host filled with runs of each character a grammar treats specially. */
    @ParameterizedTest(name = "{0} {1} filled with {2}")
    @MethodSource("slotsAndFillers")
    void anyCharacterRunInAnySlotIsReadQuickly(String host, String slot, String filler) {
        String text = input(host, slot, filler.repeat(SIZE / filler.length()));
        Review r = assertTimeoutPreemptively(GENEROUS, () -> parsed(host, text), host + " " + slot + " × " + filler);
        assertEquals(host.endsWith(".md") ? "20260601-120000-pr-77" : "20260601-120000-pr-78", r.id());
    }

    static Stream<Arguments> slotsAndFillers() {
        List<String> common = List.of("TITLE", "REVIEWERS", "VERDICT", "FINDING_TITLE", "FINDING_BODY", "LIST");
        List<String> fillers = List.of(" ", ",", "-", "*", "(", ")", "[", "]", "|", "`", "1", "— ", "\t", "_", "<", "#",
                "\\", ". ", "x ", "I1 ", "→ ", "**a** ", "~~", "Claude ", "1I ");
        List<Arguments> out = new ArrayList<>();
        for (String host : List.of("host.md", "host.txt")) {
            List<String> slots = new ArrayList<>(common);
            slots.addAll(host.endsWith(".md") ? List.of("RETRO_CELL", "RECONCILIATION", "RESOLUTION") : List.of("GLUED"));
            for (String s : slots) {
                for (String f : fillers) {
                    out.add(Arguments.of(host, s, f));
                }
            }
        }
        return out.stream();
    }

    @Test
    void aFileOverItsBudgetIsSkippedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("slow.md"), Shape.TABLE_ROWS.input(1_000_000).replace("pr-77", "pr-79"));
        Files.writeString(dir.resolve("good.md"), input("host.md", "", ""));
        // A 1 ms budget: the small host may or may not make it on a slow machine, the 6 MB table never does.
        LoadResult tight = ReviewLoader.create().withParser(ReviewParser.create().withBudget(Duration.ofMillis(1)))
                .load(List.of(dir));
        ParseResult.Skipped slow = tight.skipped().stream().filter(s -> s.path().endsWith("slow.md")).findFirst().orElseThrow();
        assertEquals(SkipReason.OVER_BUDGET, slow.reason());
        assertTrue(slow.detail().contains("budget of 1 ms"), slow.detail());
        assertTrue(tight.hasProblems());

        LoadResult generous = ReviewLoader.create().withParser(ReviewParser.create().withBudget(GENEROUS)).load(List.of(dir));
        assertEquals(List.of("20260601-120000-pr-77", "20260601-120000-pr-79"), generous.reviews().stream().map(Review::id).toList());
        assertEquals(List.of(), generous.skipped());
    }

    @Test
    void budgetMustBePositive() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReviewParser.create().withBudget(Duration.ZERO));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void timePerByteStaysWithinThreeTimesFromThousandToMillion(Shape shape) {
        ReviewParser unbounded = ReviewParser.create().withBudget(null);
        int[] sizes = {1_000, 10_000, 100_000, 1_000_000};
        double[] perByte = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            String text = shape.input(sizes[i]);
            for (int warm = 0; warm < 3; warm++) {
                unbounded.parse(shape.host, text);
            }
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                long t = System.nanoTime();
                unbounded.parse(shape.host, text);
                best = Math.min(best, System.nanoTime() - t);
            }
            perByte[i] = (double) best / text.length();
            System.out.printf(Locale.ROOT, "%-26s %,10d bytes %8.1f ms %7.2f ns/byte%n", shape, text.length(), best / 1e6, perByte[i]);
        }
        double ratio = perByte[sizes.length - 1] / perByte[0];
        assertTrue(ratio <= 3, shape + ": time per byte at 10^6 is " + ratio + "× that at 10^3");
    }

    private static Review parsed(String host, String text) {
        ParseResult r = PARSER.parse(host, text);
        return assertInstanceOf(ParseResult.Parsed.class, r, () -> host + " was skipped: " + r).review();
    }

    static String input(String host, String slot, String fill) {
        String text = resource(host);
        if (!slot.isEmpty()) {
            text = text.replace("@" + slot + "@", fill);
        }
        return text.replaceAll("@[A-Z_]+@", "");
    }

    private static String resource(String name) {
        try (InputStream in = PathologicalInputTest.class.getResourceAsStream("/pathological/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
