package dev.reviewstats.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Downgrades;
import dev.reviewstats.model.SeverityCounts;
import dev.reviewstats.model.ToolCalls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The count cells' scans read every cell as the patterns they replaced ({@link CountsReference}) did. */
class CountsTest {
    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.of("0", "1", "2", "17", "1234567", "0012", " ", "  ", "\t", "\n", "\u2028", "C", "I", "S", "X", ",", ";",
                "(", ")", "→", "->", "-", "to", " to ", "Read", "Grep 14", "ack'd", "design obs", "**", "`", "_", "é", "\u0301",
                ":", "none", "a".repeat(21), "   ").list().ofMaxSize(14).map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void readsEveryCellAsThePatternsDid(@ForAll("cells") String cell) {
        assertThat(Counts.leadingInt(cell)).as(cell).isEqualTo(CountsReference.leadingInt(cell));
        assertThat(Counts.severityCounts(cell)).as(cell).isEqualTo(CountsReference.severityCounts(cell));
        Optional<ToolCalls> tools = Counts.toolCalls(cell);
        Optional<ToolCalls> expected = CountsReference.toolCalls(cell);
        assertThat(tools).as(cell).isEqualTo(expected);
        assertThat(tools.map(t -> List.copyOf(t.perTool().entrySet()))).as(cell)
                .isEqualTo(expected.map(t -> List.copyOf(t.perTool().entrySet())));
        assertThat(Counts.downgrades(cell)).as(cell).isEqualTo(CountsReference.downgrades(cell));
    }

    /** Cells shaped as the template writes them, each part in its odd shapes too. */
    @Provide
    Arbitrary<String> shapedCells() {
        Arbitrary<String> number = Arbitraries.of("0", "1", "12", "1234567", " 3", "");
        Arbitrary<String> tool = Arbitraries.of("Read 17", " 7", "  7", "\t\t7", "7", "Grep", "a 1 2", "Bash  4 ", "x\n 2");
        Arbitrary<String> tools = tool.list().ofMaxSize(4).map(t -> "(" + String.join(",", t) + ")");
        Arbitrary<String> target = Arbitraries.of("S", "S1", "I1234", "ack'd", "a".repeat(25), "   S", "    S", "design obs", "");
        Arbitrary<String> move = Combinators.combine(Arbitraries.of("C", "I", "S", "I1"), Arbitraries.of("→", "->", " to ", "-"), target)
                .as((a, b, c) -> a + b + c);
        Arbitrary<String> moves = move.list().ofMaxSize(3).map(m -> "(" + String.join(", ", m) + ")");
        Arbitrary<String> severity = Combinators.combine(number, Arbitraries.of("C", "I", "S", " S"),
                Arbitraries.of("", "é", "\u0301", "_", " ", ",", ";", "x")).as((n, l, t) -> n + l + t);
        return Arbitraries.oneOf(
                Combinators.combine(number, Arbitraries.of(" ", "", "  "), tools).as((n, sp, t) -> n + sp + t),
                Combinators.combine(number, moves, Arbitraries.of("", ", ", "; ")).as((n, m, sep) -> n + " " + m + sep),
                Combinators.combine(number, moves, number, moves).as((a, b, c, d) -> a + " " + b + ", " + c + " " + d),
                severity.list().ofMaxSize(4).map(l -> String.join("", l)));
    }

    @Property(tries = 30_000)
    void readsShapedCellsAsThePatternsDid(@ForAll("shapedCells") String cell) {
        readsEveryCellAsThePatternsDid(cell);
    }

    @Example
    void readsTheTemplatesCells() {
        assertThat(Counts.severityCounts("1C, 2I; 3S")).contains(new SeverityCounts(1, 2, 3));
        assertThat(Counts.severityCounts("2 Sx")).isEmpty();
        assertThat(Counts.toolCalls("36 (Read 17, Grep 14, Bash 4)").map(ToolCalls::perTool))
                .contains(Map.of("Read", 17, "Grep", 14, "Bash", 4));
        assertThat(Counts.toolCalls("36 (Read 17")).isEmpty();
        assertThat(Counts.downgrades("1 (C→I), 1 (I -> S)")).contains(new Downgrades(2, List.of("C→I", "I→S"), 0));
        assertThat(Counts.downgrades("2 (I1→ack'd, I2→S1)")).contains(new Downgrades(2, List.of(), 1));
        assertThat(Counts.leadingInt("12:30")).isEmpty();
        assertThat(Counts.leadingInt("**3** (severity)")).contains(3);
    }
}
