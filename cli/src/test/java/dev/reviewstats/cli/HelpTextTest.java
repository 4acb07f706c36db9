package dev.reviewstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The help a new user reads first: whole sentences, no warnings, no link to a file that is not there. */
class HelpTextTest {
    private static final Pattern DOC_LINK = Pattern.compile("docs/[\\w./-]+\\.md");
    /** The project root, where the help's docs/ links point (the cli module's parent). */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** The help of {@code args}, and whatever picocli wrote to the process's stderr meanwhile. */
    private static String[] help(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream tracer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(tracer, true, StandardCharsets.UTF_8));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            assertThat(exit).as("exit of %s", List.of(args)).isZero();
            return new String[] {out.toString(), err + tracer.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void everyCommandsHelpIsFreeOfWarningsAndBrokenLinks() {
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"--help"});
        for (String name : Main.SUBCOMMANDS.keySet()) {
            commands.add(new String[] {name, "--help"});
        }
        for (String[] args : commands) {
            String[] h = help(args);
            assertThat(h[1]).as("stderr of %s", List.of(args)).doesNotContain("WARN").isEmpty();
            assertThat(h[0]).as("help of %s", List.of(args)).contains("Usage: review-stats").doesNotContain("%n");
            Matcher m = DOC_LINK.matcher(h[0]);
            while (m.find()) {
                assertThat(ROOT.resolve(m.group())).as("%s links %s", List.of(args), m.group()).exists();
            }
        }
    }

    @Test
    void theCommandListGivesEachCommandAWholeSentence() {
        String top = help("--help")[0];
        String list = top.substring(top.indexOf("Commands:"), top.indexOf("Exit codes"));
        // Each command's first description line is what the list shows: it must end a sentence.
        for (String name : Main.SUBCOMMANDS.keySet()) {
            int at = list.indexOf("  " + name + " ");
            assertThat(at).as(name).isNotNegative();
            int next = list.length();
            for (String other : Main.SUBCOMMANDS.keySet()) {
                int o = list.indexOf("\n  " + other + " ");
                if (o > at && o < next) {
                    next = o;
                }
            }
            String entry = list.substring(at, next).strip().replaceAll("\\s+", " ");
            assertThat(entry).as("the list's entry for %s", name).endsWith(".");
        }
        assertThat(top).contains("6 a --fail-if gate failed.");
    }

    @Test
    void theGateOptionShowsItsPercentSigns() {
        String h = help("leaderboard", "--help")[0].replaceAll("\\s+", " ");
        assertThat(h).contains("'fp-rate(Gemini) > 20%'").contains("95% interval");
        assertThat(Files.exists(ROOT.resolve("docs/metrics.md"))).isTrue();
    }
}
