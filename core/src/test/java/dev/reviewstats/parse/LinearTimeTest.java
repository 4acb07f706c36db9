package dev.reviewstats.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Every construct known to drive a regular expression or the Markdown library super-linearly, in
 * every place a report can hold it, parsed at 6 KB and at 60 KB. Linear work gives a ratio near 10,
 * quadratic work near 100; the bound of 30 leaves room for a noisy machine (best of three runs after
 * warm-up, and a construct past the bound measured again, best of seven) while no quadratic construct
 * can pass it. Prints the whole table, so the README's claim
 * that the parse is linear rests on figures anyone can reproduce.
 */
class LinearTimeTest {
    private static final ReviewParser PARSER = ReviewParser.create().withBudget(null);
    private static final int SMALL = 6_000;
    private static final int LARGE = 60_000;
    private static final double BOUND = 30;

    /** A construct: a name and how to write {@code n} characters of it. */
    record Construct(String name, IntFunction<String> fill, boolean lineStart) {
        static Construct run(String unit) {
            return new Construct("run of " + shown(unit), n -> unit.repeat(Math.max(1, n / unit.length())), false);
        }

        static Construct line(String name, IntFunction<String> fill) {
            return new Construct(name, fill, true);
        }
    }

    static List<Construct> constructs() {
        List<Construct> out = new ArrayList<>();
        for (String unit : List.of("-", ":", "1", " ", "&amp;", "&#65;", "<b>", "[ (](", "[a](<b", "[a](b", "`", "*", "_", "**a",
                "[", "](", "<", "\\", "a ", "~~", "|", "#", "![", "<!--", "<a href=", "http://x.", "www.", "I1 ", "Claude ",
                "→ ", "(", ")", "1I ", "— ", "\t", "'", "\"", ". ", ", ", "0 (", "#1", "S1.", "`a` ", "a_", "*a", "[^", ">",
                "x@y.", "&", "$", "<a ", "<!", "<?", "1.", "- [", "|-", "=", "**")) {
            out.add(Construct.run(unit));
        }
        out.add(Construct.line("heading with a space run", n -> "### a" + " ".repeat(n) + "b"));
        out.add(Construct.line("heading with a dash run", n -> "## " + "-".repeat(n)));
        out.add(Construct.line("heading of hashes and spaces", n -> "# " + "# ".repeat(n / 2)));
        out.add(Construct.line("setext underline", n -> "a\n" + "=".repeat(n)));
        out.add(Construct.line("link reference definitions", n -> "[a]: <".repeat(n / 5)));
        out.add(Construct.line("table row of pipes", n -> "|" + "a|".repeat(n / 2)));
        out.add(Construct.line("table delimiter row", n -> "|a|\n|" + "-|".repeat(n / 2)));
        out.add(Construct.line("html block", n -> "<div>" + "<b>".repeat(n / 3)));
        out.add(Construct.line("fenced code open", n -> "`".repeat(n / 2) + "\n" + "`".repeat(n / 2 - 1)));
        out.add(Construct.line("emphasis ladder", n -> "*a **a ".repeat(n / 7)));
        out.add(Construct.line("many short table rows", n -> "| x | 1 |\n".repeat(n / 10)));
        out.add(Construct.line("many list items", n -> "- a\n".repeat(n / 4)));
        out.add(Construct.line("many finding heads", n -> "S9. **t** — `a:1` [Claude Opus 4.7] (suggestion, gap)\n\n".repeat(n / 60)));
        return out;
    }

    /** Where a construct goes: host and slot, as {@code host.md:TITLE}. */
    static List<String> places(Construct c) {
        if (c.lineStart()) {
            return List.of("host.md:FINDING_BODY", "host.md:LIST", "host.txt:FINDING_BODY", "host.txt:LIST");
        }
        List<String> out = new ArrayList<>();
        for (String slot : List.of("TITLE", "REVIEWERS", "VERDICT", "FINDING_TITLE", "FINDING_BODY", "LIST", "RETRO_CELL", "DOWNGRADED",
                "RECONCILIATION", "RESOLUTION")) {
            out.add("host.md:" + slot);
        }
        for (String slot : List.of("TITLE", "REVIEWERS", "VERDICT", "FINDING_TITLE", "FINDING_BODY", "LIST", "GLUED")) {
            out.add("host.txt:" + slot);
        }
        return out;
    }

    @Test
    void everyConstructInEveryPlaceParsesInTimeLinearInItsSize() {
        List<String> failures = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-34s %-24s %10s %10s %6s%n", "construct", "place", "6 KB ms", "60 KB ms", "ratio");
        for (Construct c : constructs()) {
            for (String place : places(c)) {
                String host = place.substring(0, place.indexOf(':'));
                String slot = place.substring(place.indexOf(':') + 1);
                double s = best(host, PathologicalInputTest.input(host, slot, c.fill().apply(SMALL)), 3);
                double l = best(host, PathologicalInputTest.input(host, slot, c.fill().apply(LARGE)), 3);
                // Below a millisecond timer noise dominates; such a construct is linear enough.
                double ratio = l / Math.max(s, 0.5);
                System.out.printf(Locale.ROOT, "%-34s %-24s %10.2f %10.2f %6.1f%n", c.name(), place, s, l, ratio);
                if (ratio > BOUND && l > 50) {
                    // A pause of the whole JVM (a collection, a compilation, another process) can spoil
                    // three runs in a row; measured again, a linear construct comes back near 10 and a
                    // quadratic one stays near 100. Seen once in CI: "a_" in a retro cell, 53 then 9.
                    s = best(host, PathologicalInputTest.input(host, slot, c.fill().apply(SMALL)), 7);
                    l = best(host, PathologicalInputTest.input(host, slot, c.fill().apply(LARGE)), 7);
                    ratio = l / Math.max(s, 0.5);
                    System.out.printf(Locale.ROOT, "%-34s %-24s %10.2f %10.2f %6.1f (measured again)%n", c.name(), place, s, l, ratio);
                }
                if (ratio > BOUND && l > 50) {
                    failures.add(c.name() + " in " + place + ": " + String.format(Locale.ROOT, "%.0f ms → %.0f ms", s, l));
                }
            }
        }
        assertTrue(failures.isEmpty(), "super-linear: " + failures);
    }

    private static double best(String host, String text, int runs) {
        PARSER.parse(host, text);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            PARSER.parse(host, text);
            best = Math.min(best, System.nanoTime() - t);
        }
        return best / 1e6;
    }

    private static String shown(String unit) {
        return "\"" + unit.replace("\t", "\\t") + "\"";
    }
}
