package dev.reviewstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar, run as a separate JVM the way the launcher runs it: every library the commands need
 * is inside (the jar leaves some of Tablesaw's dependencies out), and charts render headless.
 */
class PackagedJarIT {
    private static final Path REPO = Path.of(System.getProperty("reviewstats.repoRoot", "..")).toAbsolutePath().normalize();
    private static final Path JAR = REPO.resolve("cli/target/review-stats.jar");
    private static final Path SAMPLES = REPO.resolve("samples/reviews");

    @TempDir
    Path work;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dreviewstats.cacheDir=" + work.resolve("cache"), "-jar", JAR.toString()));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Run(p.exitValue(), Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherWorksThroughChainsOfSymbolicLinks() throws Exception {
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path other = Files.createDirectories(work.resolve("other"));
        Files.createSymbolicLink(bin.resolve("review-stats"), REPO.resolve("review-stats"));
        // A relative link to a link, as `ln -s ../bin/review-stats rs` makes.
        Files.createSymbolicLink(other.resolve("rs"), Path.of("../bin/review-stats"));
        for (Path link : List.of(bin.resolve("review-stats"), other.resolve("rs"))) {
            Process p = new ProcessBuilder("sh", "-c", "cd / && \"$0\" --version", link.toString())
                    .redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile()).start();
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(work.resolve("err.txt"))).isZero();
            assertThat(Files.readString(work.resolve("out.txt")).strip()).isEqualTo(Main.VERSION);
        }
    }

    /** The progress bar shows in a pseudo-terminal (made by util-linux's script) and not when stderr is a file. */
    @Test
    void theProgressBarShowsInATerminalOnlyWhenStderrIsOne() throws Exception {
        Path script = script("the progress bar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "'" + java + "' -Dreviewstats.progressAfterMillis=0 -jar '" + JAR + "' table reviews --no-cache '"
                + SAMPLES + "' > '" + work.resolve("data.csv") + "'";
        Path typescript = work.resolve("typescript");
        Process p = new ProcessBuilder(script.toString(), "-qec", command, typescript.toString())
                .redirectOutput(work.resolve("script-out.txt").toFile()).redirectError(work.resolve("script-err.txt").toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(work.resolve("script-err.txt"))).isZero();
        String terminal = Files.readString(typescript, StandardCharsets.UTF_8);
        assertThat(terminal).containsPattern("Parsing +\\d+%").containsPattern("\\d+/\\d+ files");
        assertThat(Files.readString(work.resolve("data.csv"))).startsWith("review,").doesNotContain("Parsing");

        Process piped = new ProcessBuilder(java, "-Dreviewstats.progressAfterMillis=0", "-jar", JAR.toString(), "table", "reviews",
                "--no-cache", SAMPLES.toString()).redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile()).start();
        assertThat(piped.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(piped.exitValue()).isZero();
        assertThat(Files.readString(work.resolve("err.txt"))).doesNotContain("Parsing").doesNotContain("\r");
    }

    /**
     * What a report smuggles in reaches a real terminal escaped: every command that prints report
     * text, run in a pseudo-terminal (util-linux's script), writes no control, C1 or bidirectional
     * character but line ends.
     */
    @Test
    void noCommandWritesARawControlCharacterToATerminal() throws Exception {
        Path script = script("escaping");
        String hostile = "\u001b]0;pwned\u0007\u202e\u200f\u009b";
        String fixture = Files.readString(REPO.resolve("cli/src/test/resources/fixtures/six-reviewers.md"))
                .replace("Cache key ignores the locale", "Cache key" + hostile + " ignores the locale")
                .replace("example-org/local-models", "example-org/local" + hostile)
                .replace("Gemma4 31B", "Gemma4 31B" + hostile);
        Path reports = Files.createDirectories(work.resolve("reports" + "\t" + "tab"));
        Files.writeString(reports.resolve("20261012-101500-pr-901.md"), fixture);
        Files.writeString(reports.resolve("20261013-101500-pr-901.md"), fixture.replace("20261012-101500-pr-901", "20261013-101500-pr-901")
                .replace("| **Round** | 1", "| **Round** | 2"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String command : List.of("--min-raised 0 --by model", "findings", "lint --all", "rounds", "table findings", "parse --jsonl",
                "compare --paths", "--min-raised 0 --by model --format markdown")) {
            String line = "'" + java + "' -Dreviewstats.progressAfterMillis=600000 -jar '" + JAR + "' " + command + " --no-cache '"
                    + reports + "'";
            Path typescript = work.resolve("typescript");
            Process p = new ProcessBuilder(script.toString(), "-qec", line, typescript.toString())
                    .redirectOutput(work.resolve("script-out.txt").toFile()).redirectError(work.resolve("script-err.txt").toFile()).start();
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            // script's own first and last lines quote the command (and its tab): only what the tool wrote counts.
            String terminal = Files.readString(typescript, StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("Script started on") && !l.startsWith("Script done on"))
                    .collect(Collectors.joining("\n"));
            assertThat(terminal).as(command).isNotBlank();
            assertThat(terminal.chars().filter(c -> (c < 0x20 && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)
                    || c == 0x202e || c == 0x200f)).as("%s wrote %s", command, terminal).isEmpty();
        }
    }

    /** util-linux's script, which makes a pseudo-terminal; its absence skips a test, and fails it under CI. */
    private static Path script(String what) {
        Path script = Path.of("/usr/bin/script");
        if (!Files.isExecutable(script)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true but " + script + " is missing: .ci/run installs it");
            }
            System.err.println("SKIPPED: no " + script + "; the pseudo-terminal test of " + what + " did not run");
            org.junit.jupiter.api.Assumptions.abort("script not installed");
        }
        return script;
    }

    @Test
    void printsItsVersion() throws Exception {
        Run r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo(Main.VERSION);
    }

    @Test
    void theLauncherUsesTheClassDataSharingArchiveQuietly() throws Exception {
        assertThat(REPO.resolve("cli/target/review-stats.jsa")).as("made by the build's training run").isRegularFile();
        ProcessBuilder launch = new ProcessBuilder("sh", REPO.resolve("review-stats").toString(), "--version")
                .redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        launch.environment().put("JAVA_OPTS", "-Xlog:class+load=info:file=" + work.resolve("classes.txt"));
        Process p = launch.start();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(work.resolve("out.txt")).strip()).isEqualTo(Main.VERSION);
        assertThat(Files.readString(work.resolve("err.txt"))).isEmpty();
        assertThat(Files.readAllLines(work.resolve("classes.txt"))).anySatisfy(
                line -> assertThat(line).contains("dev.reviewstats.cli.Main source: shared objects file (top)"));
    }

    @Test
    void printsTheLeaderboardOfTheSamplesTwiceTheSameWithAndWithoutTheCache() throws Exception {
        Run first = run(SAMPLES.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).startsWith("Agent leaderboard: 50 reviews, family rows");
        assertThat(first.out()).contains("Claude", "Codex", "Gemini");
        try (Stream<Path> entries = Files.walk(work.resolve("cache"))) {
            assertThat(entries.filter(p -> p.toString().endsWith(".rsr")).count()).isEqualTo(58);
        }
        Run second = run(SAMPLES.toString());
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(run("--no-cache", "--format", "json", SAMPLES.toString()).out()).startsWith("{").contains("\"reviews\" : 50");
    }

    @Test
    void writesChartsAndTheRetroPageHeadless() throws Exception {
        Run charts = run("charts", "-o", work.resolve("charts").toString(), SAMPLES.toString());
        assertThat(charts.exit()).as(charts.err()).isZero();
        try (Stream<Path> pngs = Files.list(work.resolve("charts"))) {
            List<Path> files = pngs.filter(p -> p.toString().endsWith(".png")).toList();
            assertThat(files).hasSizeGreaterThanOrEqualTo(5);
            for (Path png : files) {
                byte[] head = Arrays.copyOf(Files.readAllBytes(png), 4);
                assertThat(head).containsExactly(0x89, 'P', 'N', 'G');
            }
        }
        Run report = run("report", "-o", work.resolve("retro.html").toString(), SAMPLES.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(Files.readString(work.resolve("retro.html"))).contains("<h1>Review retro</h1>", "data:image/png;base64,");
    }

    @Test
    void parsesToJson() throws Exception {
        Path one;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            one = s.filter(p -> p.toString().endsWith(".html")).sorted().findFirst().orElseThrow();
        }
        Run r = run("parse", one.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("[").contains("\"id\"");
    }

    /**
     * The hostile-input report's reproductions, each beside a good report, run as a user runs them:
     * the cached path, in a 512 MiB heap. Each finishes in under 10 s with the good review printed.
     */
    @Test
    void eachHostileReproductionFinishesQuicklyInASmallHeapWithTheGoodReviewPrinted() throws Exception {
        String good = Files.readString(REPO.resolve("cli/src/test/resources/fixtures/six-reviewers.md"));
        String glued = "Deep Review: 20261012-101500-pr-902\n\nDate2026-10-12 10:15\nReviewersClaude Opus 5, Codex GPT 5.6\n\n"
                + "Agent Performance Retro\n\nSummary\n\nClaude Opus 5Codex GPT 5.6\nFiles reviewed" + "1".repeat(1000) + "x\n";
        StringBuilder table = new StringBuilder(good.replace("pr-901", "pr-903")).append("\n| a | b |\n|---|---|\n");
        for (int i = 0; i < 1_000_000; i++) {
            table.append("| ").append(i).append(" | y |\n");
        }
        List<String> bad = List.of(
                glued,
                good.replace("pr-901", "pr-904") + "\n" + "- ".repeat(50_000) + "x\n",
                table.toString(),
                good.replace("pr-901", "pr-905").replace("Cache key ignores the locale", " ".repeat(100_000) + "x")
                        .replace("Gemma4 31B, GLM-4.7 Flash |", "Gemma4 31B, GLM-4.7 Flash" + ",".repeat(100_000) + " |"),
                good.replace("pr-901", "pr-906").replace("| Findings | 1S |", "| Findings | " + "7".repeat(4_800_000) + " |")
                        + "\n" + "a".repeat(5_000_000) + "\n");
        for (int i = 0; i < bad.size(); i++) {
            Path folder = Files.createDirectories(work.resolve("repro-" + i));
            Files.writeString(folder.resolve("good.md"), good);
            Files.writeString(folder.resolve("bad.md"), bad.get(i));
            long start = System.nanoTime();
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Djava.awt.headless=true", "-Dreviewstats.cacheDir=" + work.resolve("cache"), "-jar", JAR.toString(),
                    "table", "agent-reviews", "--format", "csv", folder.toString()));
            Process p = new ProcessBuilder(cmd).redirectOutput(work.resolve("out.txt").toFile())
                    .redirectError(work.resolve("err.txt").toFile()).start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("reproduction " + i + " finished").isTrue();
            double seconds = (System.nanoTime() - start) / 1e9;
            String out = Files.readString(work.resolve("out.txt"));
            String err = Files.readString(work.resolve("err.txt"));
            assertThat(seconds).as("reproduction " + i + ": " + err).isLessThan(10);
            assertThat(p.exitValue()).as(err).isIn(0, 3);
            assertThat(out).as("reproduction " + i).contains("20261012-101500-pr-901,");
            assertThat(err).doesNotContain("internal error").doesNotContain("OutOfMemoryError");
        }
    }
}
