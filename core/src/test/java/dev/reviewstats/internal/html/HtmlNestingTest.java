package dev.reviewstats.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The depth cap drops only what is deeper than the cap, keeps text and lines, and leaves sloppy pages alone. */
class HtmlNestingTest {
    @Test
    void deepListsAreCutAtTheCapWithTheirTextKept() {
        String deep = "<p>top</p>\n" + "<ul><li>x".repeat(32_000) + "\n<p>after</p>";
        HtmlNesting.Capped c = HtmlNesting.cap(deep);
        assertThat(c.firstCutLine()).isEqualTo(2);
        // Two tags per level, a level each: the first MAX_DEPTH tags are kept.
        assertThat(c.html().split("<ul>", -1).length - 1 + c.html().split("<li>", -1).length - 1).isEqualTo(HtmlNesting.MAX_DEPTH);
        assertThat(c.html().split("x", -1).length - 1).isEqualTo(32_000);
        assertThat(c.html().lines().count()).isEqualTo(deep.lines().count());
        // The lists are never closed, so a browser puts the paragraph inside the deepest item too: its tags go, its text stays.
        assertThat(c.html()).endsWith("\nafter");
    }

    @Test
    void unclosedItemsParagraphsAndCellsAreNotDepth() {
        String sloppy = "<ul>" + "<li>item".repeat(5_000) + "</ul>" + "<p>para".repeat(5_000)
                + "<table>" + "<tr><td>a<td>b".repeat(5_000) + "</table>";
        HtmlNesting.Capped c = HtmlNesting.cap(sloppy);
        assertThat(c.firstCutLine()).isZero();
        assertThat(c.html()).isSameAs(sloppy);
    }

    @Test
    void tagsInsideScriptsCommentsAndQuotedAttributesAreNotCounted() {
        String page = "<script>" + "<div>".repeat(500) + "</script><!-- " + "<div>".repeat(500) + " -->"
                + "<a title='" + "<div>".repeat(500) + "'>link</a>";
        assertThat(HtmlNesting.cap(page).firstCutLine()).isZero();
    }

    @Test
    void listsStartTagsAsJsoupNamesThemAndNotInsideRawTextOrQuotes() {
        String page = "<DIV title=\"a<b>c\"><iframe><p>framed</p></iframe><o:p>x</o:p>\n<P class=x>one</p></div>";
        HtmlNesting.StartTags tags = HtmlNesting.cap(page).tags();
        assertThat(java.util.Arrays.copyOf(tags.names(), tags.count())).containsExactly("div", "iframe", "o:p", "p");
        assertThat(java.util.Arrays.copyOf(tags.offsets(), tags.count()))
                .containsExactly(0, page.indexOf("<iframe"), page.indexOf("<o:p"), page.indexOf("<P"));
    }

    @Test
    void aCutPageListsTheTagsOfThePageAsCut() {
        String deep = "<p>top</p>\n" + "<ul><li>x".repeat(200) + "\n<p>after</p>";
        HtmlNesting.Capped c = HtmlNesting.cap(deep);
        assertThat(c.firstCutLine()).isEqualTo(2);
        assertThat(c.tags().count()).isEqualTo(1 + HtmlNesting.MAX_DEPTH);
        for (int i = 0; i < c.tags().count(); i++) {
            assertThat(c.html().startsWith("<" + c.tags().names()[i], c.tags().offsets()[i])).as("tag %d", i).isTrue();
        }
    }

    @Test
    void aDeeplyNestedPageStillParsesAsAReviewWithADiagnostic() {
        String page = "<html><body><main><table class=\"meta-table\"><tr><th>Date</th><td>2026-06-01 12:00</td></tr></table>"
                + "<h2>Executive Summary</h2>" + "<ul><li>deep".repeat(16_000) + "</main></body></html>";
        var outline = new HtmlFrontEnd().read(page);
        assertThat(outline.notes()).anySatisfy(d -> assertThat(d.message()).contains("more than 128 deep"));
    }
}
