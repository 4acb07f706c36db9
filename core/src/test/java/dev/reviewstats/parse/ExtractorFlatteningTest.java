package dev.reviewstats.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.DiagnosticCode;
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
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every HTML page of both corpus histories flattened the way people flatten a page — the DOM's text
 * (jsoup's {@code wholeText()}), and {@code w3m -dump}, {@code lynx -dump}, {@code html2text}, {@code
 * pandoc -t plain}, {@code links -dump} and {@code elinks -dump} exactly as typed, at their default
 * width — and, so that no rule depends on one width, {@code w3m} and {@code lynx} at 60 and 200
 * columns. Each flattened page is read as flattened text and held against two independent readings of
 * the same review: its HTML page (for the reviewers) and its Markdown twin (for the rest). Every
 * review is found with its id, date, PR and reviewers (a reviewer flattening lost is at least
 * reported, RS805); severities and agents agree for at least 95% of the findings whose id survives;
 * retro-table cells for at least 90%. Each case prints one row of a table. The flattened pages are
 * written under target/, never committed. A missing extractor skips its case with a message, and fails
 * it under CI (.ci/run installs them).
 */
class ExtractorFlatteningTest {
    private static final Path OUT = Path.of("target", "flattened");
    /** The commands as a user types them; C.UTF-8 is the locale of a plain container. */
    private static final Map<String, List<String>> COMMANDS = Map.of(
            "w3m", List.of("w3m", "-dump"),
            "lynx", List.of("lynx", "-dump"),
            "html2text", List.of("html2text"),
            "pandoc", List.of("pandoc", "-t", "plain"),
            "links", List.of("links", "-dump"),
            "elinks", List.of("elinks", "-dump"),
            "w3m -cols 60", List.of("w3m", "-dump", "-cols", "60"),
            "lynx -width=60", List.of("lynx", "-dump", "-width=60"),
            "w3m -cols 200", List.of("w3m", "-dump", "-cols", "200"),
            "lynx -width=200", List.of("lynx", "-dump", "-width=200"));
    private static final Map<String, Review> TWINS = new ConcurrentHashMap<>();
    private static final Map<String, Review> PAGES = new ConcurrentHashMap<>();
    private static List<Path> pages;

