package dev.reviewstats.analytics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.analytics.ReviewFilter;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.ParseResult;
import dev.reviewstats.parse.ReviewParser;
import java.awt.Color;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chart colours come from each agent's family, typed: a model's name never decides its hue. */
class AgentColoursTest {
    /** The cli module's six-reviewer fixture: Qwen3 Coder Next, Gemma4 31B, GLM-4.7 Flash beside Claude, Codex and two Geminis. */
    private static Review sixReviewers() {
        ParseResult r = ReviewParser.create().parse(Path.of("../cli/src/test/resources/fixtures/six-reviewers.md"));
        return ((ParseResult.Parsed) r).review();
    }

    @Test
    void modelRowsTakeTheirFamilysHueAndNoTwoFamiliesShareOne() {
        Map<String, Color> colours = RetroCharts.shades(List.of(sixReviewers()),
                new Leaderboard.Options(Grouping.MODEL, ReviewFilter.ALL, 0, Metric.UNIQUE));
        assertThat(colours.get("Qwen3 Coder Next")).isEqualTo(AgentColours.of("qwen", -1, 0));
        assertThat(colours.get("GLM-4.7 Flash")).isEqualTo(AgentColours.of("glm", -1, 0));
        assertThat(colours.get("Gemma4 31B")).isEqualTo(AgentColours.of("gemma", -1, 0));
        // Two Gemini models: one hue, two shades.
        assertThat(colours.get("Gemini 3.5 Flash")).isNotEqualTo(colours.get("Gemini 3.1 Pro"));
        assertThat(new HashSet<>(colours.values())).hasSameSizeAs(colours.keySet());
    }

    @Test
    void familiesThePaletteDoesNotKnowTakeDistinctColoursInOrderOfAppearance() {
        assertThat(AgentColours.of("kimi", 0, 0)).isNotEqualTo(AgentColours.of("grok", 1, 0));
        assertThat(AgentColours.of("glm", -1, 0)).isNotEqualTo(AgentColours.of("deepseek", -1, 0));
        assertThat(AgentColours.knows("qwen")).isTrue();
        assertThat(AgentColours.knows("qwen3")).isFalse();
    }
}
