package dev.reviewstats.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Inline text of a page: the character scan that finishes it gives what the regular expressions it replaced gave. */
class HtmlInlineTest {
    private static final Pattern ADJACENT_PILLS = Pattern.compile("\\]\u0001\\s*\u0001\\[");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern LINE_BREAK_SPACES = Pattern.compile(" *\n *");

    private static String reference(String raw) {
        String s = ADJACENT_PILLS.matcher(raw).replaceAll(", ").replace("\u0001", "");
        return LINE_BREAK_SPACES.matcher(HORIZONTAL_SPACE.matcher(s).replaceAll(" ")).replaceAll("\n").strip();
    }

    @Provide
    Arbitrary<String> rawText() {
        return Arbitraries.strings().withChars(" \t\u000B\f\r\n\u0001[]ab,").ofMaxLength(40);
    }

    @Property(tries = 5000)
    void agreesWithTheRegularExpressions(@ForAll("rawText") String raw) {
        assertThat(HtmlInline.finish(raw)).isEqualTo(reference(raw));
    }

    @Example
    void foldsSpacesAndMergesPills() {
        assertThat(HtmlInline.finish("  a \t b \n  c\u0001[Claude]\u0001 \u0001[Codex]\u0001 ")).isEqualTo("a b\nc[Claude, Codex]");
    }
}
