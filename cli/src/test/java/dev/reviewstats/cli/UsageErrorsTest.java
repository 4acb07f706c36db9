package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a new user gets wrong first: every mistake is one line on stderr and exit 2, before anything is read. */
class UsageErrorsTest {
    @TempDir
    Path dir;

    private static String samples() {
        return ParseCommandTest.samples().toString();
    }

    private static void assertUsageError(ParseCommandTest.Run r, String... fragments) {
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
    }

    @ParameterizedTest
    @CsvSource({"lnt, lint", "chart, charts", "lead, leaderboard", "tabel, table", "prase, parse"})
    void aMistypedCommandIsAnErrorWithASuggestion(String typed, String meant) {
        ParseCommandTest.Run r = run(typed, samples());
        assertUsageError(r, "'" + typed + "' is neither a command nor an existing file or folder", "did you mean '" + meant + "'?");
    }

    @Test
    void aWordFarFromEveryCommandListsTheCommands() {
        assertUsageError(run("xyzzy"), "commands: leaderboard, findings, lint, charts, report, parse, table, compare, rounds");
    }

    @Test
    void anExistingFolderInTheCommandPositionIsStillTheLeaderboard() {
        ParseCommandTest.Run r = run(samples());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Agent leaderboard");
    }

    @Test
    void helpListsTheCommandsAndHelpCommandShowsItsUsage() {
        ParseCommandTest.Run all = run("help");
        assertThat(all.exit()).isZero();
        assertThat(all.out()).contains("leaderboard", "lint", "charts", "table");
        ParseCommandTest.Run lint = run("help", "lint");
        assertThat(lint.exit()).isZero();
        assertThat(lint.out()).startsWith("Usage: review-stats lint");
        assertUsageError(run("help", "lnit"), "no command 'lnit'", "did you mean 'lint'?");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "leaderboard; --by; modle; 'modle' is not one of family, model",
        "leaderboard; --breakdown; year; 'year' is not one of round, week, month",
        "leaderboard; --sort; fp; 'fp' is not one of reviews, raised, credited, unique",
        "leaderboard; --jobs; -3; '-3' must be 1 or more",
        "leaderboard; --jobs; 0; '0' must be 1 or more",
        "leaderboard; --min-raised; -5; '-5' must be 0 or more",
        "leaderboard; --since; 2026-13-01; '2026-13-01' is not a date in the form YYYY-MM-DD",
        "leaderboard; --until; yesterday; 'yesterday' is not a date in the form YYYY-MM-DD",
        "charts; --metric; unique; 'unique' is not one of fp-rate, downgrade-rate, keep-rate, fix-rate",
        "charts; --period; round; 'round' is not one of week, month",
        "charts; --min-raised; -5; '-5' must be 0 or more",
        "charts; --width; 0; '0' must be 1 or more",
        "table; --jobs; -1; '-1' must be 1 or more",
    })
    void aBadOptionValueIsOneLineNamingTheValuesItTakes(String command, String option, String value, String message) {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        if (command.equals("table")) {
            args.add("reviews");
        }
        args.addAll(List.of(samples(), option, value));
        if (command.equals("charts")) {
            args.addAll(List.of("-o", dir.resolve("charts").toString()));
        }
        assertUsageError(run(args.toArray(String[]::new)), "Invalid value for option '" + option + "'", message);
    }

    @Test
    void sinceAfterUntilIsRefusedInEveryCommandThatFilters() {
        assertUsageError(run(samples(), "--since", "2026-05-01", "--until", "2026-04-01"), "no review can match");
        assertUsageError(run("charts", samples(), "--since", "2026-05-01", "--until", "2026-04-01", "-o", dir.toString()),
                "no review can match");
    }

    @Test
    void outputPathsAreCheckedBeforeAnythingIsRead() throws IOException {
        Path file = Files.writeString(dir.resolve("existing.png"), "x");
        // The input does not exist: had it been read first, the run would end in exit 3 (skipped input).
        String missing = dir.resolve("no-such-folder").toString();
        assertUsageError(run("charts", missing, "-o", file.toString()), "is a file; give a folder to write into");
        assertUsageError(run("report", missing, "-o", dir.toString()), "is a folder; give the name of the file to write");
        assertUsageError(run("report", missing, "-o", file.resolve("retro.html").toString()), "is a file, not a folder");
    }

    @Test
    void aPlantedSymlinkIsReplacedNotFollowed() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious", StandardCharsets.UTF_8);
        Path charts = Files.createDirectories(dir.resolve("charts"));
        Files.createSymbolicLink(charts.resolve("leaderboard.png"), victim);
        Path page = dir.resolve("retro.html");
        Files.createSymbolicLink(page, victim);

        assertThat(run("charts", samples(), "-o", charts.toString()).exit()).isZero();
        assertThat(run("report", samples(), "-o", page.toString()).exit()).isZero();

        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(charts.resolve("leaderboard.png"))).isFalse();
        assertThat(Files.readAllBytes(charts.resolve("leaderboard.png"))).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(Files.isSymbolicLink(page)).isFalse();
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFileIntactAndNoTemporaryFile() throws IOException {
        Path page = Files.writeString(dir.resolve("retro.html"), "<p>last week's retro</p>");
        assertThatThrownBy(() -> OutputTarget.write(page, out -> {
            out.write("<!DOCTYPE html><p>half a pa".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThat(Files.readString(page)).isEqualTo("<p>last week's retro</p>");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("retro.html");
        }
    }

    @Test
    void parseJsonlWithSkippedPrintsTheSkippedInputsAsLines() throws IOException {
        Files.copy(ParseCommandTest.samples().resolve("20260105-101500-pr-12.md"), dir.resolve("20260105-101500-pr-12.md"));
        Files.writeString(dir.resolve("notes.md"), "# Meeting notes\n\nNothing about reviews.\n");
        ParseCommandTest.Run r = run("parse", "--jsonl", "--skipped", "--no-cache", dir.toString());
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"review\":{\"id\":\"20260105-101500-pr-12\"");
        assertThat(lines.get(1)).startsWith("{\"skipped\":{").contains("notes.md", "NOT_A_REVIEW");
    }

    @Test
    void aFileNamedOnTheCommandLineThatIsNoReviewIsNamedOnStderr() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.md"), "# Meeting notes\n\nNothing about reviews.\n");
        ParseCommandTest.Run r = run("table", "reviews", "--no-cache", notes.toString());
        assertThat(r.err()).contains(notes + ": skipped (not a review)");
        assertThat(r.err()).contains("skipped 1 input(s): 1 not a review");
    }
}
