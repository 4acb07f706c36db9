package dev.reviewstats.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The HTML front end's small shapes: each scan reads what the pattern it replaced, kept here, read. */
class HtmlShapesTest {
    private static final Pattern LANGUAGE = Pattern.compile("language-(?<language>\\S+)");
    private static final Pattern REVIEW_LINK = Pattern.compile("\\d{8}-\\d{6}-[\\w.\\-]+\\.(?:html|md)$");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("language-", "go", " ", "\t", "hljs", "20260412", "-", "101500", "pr-238", ".html", ".md", ".", "/", "x", "\n", "\r\n",
                "\u2028", "_").list().ofMaxSize(9).map(p -> String.join("", p));
    }

    @Property(tries = 30_000)
    void readsAsThePatternsDid(@ForAll("texts") String s) {
        Matcher m = LANGUAGE.matcher(s);
        assertThat(HtmlFrontEnd.language(s)).as(s).isEqualTo(m.find() ? m.group("language") : "");
        assertThat(HtmlFrontEnd.linksAReview(s)).as(s).isEqualTo(REVIEW_LINK.matcher(s).find());
    }

    @Example
    void readsTheShapesPagesHold() {
        assertThat(HtmlFrontEnd.language("hljs language-go")).isEqualTo("go");
        assertThat(HtmlFrontEnd.linksAReview("reviews/20260412-101500-pr-238.html")).isTrue();
        assertThat(HtmlFrontEnd.linksAReview("reviews/20260412-101500-.html")).isFalse();
    }
}
