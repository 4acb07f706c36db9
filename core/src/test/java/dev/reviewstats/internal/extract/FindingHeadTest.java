package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.outline.FindingHeadBlock;
import dev.reviewstats.model.Location;
import dev.reviewstats.model.Severity;
import dev.reviewstats.testing.RequiresSharedCorpus;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** The finding-head scan reads every head as the patterns it replaced ({@link FindingHeadReference}) did. */
class FindingHeadTest {
    /** Pieces heads are made of, with the characters the patterns treat specially. */
    private static final List<String> PIECES = List.of(
            "**", "~~", "*", "`", "[", "]", "(", ")", " ", "  ", "—", "–", "-", ":", ".", ",", ")", "#", "\t", "\n",
            "\u2028", "\u0085", "_", "@", "/", "é", "\u0301", "L", "I1", "C12", "S3", "S1234567", "2", "10",
            "critical", "Important", "SUGGESTION", "suggestions issue", "Critical finding", "INVALID", "WITHDRAWN",
            "withdrawn", "DOWNGRADED from", "rejected", "path/file.go", "app.go:12-30", "a.ts:1, 3–4", "x.yaml",
            "lib/", "Claude Opus 4.6", "Codex", "important, regression", "future", "new-code", "Title words",
            "Retry loop never stops", "`pkg/app.go:12`", "`S1.`", "`I2`", "because");

    @Provide
    Arbitrary<String> heads() {
        return Arbitraries.of(PIECES).list().ofMaxSize(18).map(parts -> String.join("", parts));
    }

    /** Heads as the template's eras write them, slot by slot, each slot in its odd shapes too. */
    @Provide
    Arbitrary<String> shapedHeads() {
        List<List<String>> slots = List.of(
                List.of("", "", "### ", "#", " \t"),
                List.of("", "", "**", "~~", "*", "***", "~~~", "~~**", "*~~", "**~~**"),
                List.of("", "I1", "C12", "S3", "`S1.`", "`I2`", "S1234567", "I123456", "2", "10", "1234567"),
                List.of("", ".", ":", ")", " .", " —", "-", " –", ". ", ":  ", "  "),
                List.of("", "", "**CRITICAL** ", "**[Important]**: ", "**suggestion**:", "**Critical**  "),
                List.of("", "", "[CRITICAL] ", "**[Important] ", "[DOWNGRADED from CRITICAL] ", "[Suggestions issue]",
                        "[critical" + " a".repeat(16) + "a]", "[critical" + " a".repeat(17) + "]", "[ab]", "[a]", "[Important finding] "),
                List.of("", "app.go:58 — ", "`lib/x.ts:3` —  ", "lima.yaml:38 –\t"),
                List.of("**Title**", "~~**Struck title**~~", "Plain title", "**Title — `pkg/a.go:12-30`**",
                        "**Title — a.go:1, 3-4**", "**Multi\nline**", "**", "Title [x", "**a**b**"),
                List.of("", " ", " — ", " - ", " **INVALID**", " ~~WITHDRAWN~~", " — `pkg/app.go:12` L3"),
                List.of("", " [Claude Opus 4.6, Codex GPT 5.4]", " [Claude] [Gemini]", " []", " [a[b]"),
                List.of("", " (important, regression)", " *(future)*", " (" + "a".repeat(61) + ")", " (" + "a".repeat(62) + ")", " (raised critical; to S2)",
                        " (ab)", " (a (b) c)"),
                List.of("", ". The change follows.", " * text", ": more"));
        return Combinators.combine(slots.stream().map(Arbitraries::of).toList()).as(parts -> String.join("", parts));
    }

    @Property(tries = 20_000)
    void parsesShapedHeadsAsThePatternsDid(@ForAll("shapedHeads") String line) {
        assertThat(FindingHead.looksLikeHead(line)).as(line).isEqualTo(FindingHeadReference.looksLikeHead(line));
        assertThat(FindingHead.parse(line)).as(line).isEqualTo(FindingHeadReference.parse(line));
    }

