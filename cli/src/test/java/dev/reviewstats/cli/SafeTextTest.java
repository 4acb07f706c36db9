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
        assertThat(Csv.SAFE.cell("\tx")).isEqualTo("'\tx");
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
        assertThat(TerminalText.safe("Claude Opus 4.7\tok")).isEqualTo("Claude Opus 4.7\tok");
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

    @Test
    void aFailedWriteIsItsOwnExitCodeWithOneLine() {
        Writer failing = new Writer() {
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
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"table", "findings", "--no-cache", "src/test/resources/fixtures/six-reviewers.md"},
                new PrintWriter(failing), new PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCode.OUTPUT_FAILED.code());
        assertThat(err.toString().lines().filter(l -> l.contains("could not write the output"))).hasSize(1);
    }
}
