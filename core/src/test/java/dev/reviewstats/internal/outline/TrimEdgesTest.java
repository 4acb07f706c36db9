package dev.reviewstats.internal.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Trimming a text's edges removes what {@code replaceAll("^[L]+|[T]+$", "")} removed. */
class TrimEdgesTest {
    private static final Pattern ID_MAP_TITLE_EDGES = Pattern.compile("^[\\s:(—–-]+|[\\s:)—–-]+$");

    private static boolean edge(int c) {
        return CharClass.isSpace((char) c) || c == ':' || c == '—' || c == '–' || c == '-';
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(" ", "\t", "\n", "\r\n", "\r", "\u2028", "\u0085", ":", "(", ")", "—", "–", "-", "x", "Title", "é")
                .list().ofMaxSize(10).map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void removesWhatThePatternRemoved(@ForAll("texts") String s) {
        assertThat(Inline.trimEdges(s, c -> edge(c) || c == '(', c -> edge(c) || c == ')')).as(s)
                .isEqualTo(ID_MAP_TITLE_EDGES.matcher(s).replaceAll(""));
    }

    @Example
    void keepsAFinalLineBreak() {
        assertThat(Inline.trimEdges(" (Title) —\u2028", c -> edge(c) || c == '(', c -> edge(c) || c == ')')).isEqualTo("Title\u2028");
    }
}
