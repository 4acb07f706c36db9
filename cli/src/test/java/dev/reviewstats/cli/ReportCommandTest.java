package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charts} and {@code report}, the page checked in a real headless browser. */
class ReportCommandTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    static Path samples() {
        return Path.of(System.getProperty("reviewstats.repoRoot", "..")).resolve("samples/reviews");
    }

    @Test
    void chartsWritesEveryChart() {
        ParseCommandTest.Run r = run("charts", samples().toString(), "-o", dir.resolve("out").toString(), "--width", "640",
                "--height", "360");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().map(l -> Path.of(l).getFileName().toString()).toList()).containsExactly(
                "false-positive-rate.png", "downgrade-rate.png", "kept-by-severity.png", "severity-changes.png", "leaderboard.png",
                "findings-per-round.png", "agent-overlap.png", "cost-and-value.png");
        assertThat(run("charts", samples().toString(), "-o", dir.toString(), "--width", "10").exit()).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void theReportIsOneSelfContainedPageThatOpensInABrowser() throws Exception {
        Path page = dir.resolve("retro.html");
        ParseCommandTest.Run r = run("report", samples().toString(), "-o", page.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(page);
        assertThat(html).contains("<h2>Leaderboard</h2>").contains("<h2>Lint</h2>").contains("<h2>Reviews covered</h2>");
        // The value section says in words what the value command's table holds for the same reviews.
        assertThat(html).contains("<h2>What each agent adds</h2>")
                .contains("<li>Without Claude we would have missed 3 critical and 7 important findings in 47 reviews, 12 of its 30 unique"
                        + " findings fixed; it takes 12 minutes a review.</li>");
        assertThat(html.split("data:image/png;base64,", -1)).hasSize(9);
        // No external requests: nothing is loaded from anywhere but the page itself.
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");

        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true but " + CHROMIUM + " is missing: .ci/run installs it");
            }
            System.err.println("SKIPPED: no " + CHROMIUM + "; the browser check of the report did not run");
            Assumptions.abort("chromium not installed");
        }
        Path shot = dir.resolve("shot.png");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0", "--window-size=1280,1600",
                "--screenshot=" + shot, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<String> log = Files.readAllLines(dir.resolve("chromium.log"));
        assertThat(log).noneMatch(l -> l.contains("CONSOLE") && (l.contains("Uncaught") || l.contains("Error")));
        assertThat(log).noneMatch(l -> l.contains("net::ERR_"));
        BufferedImage img = ImageIO.read(shot.toFile());
        assertThat(img.getWidth()).isEqualTo(1280);
        assertThat(colours(img)).isGreaterThan(50);
    }

    @Test
    void sinceTheLastRetroThePageSaysWhatMovedWithTheLeaderboardsOwnCountsOnEachSide() throws IOException {
        Path page = dir.resolve("retro.html");
        ParseCommandTest.Run r = run("report", samples().toString(), "-o", page.toString(), "--since-last", "2026-04-01");
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(page);
        String moved = html.substring(html.indexOf("<h2>What moved since 2026-04-01</h2>"), html.indexOf("<h2>Model comparisons</h2>"));
        // Each side counted on its own: the reviews table's dates, and the leaderboard run with --until / --since.
        List<String> dates = run("table", "reviews", samples().toString(), "--format", "csv").out().lines().skip(1)
                .map(l -> l.split(",")[1]).toList();
        long before = dates.stream().filter(d -> d.compareTo("2026-04-01") < 0).count();
        assertThat(moved).contains(before + " reviews before 2026-04-01, " + (dates.size() - before) + " on or after it");
        java.util.Map<String, String> earlier = falsePositives(run("--format", "csv", "--until", "2026-03-31", samples().toString()).out());
        java.util.Map<String, String> later = falsePositives(run("--format", "csv", "--since", "2026-04-01", samples().toString()).out());
        assertThat(earlier.keySet()).isNotEmpty();
        for (String agent : earlier.keySet()) {
            assertThat(moved).containsPattern("<tr><td>" + agent + "</td><td>false-positive rate</td><td>[^<]*" + earlier.get(agent)
                    + "</td><td>[^<]*" + later.get(agent) + "</td>");
        }
        assertThat(run("report", samples().toString(), "-o", page.toString(), "--since-last", "April").exit())
                .isEqualTo(ExitCode.USAGE.code());
    }

    /** Each agent's false positives over their base ("7/99"), from the leaderboard's CSV. */
    private static java.util.Map<String, String> falsePositives(String csv) {
        List<String> head = List.of(csv.lines().findFirst().orElseThrow().split(","));
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        csv.lines().skip(1).map(l -> l.split(",")).forEach(c -> out.put(c[0], c[head.indexOf("false_positives")] + "/"
                + c[head.indexOf("fp_base")]));
        return out;
    }

    @Test
    void thePageSaysWhatItCoversAndRanksAsTheCommandLineDoes() throws IOException {
        Path page = dir.resolve("retro.html");
        ParseCommandTest.Run r = run("report", samples().toString(), "-o", page.toString(), "--since", "2026-02-01");
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(page);
        assertThat(html).containsPattern("<p class=\"coverage\">Covers \\d+ reviews from 2026-02-\\d\\d to 2026-\\d\\d-\\d\\d; "
                + "repositories: example-org/inventory-service; filters: --since 2026-02-01\\. Made \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC by "
                + Main.VERSION + "\\.</p>");
        assertThat(html).contains("ranked by unique as the command line ranks them");
        // The table's rows are in the order the leaderboard command prints them.
        ParseCommandTest.Run board = run("--format", "csv", "--since", "2026-02-01", samples().toString());
        List<String> csvAgents = board.out().lines().skip(1).map(l -> l.split(",")[0]).toList();
        List<String> pageAgents = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<tr><td>([^<]+?)(?: <span|</td>)").matcher(
                html.substring(html.indexOf("<h2>Leaderboard</h2>"), html.indexOf("<h2>Model comparisons</h2>")));
        while (m.find()) {
            pageAgents.add(m.group(1));
        }
        assertThat(pageAgents).isEqualTo(csvAgents);
    }

    @Test
    void thePageComparesEachFamilysLatestModelChangeAndShowsEachRepository() throws IOException {
        Path page = dir.resolve("retro.html");
        ParseCommandTest.Run r = run("report", samples().toString(), "-o", page.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(page);
        String comparisons = html.substring(html.indexOf("<h2>Model comparisons</h2>"), html.indexOf("<h2>Charts</h2>"));
        assertThat(comparisons).contains("Claude Opus 4.6 → Claude Opus 4.7", "Codex GPT 5.4 → Codex GPT 5.5")
                .containsPattern("no detectable difference|a real difference");
        // One repository: no per-repository section.
        assertThat(html).doesNotContain("<h2>Per repository</h2>");

        ParseCommandTest.Run two = run("report", samples().toString(), "src/test/resources/fixtures/six-reviewers.md", "-o", page.toString());
        assertThat(two.exit()).as(two.err()).isZero();
        html = Files.readString(page);
        String repos = html.substring(html.indexOf("<h2>Per repository</h2>"), html.indexOf("<h2>Charts</h2>"));
        assertThat(repos).contains("<td>example-org/inventory-service</td>", "<td>example-org/local-models</td>");
    }

    @Test
    void hostileTitlesModelNamesAndRepositoriesAreEscapedOnThePage() throws IOException {
        String fixture = Files.readString(Path.of("src/test/resources/fixtures/six-reviewers.md"))
                .replace("Cache key ignores the locale", "<script>alert(1)</script>")
                .replace("example-org/local-models", "\"><svg onload=alert(2)>")
                .replace("Gemma4 31B", "Gemma4 <img src=x onerror=alert(3)>");
        Path report = dir.resolve("hostile.md");
        Files.writeString(report, fixture);
        Path page = dir.resolve("hostile.html");
        ParseCommandTest.Run r = run("report", "--no-cache", report.toString(), "-o", page.toString(), "--min-raised", "0", "--by", "model");
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(page);
        assertThat(html).doesNotContain("<script>").doesNotContain("<svg").doesNotContain("<img src=x");
        // The repository keeps what the parser read of the hostile name, as text: a browser's reading of
        // the page has no element the report wrote, and the name where the coverage line names it.
        org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(html);
        assertThat(dom.select("script, svg, img[onerror]")).isEmpty();
        assertThat(dom.selectFirst("p.coverage").text()).contains("repositories: \">; filters");
        // The reviewer name keeps its family; the markup after it is no model name and is not printed.
        assertThat(html).contains("<tr><td>Gemma4</td>");
    }

    private static int colours(BufferedImage img) throws IOException {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
