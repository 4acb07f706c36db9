package dev.reviewstats.cli;

import static dev.reviewstats.cli.ParseCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Families the tool does not know are named as the user says, in every number that counts them. */
class FamilyAliasTest {
    private static final String FIXTURE = "src/test/resources/fixtures/unknown-families.md";

    /** review,family,agent,model,credited for each row. */
    private static List<String> rows(ParseCommandTest.Run r) {
        List<String> lines = r.out().lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        int family = header.indexOf("family");
        int agent = header.indexOf("agent");
        int model = header.indexOf("model");
        int credited = header.indexOf("credited");
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1))
                .map(v -> v[family] + "|" + v[agent] + "|" + v[model] + "|" + v[credited]).toList();
    }

    @Test
    void withoutAliasesAnUnknownGluedNameIsItsOwnFamilyWithNoModel() {
        ParseCommandTest.Run r = run("table", "agent-reviews", "--no-cache", FIXTURE);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(rows(r)).contains("DeepSeek-V3.2|DeepSeek-V3.2||1", "Devstral|Devstral 2|2|1");
    }

    @Test
    void aliasesNameTheFamilyAndKeepTheWholeProductNameAsTheModel() {
        ParseCommandTest.Run r = run("table", "agent-reviews", "--no-cache", "--family-alias", "DeepSeek=DeepSeek",
                "--family-alias", "devstral=Mistral", FIXTURE);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(rows(r)).contains("DeepSeek|DeepSeek-V3.2|DeepSeek-V3.2|1", "Mistral|Mistral Devstral 2|Devstral 2|1",
                "Gemini|Gemini 3.1 Pro|3.1 Pro|1", "Gemini|Gemini 3.5 Flash|3.5 Flash|1");
        // The leaderboard pools by the aliased family.
        ParseCommandTest.Run board = run("--format", "csv", "--min-raised", "0", "--no-cache", "--family-alias", "Devstral=Mistral", FIXTURE);
        assertThat(board.out().lines().map(l -> l.split(",")[0])).contains("Mistral").doesNotContain("Devstral");
    }

    @Test
    void anAliasThatIsNotNameEqualsFamilyIsAUsageError() {
        ParseCommandTest.Run r = run("table", "agent-reviews", "--family-alias", "Devstral", FIXTURE);
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("'Devstral' is not ALIAS=FAMILY");
        assertThat(run("table", "agent-reviews", "--family-alias", "Dev stral=Mistral", FIXTURE).exit()).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void aModelAliasPoolsTwoSpellingsOfOneModel() {
        String samples = ParseCommandTest.samples().toString();
        ParseCommandTest.Run plain = run("--by", "model", "--format", "csv", "--min-raised", "0", "--no-cache", samples);
        assertThat(plain.out()).contains("Claude Opus 4.6");
        ParseCommandTest.Run aliased = run("--by", "model", "--format", "csv", "--min-raised", "0", "--no-cache",
                "--model-alias", "Claude Opus 4.6=Claude Opus 4.7", samples);
        assertThat(aliased.exit()).isZero();
        assertThat(aliased.out()).doesNotContain("Claude Opus 4.6").contains("Claude Opus 4.7");
        assertThat(run("--model-alias", "Opus 4.6", samples).exit()).isEqualTo(ExitCode.USAGE.code());
    }
}
