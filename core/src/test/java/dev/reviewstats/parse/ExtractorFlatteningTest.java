package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Review;
import dev.reviewstats.testing.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every HTML page of the corpus flattened by real, independent extractors — the DOM's text content
 * (jsoup's {@code wholeText()} of the body), {@code w3m -dump}, {@code lynx -dump} and
 * {@code html2text}, {@code pandoc -t plain} — and read as flattened text, against its Markdown twin: every review is found
 * with its id, date and PR; reviewers, finding severities and attributions agree wherever the
 * flattened text still holds the finding's id. Variants are made in the test run, into target/, never
 * committed. A missing extractor skips its case with a message, and fails it under CI (.ci/run
 * installs them).
 */
class ExtractorFlatteningTest {
    private static final Path OUT = Path.of("target", "flattened");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jsoup", "w3m", "lynx", "html2text", "pandoc"})
    void everyPageFlattenedByTheExtractorIsReadAsItsMarkdownTwin(String extractor) throws Exception {
        List<Path> pages = SharedCorpus.files(".html").stream().filter(p -> !p.getFileName().toString().equals("index.html")).toList();
        assertThat(pages).hasSizeGreaterThan(90);
        Path dir = Files.createDirectories(OUT.resolve(extractor));
        for (Path page : pages) {
            String stem = page.getFileName().toString().replaceFirst("\\.html$", "");
            Files.writeString(dir.resolve(stem + ".txt"), flatten(extractor, page), StandardCharsets.UTF_8);
        }
        ReviewParser parser = ReviewParser.create();
        int found = 0;
        int metadata = 0;
        int reviewersAgree = 0;
        int findings = 0;
        int severities = 0;
        int attributions = 0;
        int cells = 0;
        int cellsAgree = 0;
        List<String> lost = new ArrayList<>();
        for (Path page : pages) {
            String stem = page.getFileName().toString().replaceFirst("\\.html$", "");
            ParseResult flat = parser.parse(dir.resolve(stem + ".txt"));
            ParseResult twin = parser.parse(page.resolveSibling(stem + ".md"));
            if (!(flat instanceof ParseResult.Parsed f) || !f.review().id().equals(stem)) {
                lost.add(stem + ": " + flat);
                continue;
            }
            found++;
            Review r = f.review();
            Review m = ((ParseResult.Parsed) twin).review();
            metadata += java.util.Objects.equals(r.date(), m.date()) && java.util.Objects.equals(r.pullRequest() == null ? null
                    : r.pullRequest().number(), m.pullRequest() == null ? null : m.pullRequest().number()) ? 1 : 0;
            reviewersAgree += families(r.reviewers().stream().map(a -> a.family()).toList())
                    .equals(families(m.reviewers().stream().map(a -> a.family()).toList())) ? 1 : 0;
            for (dev.reviewstats.model.AgentStats s : r.agentStats()) {
                var twinStats = m.agentStats().stream().filter(x -> x.agent().family().equals(s.agent().family())
                        && x.agent().model().equals(s.agent().model())).findFirst();
                if (twinStats.isEmpty()) {
                    continue;
                }
                var t = twinStats.get();
                Object[][] pairs = {{s.findings(), t.findings()}, {s.falsePositives(), t.falsePositives()},
                    {s.uniqueInsights(), t.uniqueInsights()}, {s.filesReviewed(), t.filesReviewed()}, {s.duration(), t.duration()},
                    {s.toolCalls() == null ? null : s.toolCalls().total(), t.toolCalls() == null ? null : t.toolCalls().total()},
                    {s.dropped(), t.dropped()}, {s.downgraded() == null ? null : s.downgraded().count(),
                        t.downgraded() == null ? null : t.downgraded().count()}};
                for (Object[] p : pairs) {
                    // Where the table's cell survived the flattening.
                    if (p[0] != null) {
                        cells++;
                        cellsAgree += p[0].equals(p[1]) ? 1 : 0;
                    }
                }
            }
            Map<String, Finding> byId = m.findings().stream().collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a));
            for (Finding x : r.findings()) {
                Finding y = byId.get(x.id());
                if (y == null) {
                    continue;
                }
                findings++;
                severities += x.severity() == y.severity() ? 1 : 0;
                attributions += families(x.agents().stream().map(a -> a.family()).toList())
                        .equals(families(y.agents().stream().map(a -> a.family()).toList())) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d/%d reviews found; date and PR %d/%d; reviewers %d/%d; severities %d/%d (%.1f%%);"
                + " attributions %d/%d (%.1f%%); retro cells %d/%d (%.1f%%)%n", extractor, found, pages.size(), metadata, found,
                reviewersAgree, found, severities, findings, 100.0 * severities / Math.max(1, findings), attributions, findings,
                100.0 * attributions / Math.max(1, findings), cellsAgree, cells, 100.0 * cellsAgree / Math.max(1, cells));
        lost.forEach(l -> System.out.println(extractor + " lost " + l));
        assertThat(lost).as("every page is found as a review with its id").isEmpty();
        assertThat(metadata).as("date and PR").isEqualTo(found);
        assertThat(reviewersAgree).as("reviewers").isEqualTo(found);
        assertThat(cells).isGreaterThan(500);
        assertThat((double) cellsAgree / cells).as("retro cells").isGreaterThanOrEqualTo(0.90);
        assertThat(findings).isGreaterThan(500);
        assertThat((double) severities / findings).isGreaterThanOrEqualTo(0.95);
        assertThat((double) attributions / findings).isGreaterThanOrEqualTo(0.90);
    }

    private static List<String> families(List<String> names) {
        return names.stream().sorted().toList();
    }

    private static String flatten(String extractor, Path page) throws IOException, InterruptedException {
        if (extractor.equals("jsoup")) {
            return org.jsoup.Jsoup.parse(page.toFile(), "UTF-8").body().wholeText();
        }
        List<String> cmd = switch (extractor) {
            case "w3m" -> List.of("w3m", "-dump", "-cols", "200", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", page.toString());
            case "pandoc" -> List.of("pandoc", "-f", "html", "-t", "plain", "--wrap=none", page.toString());
            case "lynx" -> List.of("lynx", "-dump", "-width=200", "-nolist", "-assume_charset=UTF-8", "-display_charset=UTF-8", page.toString());
            default -> List.of("html2text", "-width", "200", "-utf8", page.toString());
        };
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        } catch (IOException e) {
            String msg = extractor + " is not installed: its flattening test did not run";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(msg + " (CI=true requires it; .ci/run installs it)", e);
            }
            System.err.println("SKIPPED: " + msg);
            Assumptions.abort(msg);
            throw e;
        }
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return text;
    }
}
