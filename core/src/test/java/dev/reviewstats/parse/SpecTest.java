package dev.reviewstats.parse;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.reviewstats.json.ReviewJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The spec suite, run as data in the manner of commonmark's spec tests: every report in
 * {@code src/test/resources/spec} (hand-written, one or more per template era and per form) is
 * parsed and its JSON, as {@code review-stats parse} prints it, compared with the
 * {@code <name>.expected.json} beside it. A failure shows a line diff of the two.
 *
 * <p>After a deliberate change of what the parser reads, rewrite the expected files with
 * {@code mvn -pl core test -Dtest=SpecTest -Dspec.update=true}, and read the diff before committing.
 */
class SpecTest {
    private static final Path SPEC = Path.of("src/test/resources/spec");
    private static final String EXPECTED = ".expected.json";
    private static final int CONTEXT = 3;

    @TestFactory
    Stream<DynamicTest> everySpecReportParsesToItsExpectedJson() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(SPEC)) {
            inputs = files.filter(p -> !p.getFileName().toString().endsWith(EXPECTED)).sorted().toList();
        }
        if (inputs.size() < 10) {
            fail("the spec suite holds only " + inputs.size() + " reports; it should hold every template era and form");
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> check(input)));
    }

    private static void check(Path input) throws IOException {
        String name = input.getFileName().toString();
        ParseResult result = ReviewParser.create().parse(name, Files.readAllBytes(input));
        JsonNode json = result instanceof ParseResult.Parsed p ? ReviewJson.toJson(p.review())
                : ReviewJson.skipped((ParseResult.Skipped) result);
        String actual = ReviewJson.mapper().writeValueAsString(json) + "\n";
        Path expectedFile = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + EXPECTED);
        if (Boolean.getBoolean("spec.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail(name + " has no " + expectedFile.getFileName() + "; write it with -Dspec.update=true and check it by hand");
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(name + " no longer parses to " + expectedFile.getFileName() + " (- expected, + actual):\n"
                    + diff(expected.lines().toList(), actual.lines().toList()));
        }
    }

    /** A line diff with a few lines of context, from the longest common subsequence of the lines. */
    static String diff(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add("  " + a.get(i));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add("+ " + b.get(j++));
            } else {
                lines.add("- " + a.get(i++));
            }
        }
        StringBuilder out = new StringBuilder();
        int lastShown = -1;
        for (int k = 0; k < lines.size(); k++) {
            boolean near = false;
            for (int d = -CONTEXT; d <= CONTEXT && !near; d++) {
                int m = k + d;
                near = m >= 0 && m < lines.size() && !lines.get(m).startsWith("  ");
            }
            if (near) {
                if (lastShown >= 0 && k > lastShown + 1) {
                    out.append("  ...\n");
                }
                out.append(lines.get(k)).append('\n');
                lastShown = k;
            }
        }
        return out.toString();
    }
}
