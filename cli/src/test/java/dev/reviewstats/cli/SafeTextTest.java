package dev.reviewstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from reports leaves the tool safe: CSV cells a spreadsheet would run, terminal escapes, failed writes. */
class SafeTextTest {
    @TempDir
    Path dir;

    @Test
    void csvCellsThatLookLikeFormulasAreNeutralisedUnlessRawIsAsked() {
        assertThat(Csv.SAFE.cell("=HYPERLINK(\"http://x.example/\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x.example/\"\",\"\"x\"\")\"");
        assertThat(Csv.SAFE.cell("+cmd")).isEqualTo("'+cmd");
        assertThat(Csv.SAFE.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        // A tab is escaped like any control character, so the cell no longer starts with one.
        assertThat(Csv.SAFE.cell("\tx")).isEqualTo("\\u0009x");
        assertThat(Csv.SAFE.cell("-1+1")).isEqualTo("'-1+1");
        // Numbers are data, not formulas.
        assertThat(Csv.SAFE.cell("-3")).isEqualTo("-3");
        assertThat(Csv.SAFE.cell("Cache key ignores the locale")).isEqualTo("Cache key ignores the locale");
        assertThat(Csv.RAW.cell("=1+1")).isEqualTo("=1+1");
    }

    @Test
    void controlCharactersFromReportsAreEscapedForTheTerminal() {
        assertThat(TerminalText.safe("Gemini\u001b]0;pwned\u0007 3.1")).isEqualTo("Gemini\\u001b]0;pwned\\u0007 3.1");
        assertThat(TerminalText.safe("a\u202eb\nc")).isEqualTo("a\\u202eb\\u000ac");
        assertThat(TerminalText.safe("Claude Opus 4.7\tok")).isEqualTo("Claude Opus 4.7\\u0009ok");
        assertThat(TerminalText.safe("a\u200fb\u061cc\u2066d\u2028e\u009bf")).isEqualTo("a\\u200fb\\u061cc\\u2066d\\u2028e\\u009bf");
    }

    @Test
    void findingsTitlesAreNeutralisedInTheFindingsCsv() throws IOException {
        String fixture = Files.readString(Path.of("src/test/resources/fixtures/six-reviewers.md"))
                .replace("Cache key ignores the locale", "=HYPERLINK(\\\"http://x.example/\\\")");
        Path f = dir.resolve("formula.md");
        Files.writeString(f, fixture);
        ParseCommandTest.Run r = ParseCommandTest.run("table", "findings", "--no-cache", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains(",\"'=HYPERLINK(").doesNotContain(",=HYPERLINK");
    }

    @Test
    void lintEscapesWhatItQuotesFromAReport() throws IOException {
        String fixture = Files.readString(Path.of("src/test/resources/fixtures/six-reviewers.md"))
                .replace("## Suggestions", "## Notes \u001b]0;pwned\u0007\n\n## Suggestions");
        Path f = dir.resolve("escape.md");
        Files.writeString(f, fixture);
        ParseCommandTest.Run r = ParseCommandTest.run("lint", "--all", "--no-cache", f.toString());
        assertThat(r.out()).contains("Notes \\u001b]0;pwned\\u0007").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    /** A writer as on a full disk: every write and flush fails. */
    private static Writer fullDisk() {
        return new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void aFailedWriteIsItsOwnExitCodeWithOneLine() {
        Writer failing = fullDisk();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"table", "findings", "--no-cache", "src/test/resources/fixtures/six-reviewers.md"},
                new PrintWriter(failing), new PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCode.OUTPUT_FAILED.code());
        assertThat(err.toString().lines().filter(l -> l.contains("could not write the output"))).hasSize(1);
    }

    @Test
    void helpAndVersionOnAFullDiskAreNotASuccess() {
        for (String[] args : new String[][] {{"--help"}, {"--version"}, {"leaderboard", "--help"}, {"help"}, {"help", "table"},
            {"table", "--version"}}) {
            StringWriter err = new StringWriter();
            int code = Main.run(args, new PrintWriter(fullDisk()), new PrintWriter(err, true));
            assertThat(code).as(String.join(" ", args)).isEqualTo(ExitCode.OUTPUT_FAILED.code());
            assertThat(err.toString()).contains("could not write the output");
        }
    }

    /** Every command and format that can reach a terminal, over one report whose names carry escapes. */
    @Test
    void noOutputOfAnyCommandCarriesARawControlOrBidiCharacter() throws IOException {
        String hostile = "\u001b]0;pwned\u0007\u202e\u200f\u009b";
        String fixture = Files.readString(Path.of("src/test/resources/fixtures/six-reviewers.md"))
                .replace("Cache key ignores the locale", "Cache key" + hostile + " ignores the locale")
                .replace("example-org/local-models", "example-org/local" + hostile)
                .replace("Gemma4 31B", "Gemma4 31B" + hostile);
        Path f = dir.resolve("20260101-000000-pr-1.md");
        Files.writeString(f, fixture);
        Path f2 = dir.resolve("20260102-000000-pr-1.md");
        Files.writeString(f2, fixture.replace("| **Round** | 1", "| **Round** | 2"));
        String[][] runs = {{"--min-raised", "0"}, {"--min-raised", "0", "--format", "csv"}, {"--min-raised", "0", "--format", "json"},
            {"--min-raised", "0", "--format", "markdown"}, {"--min-raised", "0", "--by", "model"}, {"findings"}, {"lint", "--all"},
            {"rounds"}, {"rounds", "--format", "csv"}, {"parse"}, {"parse", "--jsonl"}, {"compare", "--paths"},
            {"table", "findings"}, {"table", "agent-reviews", "--format", "json"}, {"table", "reviews", "--format", "jsonl"},
            {"table", "agent-findings"}};
        for (String[] args : runs) {
            java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
            all.add("--no-cache");
            all.add(f.toString());
            all.add(f2.toString());
            ParseCommandTest.Run r = ParseCommandTest.run(all.toArray(String[]::new));
            for (String text : java.util.List.of(r.out(), r.err())) {
                assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == 0x202e || c == 0x200f))
                        .as("%s", all).isEmpty();
            }
        }
    }
}
