package dev.reviewstats.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.internal.template.Counts;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Location;
import dev.reviewstats.model.Outcome;
import dev.reviewstats.model.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The value grammars of report cells and finding heads, on spellings taken from real reports. */
class GrammarsTest {
    @Test
    void durationsInEverySpellingReportsUse() {
        assertThat(Durations.parse("`1 h 20 min 55 s`", false)).contains(Duration.ofSeconds(4855));
        assertThat(Durations.parse("57 min 34 s", false)).contains(Duration.ofSeconds(57 * 60 + 34));
        assertThat(Durations.parse("14m 04s", false)).contains(Duration.ofSeconds(844));
        assertThat(Durations.parse("5:46", false)).contains(Duration.ofSeconds(346));
        assertThat(Durations.parse("278", true)).contains(Duration.ofSeconds(278));
        assertThat(Durations.parse("278", false)).isEmpty();
        assertThat(Durations.parse("fast", false)).isEmpty();
        assertThat(Durations.saysUnknown("—")).isTrue();
        assertThat(Durations.saysUnknown("not recorded")).isTrue();
    }

    @Test
    void numbersNoReportMeansAreUnreadableNotFatal() {
        assertThat(Durations.parse("99999999999999999999 s", false)).isEmpty();
        assertThat(Durations.parse("9999999999999999 h", false)).isEmpty();
        assertThat(Durations.parse("99999999999999999999", true)).isEmpty();
        assertThat(Counts.leadingInt("99999999999")).isEmpty();
        assertThat(Counts.leadingInt("999999")).contains(999999);
        assertThat(Counts.severityCounts("99999999999I 1S")).isEmpty();
        assertThat(Counts.toolCalls("3 (Read 99999999999)")).isEmpty();
        assertThat(Counts.downgrades("1 (C→I), 99999999999 (I→S)")).isEmpty();
        assertThat(Counts.positive("0")).isEmpty();
        assertThat(Counts.positive("99999999999")).isEmpty();
        assertThat(Counts.positive("1234567")).contains(1234567);
    }

    @Test
    void retroCountCells() {
        assertThat(Counts.severityCounts("1I 1S").orElseThrow().toString()).isEqualTo("1I 1S");
        assertThat(Counts.severityCounts("**3I 11S**").orElseThrow().suggestion()).isEqualTo(11);
        assertThat(Counts.severityCounts("0")).contains(dev.reviewstats.model.SeverityCounts.ZERO);
        assertThat(Counts.severityCounts("4")).isEmpty();
        assertThat(Counts.leadingInt("1 (severity overstatement)")).contains(1);
        assertThat(Counts.leadingInt("1*")).contains(1);
        assertThat(Counts.toolCalls("36 (Read 17, Grep 14, Bash 4)").orElseThrow().perTool())
                .containsEntry("Read", 17).containsEntry("Bash", 4).hasSize(3);
        assertThat(Counts.downgrades("2 (I→S)").orElseThrow().count()).isEqualTo(2);
        assertThat(Counts.downgrades("1 (C→I), 1 (I→S)").orElseThrow().count()).isEqualTo(2);
        assertThat(Counts.downgrades("1 (C→I), 1 (I→S)").orElseThrow().transitions()).containsExactly("C→I", "I→S");
    }

