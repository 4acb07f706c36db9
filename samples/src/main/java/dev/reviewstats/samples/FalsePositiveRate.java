package dev.reviewstats.samples;

import dev.reviewstats.analytics.AgentScore;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.parse.LoadResult;
import dev.reviewstats.parse.ReviewLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Embedding example: parse a folder of reviews and print one agent's false-positive rate.
 *
 * <pre>{@code java -cp samples/target/classes:… dev.reviewstats.samples.FalsePositiveRate samples/reviews Gemini}</pre>
 */
public final class FalsePositiveRate {
    private FalsePositiveRate() {
    }

    /**
     * Prints each family's false-positive rate over a folder of reports.
     *
     * @param args the folder (default samples/reviews)
     */
    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples/reviews");
        String agent = args.length > 1 ? args[1] : "Gemini";
        LoadResult loaded = ReviewLoader.create().load(List.of(folder));
        Leaderboard board = Leaderboard.compute(loaded.reviews(), Leaderboard.Options.DEFAULT);
        AgentScore score = board.all().stream().filter(s -> s.agent().equalsIgnoreCase(agent)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no agent " + agent + " in " + folder));
        System.out.println(describe(score));
    }

    static String describe(AgentScore s) {
        return String.format(Locale.ROOT, "%s: %d of %d raised findings were false positives (%.1f%%, 95%% CI %.1f–%.1f%%)",
                s.agent(), s.falsePositiveRate().numerator(), s.falsePositiveRate().denominator(),
                100 * s.falsePositiveRate().value(), 100 * s.falsePositiveRate().low(), 100 * s.falsePositiveRate().high());
    }
}
