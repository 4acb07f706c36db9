package dev.reviewstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The top-level command: subcommands are added lazily but behave as if always there. */
class MainTest {
    @Test
    void everySubcommandIsRegisteredUnderItsOwnName() {
        for (Map.Entry<String, Class<?>> e : Main.SUBCOMMANDS.entrySet()) {
            assertThat(e.getValue().getAnnotation(Command.class).name()).isEqualTo(e.getKey());
        }
        assertThat(Main.SUBCOMMANDS).containsOnlyKeys("leaderboard", "findings", "lint", "charts", "report", "parse", "table", "compare", "rounds", "value");
    }

    @Test
    void helpListsEverySubcommand() {
        ParseCommandTest.Run r = ParseCommandTest.run("--help");
        assertThat(r.exit()).isZero();
        for (String name : Main.SUBCOMMANDS.keySet()) {
            assertThat(r.out()).containsPattern("(?m)^\\s+" + name + "\\s");
        }
    }

    @Test
    void versionPrintsTheVersionAlone() {
        ParseCommandTest.Run r = ParseCommandTest.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out().trim()).isEqualTo("review-stats 0.1.0");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theVersionPrintedIsTheVersionOfTheArtifacts() {
        String built = System.getProperty("reviewstats.projectVersion");
        assertThat(built).as("set by the build from the pom").isNotBlank();
        assertThat(Main.VERSION).isEqualTo("review-stats " + built);
    }

    @Test
    void aSubcommandsOwnHelpAndUsageErrorsStillWork() {
        ParseCommandTest.Run help = ParseCommandTest.run("lint", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: review-stats lint");
        ParseCommandTest.Run bad = ParseCommandTest.run("--format", "yaml", ParseCommandTest.samples().toString());
        assertThat(bad.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(bad.err()).contains("--format");
    }
}
