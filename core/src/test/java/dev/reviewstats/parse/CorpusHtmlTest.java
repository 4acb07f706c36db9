package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Review;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every HTML page of the corpus, and HTML rendered from the Markdown by a generic renderer. */
class CorpusHtmlTest {
    private final ReviewParser parser = ReviewParser.create();

    @Test
    void everyPageParsesIntoAReviewOrIsSkippedWithAReason() {
        Map<String, String> skipped = new TreeMap<>();
        int reviews = 0;
        for (Path f : SharedCorpus.files(".html")) {
            ParseResult r = parser.parse(f);
            if (r instanceof ParseResult.Skipped s) {
                skipped.put(f.getFileName().toString(), s.reason() + ": " + s.detail());
            } else {
                Review review = ((ParseResult.Parsed) r).review();
                assertThat(review.reviewers()).as(f.toString()).isNotEmpty();
                assertThat(review.verdict()).as(f.toString()).isNotNull();
                assertThat(review.date()).as(f.toString()).isNotNull();
                reviews++;
            }
        }
        assertThat(skipped).containsOnlyKeys("index.html");
        assertThat(skipped.get("index.html")).startsWith("NOT_A_REVIEW: 'Reviews — rancher-desktop-daemon' is a catalogue page linking");
        assertThat(reviews).isEqualTo(98);
    }

    @Test
    void htmlFromAGenericMarkdownRendererParsesLikeTheMarkdown() throws IOException {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        Path md = SharedCorpus.review("20260415-184215-pr-316.md");
        String markdown = Files.readString(md);
        String html = HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
        assertThat(html).contains("<details>").contains("<table>");

        Review fromMarkdown = ((ParseResult.Parsed) parser.parse(md)).review();
        ParseResult r = parser.parse("rendered/20260415-184215-pr-316.html", html);
        assertThat(r).isInstanceOf(ParseResult.Parsed.class);
        Review fromHtml = ((ParseResult.Parsed) r).review();
        assertThat(fromHtml.id()).isEqualTo(fromMarkdown.id());
        assertThat(fromHtml.reviewers()).isEqualTo(fromMarkdown.reviewers());
        assertThat(fromHtml.verdict()).isEqualTo(fromMarkdown.verdict());
        assertThat(fromHtml.findings()).extracting(Finding::id, Finding::severity, f -> f.agents().stream().map(Agent::family).toList())
                .isEqualTo(fromMarkdown.findings().stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.id(), f.severity(), f.agents().stream().map(Agent::family).toList()))
                        .toList());
        assertThat(fromHtml.agentStats()).isEqualTo(fromMarkdown.agentStats());
        assertThat(fromHtml.judgements()).hasSize(2);
        assertThat(fromHtml.resolution().items()).hasSize(8);
        assertThat(fromHtml.originalReviews()).extracting(o -> o.agent().family()).containsExactly("Gemini", "Codex", "Claude");
        assertThat(fromHtml.originalReviews().get(0).findings()).extracting(Finding::id).containsExactly("C1", "I1", "S1");
    }
}