    @BeforeAll
    static void readTheTwins() throws Exception {
        pages = List.of(SharedCorpus.reviews(), SharedCorpus.secondHistory()).stream()
                .flatMap(h -> SharedCorpus.filesIn(h, ".html").stream())
                .filter(p -> !p.getFileName().toString().equals("index.html"))
                .toList();
        ReviewParser parser = ReviewParser.create();
        for (Path page : pages) {
            String stem = stem(page);
            if (parser.parse(page.resolveSibling(stem + ".md")) instanceof ParseResult.Parsed md) {
                TWINS.put(stem, md.review());
            }
            if (parser.parse(page) instanceof ParseResult.Parsed html) {
                PAGES.put(stem, html.review());
            }
        }
        System.out.println("| extractor | reviews | date, PR | reviewers (lost, reported) | findings read | severities | agents"
                + " | retro cells (wrong; unknown, reported) |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jsoup", "w3m", "lynx", "html2text", "pandoc", "links", "elinks", "w3m -cols 60", "lynx -width=60", "w3m -cols 200",
        "lynx -width=200"})
    void everyPageFlattenedByTheExtractorIsReadAsItsTwins(String extractor) throws Exception {
        assertThat(pages).as("pages of both histories").hasSizeGreaterThan(170);
        Path dir = Files.createDirectories(OUT.resolve(extractor.replace(' ', '_')));
        flattenAll(extractor, dir);
        ReviewParser parser = ReviewParser.create();
        Tally t = new Tally();
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            String stem = stem(page);
            Review md = TWINS.get(stem);
            Review html = PAGES.get(stem);
            if (md == null || html == null) {
                continue;
            }
            t.pages++;
            ParseResult flat = parser.parse(dir.resolve(stem + ".txt"));
            if (!(flat instanceof ParseResult.Parsed f) || !f.review().id().equals(stem)) {
                problems.add(stem + ": not found (" + flat + ")");
                continue;
            }
            t.found++;
            Review r = f.review();
            if (Objects.equals(r.date(), md.date()) && Objects.equals(number(r), number(md))) {
                t.metadata++;
            } else {
                problems.add(stem + ": date or PR " + r.date() + " #" + number(r));
            }
            if (names(r.reviewers()).equals(names(html.reviewers()))) {
                t.reviewers++;
            } else if (r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.REVIEWER_LOST)) {
                t.reviewersReported++;
            } else {
                problems.add(stem + ": reviewers " + names(r.reviewers()) + " but the page names " + names(html.reviewers()));
            }
            t.twinFindings += md.findings().size();
            Map<String, Finding> byId = md.findings().stream().collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a));
            for (Finding x : r.findings()) {
                Finding y = byId.get(x.id());
                if (y != null) {
                    t.findings++;
                    t.severities += x.severity() == y.severity() ? 1 : 0;
                    t.agents += families(x.agents()).equals(families(y.agents())) ? 1 : 0;
                }
            }
            cells(r, md, t);
        }
        System.out.println(t.row(extractor));
        problems.stream().limit(20).forEach(p -> System.out.println("  " + extractor + " — " + p));
        assertThat(t.found).as("every page is found as a review with its id").isEqualTo(t.pages);
        assertThat(t.metadata).as("date and PR").isEqualTo(t.found);
        assertThat(t.reviewers + t.reviewersReported).as("reviewers, or a diagnostic naming the loss").isEqualTo(t.found);
        assertThat(t.reviewersReported).as("reviewers lost (reported)").isLessThanOrEqualTo(t.found / 100);
        assertThat(t.findings).as("findings read").isGreaterThanOrEqualTo((int) (0.95 * t.twinFindings));
        assertThat((double) t.severities / t.findings).as("severities").isGreaterThanOrEqualTo(0.95);
        assertThat((double) t.agents / t.findings).as("agents").isGreaterThanOrEqualTo(0.95);
        assertThat(t.cells).isGreaterThan(1000);
        assertThat((double) t.cellsAgree / t.cells).as("retro cells").isGreaterThanOrEqualTo(0.90);
        assertThat(t.cellsWrong).as("retro cells read as a different figure").isLessThanOrEqualTo(t.cells / 50);
    }

    /**
     * Every figure of the Markdown twin's retro table, held against the flattened reading's. A figure
     * the reading left unknown and said so (a glued row no split fits, or more than one does: RS801,
     * RS802) did not survive the flattening; every other one counts, a missing one as a miss.
     */
    private static void cells(Review r, Review md, Tally t) {
        boolean toldLost = r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.FLATTENED_SPLIT_AMBIGUOUS
                || d.code() == DiagnosticCode.FLATTENED_SPLIT_FAILED);
        for (AgentStats m : md.agentStats()) {
            AgentStats s = twinOf(m, r, md);
            Object[][] pairs = {
                {m.findings(), s == null ? null : s.findings()},
                {m.falsePositives(), s == null ? null : s.falsePositives()},
                {m.uniqueInsights(), s == null ? null : s.uniqueInsights()},
                {m.filesReviewed(), s == null ? null : s.filesReviewed()},
                {m.duration(), s == null ? null : s.duration()},
                {m.toolCalls() == null ? null : m.toolCalls().total(), s == null || s.toolCalls() == null ? null : s.toolCalls().total()},
                {m.dropped(), s == null ? null : s.dropped()},
                {m.downgraded() == null ? null : m.downgraded().count(), s == null || s.downgraded() == null ? null : s.downgraded().count()}};
            for (Object[] p : pairs) {
                if (p[0] == null) {
                    continue;
                }
                if (p[1] == null && s != null && toldLost) {
                    t.cellsLost++;
                    continue;
                }
                t.cells++;
                t.cellsAgree += p[0].equals(p[1]) ? 1 : 0;
                t.cellsWrong += p[1] != null && !p[0].equals(p[1]) ? 1 : 0;
            }
        }
    }

    /**
     * The flattened reading's column for a Markdown column: same family and model; or, where the page
     * itself names the family alone (the HTML of early templates), the one column of that family.
     */
    private static AgentStats twinOf(AgentStats m, Review r, Review md) {
        AgentStats same = r.agentStats().stream().filter(x -> x.agent().family().equals(m.agent().family())
                && Objects.equals(x.agent().model(), m.agent().model())).findFirst().orElse(null);
        if (same != null) {
            return same;
        }
        List<AgentStats> bare = r.agentStats().stream()
                .filter(x -> x.agent().family().equals(m.agent().family()) && x.agent().model() == null).toList();
        long inTwin = md.agentStats().stream().filter(x -> x.agent().family().equals(m.agent().family())).count();
        return bare.size() == 1 && inTwin == 1 ? bare.get(0) : null;
    }

    /** Counts for one extractor. */
    private static final class Tally {
        int pages;
        int found;
        int metadata;
        int reviewers;
        int reviewersReported;
        int twinFindings;
        int findings;
        int severities;
        int agents;
        int cells;
        int cellsAgree;
        int cellsWrong;
        int cellsLost;

        String row(String extractor) {
            return String.format(Locale.ROOT, "| %s | %d/%d | %d | %d (%d) | %d/%d | %.1f%% | %.1f%% | %d/%d (%.1f%%), %d wrong, %d unknown |",
                    extractor, found, pages, metadata, reviewers, reviewersReported, findings, twinFindings,
                    100.0 * severities / Math.max(1, findings), 100.0 * agents / Math.max(1, findings), cellsAgree, cells,
                    100.0 * cellsAgree / Math.max(1, cells), cellsWrong, cellsLost);
        }
    }

    private static Integer number(Review r) {
        return r.pullRequest() == null ? null : r.pullRequest().number();
    }

    private static List<String> names(List<Agent> agents) {
        return agents.stream().map(a -> a.family() + (a.model() == null ? "" : " " + a.model())).sorted().toList();
    }

    private static List<String> families(List<Agent> agents) {
        return agents.stream().map(Agent::family).sorted().toList();
    }

    private static String stem(Path page) {
        return page.getFileName().toString().replaceFirst("\\.html$", "");
    }

    /** Flattens every page on two threads (pandoc takes a fifth of a second a page). */
    private static void flattenAll(String extractor, Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path page : pages) {
                done.add(pool.submit(() -> {
                    Files.writeString(dir.resolve(stem(page) + ".txt"), flatten(extractor, page), StandardCharsets.UTF_8);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof org.opentest4j.TestAbortedException aborted) {
                        throw aborted;
                    }
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String flatten(String extractor, Path page) throws IOException, InterruptedException {
        if (extractor.equals("jsoup")) {
            return org.jsoup.Jsoup.parse(page.toFile(), "UTF-8").body().wholeText();
        }
        List<String> cmd = new ArrayList<>(COMMANDS.get(extractor));
        cmd.add(page.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            String msg = cmd.get(0) + " is not installed: the flattening test of '" + extractor + "' did not run";
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
