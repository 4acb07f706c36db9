package dev.reviewstats.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Inline text of a page with its pills: what the buffer gives is what the regular expressions gave
 * when pills travelled as control characters inside the text, kept here as the reference.
 */
class InlineBufferTest {
    private static final char MARK = '\u0001';
    private static final char START = '\u0002';
    private static final Pattern ADJACENT_PILLS = Pattern.compile("\\]" + MARK + "\\s*" + MARK + "\\[");
    private static final Pattern PILL_SPAN = Pattern.compile(MARK + "\\[(?<name>[^\\]]*)\\]" + MARK);
    private static final Pattern TEXT_BEFORE_PILL = Pattern.compile("(?<last>[^,\\s])\\s*(?<struck>(?:~~)?)" + START);
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern LINE_BREAK_SPACES = Pattern.compile(" *\n *");

    /** A piece of inline text: text, or a pill when {@code pill} is set. */
    record Piece(String text, boolean pill) {
    }

    private static InlineBuffer buffer(List<Piece> pieces) {
        InlineBuffer b = new InlineBuffer();
        for (Piece p : pieces) {
            if (p.pill()) {
                b.pill(p.text());
            } else {
                b.append(p.text());
            }
        }
        return b;
    }

    /** The pieces as the old front end wrote them: each pill between marks. */
    private static String marked(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            sb.append(p.pill() ? MARK + "[" + p.text() + "]" + MARK : p.text());
        }
        return sb.toString();
    }

    private static String referenceFinish(String raw) {
        String s = ADJACENT_PILLS.matcher(raw).replaceAll(", ").replace(String.valueOf(MARK), "");
        return LINE_BREAK_SPACES.matcher(HORIZONTAL_SPACE.matcher(s).replaceAll(" ")).replaceAll("\n").strip();
    }

    private static String referenceCell(String raw) {
        String s = PILL_SPAN.matcher(raw).replaceAll(START + "${name}");
        s = TEXT_BEFORE_PILL.matcher(s).replaceAll("${last}, ${struck}" + START);
        return referenceFinish(s.replace(String.valueOf(START), ""));
    }

    @Provide
    Arbitrary<List<Piece>> pieces() {
        Arbitrary<String> text = Arbitraries.strings().withChars(" \t\u000B\f\r\n[]ab,").ofMaxLength(8);
        // A pill's name is its element's stripped text; a blank one made the old patterns take the mark for text.
        Arbitrary<String> name = Arbitraries.strings().withChars("ab.").ofMinLength(1).ofMaxLength(6);
        Arbitrary<Piece> piece = Arbitraries.oneOf(text.map(t -> new Piece(t, false)), name.map(n -> new Piece(n, true)));
        return piece.list().ofMaxSize(8);
    }

    @Property(tries = 5000)
    void finishedTextIsWhatTheMarkedTextGave(@ForAll("pieces") List<Piece> pieces) {
        assertThat(buffer(pieces).finish()).isEqualTo(referenceFinish(marked(pieces)));
    }

    @Property(tries = 5000)
    void aCellIsWhatTheMarkedCellGave(@ForAll("pieces") List<Piece> pieces) {
        assertThat(buffer(pieces).finishCell()).isEqualTo(referenceCell(marked(pieces)));
    }

    @Property(tries = 1000)
    void buffersAppendedKeepTheirPills(@ForAll("pieces") List<Piece> first, @ForAll("pieces") List<Piece> second) {
        InlineBuffer joined = buffer(first).append(buffer(second));
        List<Piece> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        assertThat(joined.finish()).isEqualTo(buffer(all).finish());
        assertThat(joined.finishCell()).isEqualTo(buffer(all).finishCell());
    }

    @Example
    void foldsSpacesAndMergesPills() {
        InlineBuffer b = new InlineBuffer().append("  a \t b \n  c").pill("Claude").append(" ").pill("Codex").append(" ");
        assertThat(b.finish()).isEqualTo("a b\nc[Claude, Codex]");
        assertThat(b.finishCell()).isEqualTo("a b\nc, Claude, Codex");
    }

    @Example
    void aCellSetsAgentsApartWithCommasAndKeepsAStrikeWithItsPill() {
        InlineBuffer models = new InlineBuffer().pill("Claude").append(" Opus 4.6 ").pill("Codex").append(" GPT 5.4");
        assertThat(models.finishCell()).isEqualTo("Claude Opus 4.6, Codex GPT 5.4");
        InlineBuffer struck = new InlineBuffer().pill("Claude").append(" ~~").pill("Gemini").append("~~");
        assertThat(struck.finishCell()).isEqualTo("Claude, ~~Gemini~~");
        // After a comma the pill needs no other; the old patterns took the second '~' for text here.
        InlineBuffer listed = new InlineBuffer().pill("Claude").append(", ~~").pill("Gemini").append("~~");
        assertThat(listed.finishCell()).isEqualTo("Claude, ~~Gemini~~");
    }
}
