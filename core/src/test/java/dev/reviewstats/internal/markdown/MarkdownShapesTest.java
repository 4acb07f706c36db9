package dev.reviewstats.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The Markdown front end's small shapes: each scan reads what the pattern it replaced, kept here, read. */
class MarkdownShapesTest {
    private static final Pattern BR_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern LINE_ANCHOR = Pattern.compile("#L\\d{1,7}(?:-L?\\d{1,7})?$");
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d+");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("<br", "<BR", "<bR", " ", "\t", "/", ">", "#L", "12", "1234567", "12345678", "-", "-L", "L", ".", ")", "\n", "x",
                "\u2028").list().ofMaxSize(8).map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void readsAsThePatternsDid(@ForAll("texts") String s) {
        assertThat(MarkdownFrontEnd.isLineBreakTag(s)).as(s).isEqualTo(BR_TAG.matcher(s).matches());
        assertThat(MarkdownFrontEnd.pointsAtLines(s)).as(s).isEqualTo(LINE_ANCHOR.matcher(s).find());
        Matcher n = LIST_NUMBER.matcher(s);
        assertThat(MarkdownFrontEnd.firstDigits(s)).as(s).isEqualTo(n.find() ? n.start() : -1);
    }

    @Example
    void readsTheShapesReportsWrite() {
        assertThat(MarkdownFrontEnd.isLineBreakTag("<BR />")).isTrue();
        assertThat(MarkdownFrontEnd.pointsAtLines("https://github.com/o/r/blob/x/ssh_keys.go#L10-L20")).isTrue();
        assertThat(MarkdownFrontEnd.pointsAtLines("ssh_keys.go#L10-L20x")).isFalse();
    }
}