    @Test
    void findingHeadsOfEveryTemplateVersion() {
        FindingHead withId = FindingHead.parse(
                "I2. **Invalid action annotation wedges reconciliation** — `pkg/a/docker_watcher.go:343-367`, "
                        + "`pkg/b/container_webhooks.go:37-41` [Codex GPT 5.4] (important, regression)");
        assertThat(withId.explicitId()).isEqualTo("I2");
        assertThat(withId.title()).isEqualTo("Invalid action annotation wedges reconciliation");
        assertThat(withId.locations()).containsExactly(new Location("pkg/a/docker_watcher.go", 343, 367),
                new Location("pkg/b/container_webhooks.go", 37, 41));
        assertThat(withId.agentGroups()).containsExactly("Codex GPT 5.4");
        assertThat(withId.tagSeverity()).isEqualTo(Severity.IMPORTANT);
        assertThat(withId.tags()).containsExactly("regression");

        FindingHead bracketed = FindingHead.parse(
                "**[CRITICAL] lima.yaml:37 — Hardcoded developer home directory** [Claude Opus 4.6, Gemini 3.1 Pro]");
        assertThat(bracketed.bracketSeverity()).isEqualTo(Severity.CRITICAL);
        assertThat(bracketed.title()).isEqualTo("Hardcoded developer home directory");
        assertThat(bracketed.locations()).containsExactly(new Location("lima.yaml", 37, 37));

        FindingHead struck = FindingHead.parse("~~**Manual LimaVM deletion deadlocks**~~ **INVALID** — "
                + "`pkg/app_controller.go:149,89-101` (important, regression) [Gemini 3.1 Pro]");
        assertThat(struck.withdrawn()).isTrue();
        assertThat(struck.locations()).hasSize(2);

        FindingHead codexStyle = FindingHead.parse("**CRITICAL** app_controller.go:58 — App deletion bypasses LimaVM teardown");
        assertThat(FindingHead.looksLikeHead("**CRITICAL** app_controller.go:58 — App deletion")).isTrue();
        assertThat(codexStyle.bracketSeverity()).isEqualTo(Severity.CRITICAL);
        assertThat(codexStyle.title()).isEqualTo("App deletion bypasses LimaVM teardown");
        assertThat(codexStyle.locations()).containsExactly(new Location("app_controller.go", 58, 58));

        assertThat(FindingHead.looksLikeHead("The reconciler blocks on the Docker call.")).isFalse();
    }

    @Test
    void agentNamesWithEffortAndBareFamilies() {
        AgentNames names = new AgentNames();
        assertThat(names.parse("Claude Opus 4.7 (effort: xhigh)", false)).contains(new Agent("Claude", "Opus 4.7", "xhigh"));
        assertThat(names.parse("Claude Opus 4.7 (effort: xhigh)", false).orElseThrow().effort()).isEqualTo("xhigh");
        // A note after the setting is not part of it.
        assertThat(names.parse("Codex GPT 5.5 (effort: xhigh — dropped, see retro)", false).orElseThrow().effort()).isEqualTo("xhigh");
        assertThat(names.parse("Mistral Large 2", false)).isEmpty();
        assertThat(names.parse("Mistral Large 2", true)).contains(Agent.of("Mistral", "Large 2"));
        names.setReviewers(java.util.List.of(Agent.of("Gemini", "3.1 Pro"), Agent.of("Mistral", "Large 2")));
        assertThat(names.resolve(Agent.of("Gemini", ""))).contains(Agent.of("Gemini", "3.1 Pro"));
        assertThat(names.parseList("[Mistral Large 2, Gemini]")).isPresent();
    }

    @Test
    void verdictWordingsMapToOutcomes() {
        assertThat(MetadataExtractor.outcome("Merge with fixes")).isEqualTo(Outcome.MERGE_WITH_FIXES);
        assertThat(MetadataExtractor.outcome("Merge with optional fixes")).isEqualTo(Outcome.MERGE_WITH_SUGGESTIONS);
        assertThat(MetadataExtractor.outcome("Approve with minor suggestions")).isEqualTo(Outcome.MERGE_WITH_SUGGESTIONS);
        assertThat(MetadataExtractor.outcome("Merge as-is")).isEqualTo(Outcome.MERGE);
        assertThat(MetadataExtractor.outcome("Rework")).isEqualTo(Outcome.REWORK);
        assertThat(MetadataExtractor.outcome("Request changes")).isEqualTo(Outcome.REWORK);
        assertThat(MetadataExtractor.outcome("Ship it maybe")).isEqualTo(Outcome.OTHER);
    }
}