    @Provide
    Arbitrary<String> spacedHeads() {
        return Arbitraries.of(PIECES).list().ofMaxSize(12).map(parts -> String.join(" ", parts));
    }

    @Property(tries = 20_000)
    void parsesEveryHeadAsThePatternsDid(@ForAll("heads") String line) {
        assertThat(FindingHead.looksLikeHead(line)).as(line).isEqualTo(FindingHeadReference.looksLikeHead(line));
        assertThat(FindingHead.parse(line)).as(line).isEqualTo(FindingHeadReference.parse(line));
    }

    @Property(tries = 10_000)
    void parsesSpacedHeadsAsThePatternsDid(@ForAll("spacedHeads") String line) {
        assertThat(FindingHead.looksLikeHead(line)).as(line).isEqualTo(FindingHeadReference.looksLikeHead(line));
        assertThat(FindingHead.parse(line)).as(line).isEqualTo(FindingHeadReference.parse(line));
    }

    @Property(tries = 10_000)
    void readsAHandedOverHeadAsThePatternsDid(@ForAll("shapedHeads") String title, @ForAll("spacedHeads") String number,
            @ForAll("heads") String location, @ForAll("spacedHeads") String tag, @ForAll boolean struck) {
        FindingHeadBlock block = new FindingHeadBlock(number, title, List.of(location, "pkg/a.go:3"), List.of("Codex"),
                List.of(tag, "important"), struck, "", 1);
        assertThat(FindingHead.of(block)).isEqualTo(FindingHeadReference.of(block));
    }

    @Example
    void readsTheNumbersAFrontEndHandsOver() {
        for (String number : List.of("I1", "2", "C3.", "S04)", "X1", "1234567", "", " S9 ")) {
            FindingHeadBlock block = new FindingHeadBlock(number, "**Title**", List.of(), List.of(), List.of(), false, "", 1);
            assertThat(FindingHead.of(block)).as(number).isEqualTo(FindingHeadReference.of(block));
        }
        FindingHead head = FindingHead.of(new FindingHeadBlock("S04)", "[Important] Title", List.of(), List.of(), List.of(), false, "", 1));
        assertThat(head.explicitId()).isEqualTo("S4");
        assertThat(head.bracketSeverity()).isEqualTo(Severity.IMPORTANT);
    }

    @Example
    void takesAHeadApart() {
        FindingHead head = FindingHead.parse("### **I2. Retry loop never stops — `pkg/app.go:12-30, 41`** [Claude Opus 4.6, Codex] "
                + "(important, regression) (raised critical; consolidated to I2) The loop ...");
        assertThat(head.explicitId()).isEqualTo("I2");
        assertThat(head.title()).isEqualTo("Retry loop never stops");
        assertThat(head.locations()).containsExactly(new Location("pkg/app.go", 12, 30), new Location("pkg/app.go", 41, 41));
        assertThat(head.agentGroups()).containsExactly("Claude Opus 4.6, Codex");
        assertThat(head.tagSeverity()).isEqualTo(Severity.IMPORTANT);
        assertThat(head.tags()).containsExactly("regression");
        assertThat(head.notes()).containsExactly("raised critical; consolidated to I2");
        assertThat(head.tail()).isEqualTo("The loop ...");
        assertThat(head.withdrawn()).isFalse();
    }

    @Example
    @AddLifecycleHook(RequiresSharedCorpus.class)
    void parsesEveryLineOfTheCorpusAsThePatternsDid() throws IOException {
        int lines = 0;
        int heads = 0;
        try (Stream<Path> files = Files.walk(SharedCorpus.root())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    boolean head = FindingHead.looksLikeHead(line);
                    assertThat(head).as(line).isEqualTo(FindingHeadReference.looksLikeHead(line));
                    assertThat(FindingHead.parse(line)).as(line).isEqualTo(FindingHeadReference.parse(line));
                    lines++;
                    heads += head ? 1 : 0;
                }
            }
        }
        assertThat(lines).isGreaterThan(50_000);
        assertThat(heads).isGreaterThan(3_000);
    }
}
