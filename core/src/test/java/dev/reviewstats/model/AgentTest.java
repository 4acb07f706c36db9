package dev.reviewstats.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.parse.ModelAliases;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One model, one spelling: case and the mark before a suffix are read as one; an alias covers the rest. */
class AgentTest {
    @Test
    void aSuffixAfterAHyphenUnderscoreOrSpaceIsOneSpelling() {
        assertThat(Agent.of("Codex", "GPT 5.6-sol").model()).isEqualTo("GPT 5.6 Sol");
        assertThat(Agent.of("Codex", "GPT 5.6 sol")).isEqualTo(Agent.of("Codex", "GPT 5.6 Sol"));
        assertThat(Agent.of("Gemini", "3.1_pro").displayName()).isEqualTo("Gemini 3.1 Pro");
        assertThat(Agent.of("Claude", "Opus  4.7").model()).isEqualTo("Opus 4.7");
        // A version with no word after it, and a word before the version, are left as written.
        assertThat(Agent.of("Claude", "Opus 4.7").model()).isEqualTo("Opus 4.7");
        assertThat(Agent.of("Qwen", "Qwen3 Coder").model()).isEqualTo("Qwen3 Coder");
    }

    @Test
    void anAliasRenamesTheModelByItsNameOrByFamilyAndName() {
        ModelAliases aliases = new ModelAliases(Map.of("GPT 5.6 Turbo", "GPT 5.6 Sol", "Gemini 3 preview", "Gemini 3.1 Pro"));
        assertThat(aliases.apply(Agent.of("Codex", "gpt 5.6 turbo"))).isEqualTo(Agent.of("Codex", "GPT 5.6 Sol"));
        assertThat(aliases.apply(Agent.of("Gemini", "3 Preview")).model()).isEqualTo("3.1 Pro");
        assertThat(aliases.apply(Agent.of("Claude", "Opus 4.7")).model()).isEqualTo("Opus 4.7");
        assertThat(new Agent("Codex", "GPT 5.6 Turbo", "xhigh")).extracting(a -> aliases.apply(a).effort()).isEqualTo("xhigh");
    }
}
