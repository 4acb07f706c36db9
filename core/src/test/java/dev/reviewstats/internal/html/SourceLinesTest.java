package dev.reviewstats.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Lines found by matching start tags agree with jsoup's own position tracking. */
class SourceLinesTest {
    /** Every node of a page in document order. */
    private static List<Node> nodes(Document doc) {
        List<Node> out = new ArrayList<>();
        doc.traverse((n, depth) -> out.add(n));
        return out;
    }

    /** A corpus page parsed twice: as the front end parses it, and with jsoup's position tracking. */
    private record Page(Path file, SourceLines lines, List<Node> ours, List<Node> theirs) {
    }

    private static List<Page> corpusPages() throws IOException {
        List<Page> out = new ArrayList<>();
        for (Path f : SharedCorpus.files(".html")) {
            String html = Files.readString(f);
            Document plain = Jsoup.parse(html);
            List<Node> theirs = nodes(Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)));
            out.add(new Page(f, new SourceLines(html, plain), nodes(plain), theirs));
        }
        return out;
    }

    @Test
    void everyElementOfTheCorpusGetsTheLineJsoupTracks() throws IOException {
        int elements = 0;
        for (Page page : corpusPages()) {
            assertThat(page.ours()).hasSameSizeAs(page.theirs());
            for (int i = 0; i < page.ours().size(); i++) {
                if (page.ours().get(i) instanceof Element e && !e.normalName().startsWith("#")) {
                    elements++;
                    assertThat(page.lines().lineOf(e)).as("%s: <%s> #%d", page.file().getFileName(), e.normalName(), i)
                            .isEqualTo(page.theirs().get(i).sourceRange().start().lineNumber());
                }
            }
        }
        assertThat(elements).isGreaterThan(50_000);
    }

    @Test
    void textOutsideCodeIsPlacedOnTheLineItStartsOn() throws IOException {
        int texts = 0;
        int agree = 0;
        for (Page page : corpusPages()) {
            List<Node> ours = page.ours();
            for (int i = 0; i < ours.size(); i++) {
                // Code is read whole, at the line of its pre; the front end asks for lines of other text only.
                if (ours.get(i) instanceof TextNode t && !t.isBlank() && t.parent() instanceof Element p && p.closest("pre, code") == null) {
                    texts++;
                    // jsoup places a text at its first character, white space included; we at its first word.
                    // A text that starts with a character an entity may have written takes the line of the
                    // element before it, which can be the line before.
                    int line = page.theirs().get(i).sourceRange().start().lineNumber();
                    int firstWord = line + (int) t.getWholeText().substring(0, t.getWholeText().indexOf(t.getWholeText().strip()))
                            .chars().filter(c -> c == '\n').count();
                    agree += page.lines().lineOf(t) == firstWord ? 1 : 0;
                }
            }
        }
        assertThat(texts).isGreaterThan(10_000);
        assertThat((double) agree / texts).as("%d of %d", agree, texts).isGreaterThan(0.999);
    }

    @Test
    void tagsInCommentsScriptsAndStylesAreNotElements() {
        String html = "<html><head><style>\n<p>not a tag</style>\n<script>\n<div></script></head>\n<body>\n<!-- <p> -->\n<p>one</p>\n"
                + "<P CLASS=x>two</P>\n<table>\n<tr><td>cell</td></tr>\n</table></body></html>\n";
        Document doc = Jsoup.parse(html);
        SourceLines lines = new SourceLines(html, doc);
        assertThat(doc.select("p")).extracting(lines::lineOf).containsExactly(7, 8);
        // tbody is implied: it takes the place of the next tag, the row it was made for.
        assertThat(lines.lineOf(doc.selectFirst("tbody"))).isEqualTo(10);
        assertThat(lines.lineOf(doc.selectFirst("td"))).isEqualTo(10);
        assertThat(lines.lineCount()).isEqualTo(11);
    }
}
