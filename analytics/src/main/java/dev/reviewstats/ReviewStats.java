package dev.reviewstats;

import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.ReviewTables;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.FamilyAliases;
import dev.reviewstats.parse.LoadResult;
import dev.reviewstats.parse.ParseCache;
import dev.reviewstats.parse.ParseResult;
import dev.reviewstats.parse.Reduced;
import dev.reviewstats.parse.ReviewLoader;
import dev.reviewstats.parse.ReviewParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import tech.tablesaw.api.Table;

/**
 * The library's front door, in the manner of {@code Jsoup}: parse one report, load folders of them,
 * and score the agents, without assembling parsers, loaders and options by hand.
 *
 * <pre>{@code
 * ReviewStats stats = ReviewStats.builder().cache(ParseCache.inUserCacheDir()).build();
 * LoadResult loaded = stats.load(Path.of("reviews"));
 * Leaderboard board = stats.leaderboard(loaded.reviews(),
 *         Leaderboard.Options.builder().by(Grouping.MODEL).minRaised(5).build());
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe; the static methods use the defaults (no cache, the
 * no time budget, every core).
 */
public final class ReviewStats {
    private static final ReviewStats DEFAULTS = builder().build();

    private final ReviewParser parser;
    private final ReviewLoader loader;

    private ReviewStats(ReviewParser parser, ReviewLoader loader) {
        this.parser = parser;
        this.loader = loader;
    }

    /**
     * A builder of a configured instance.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses one report file in any supported form. Never throws on content: an input that is no
     * review, or cannot be read, comes back as {@link ParseResult.Skipped} with the reason.
     *
     * @param file the report
     * @return the review, or why there is none
     */
    public static ParseResult parse(Path file) {
        return DEFAULTS.parseFile(file);
    }

    /**
     * Parses a report's text; {@code name} names the input in diagnostics and gives the id fallback.
     *
     * @param name the input's name
     * @param text its content
     * @return the review, or why there is none
     */
    public static ParseResult parse(String name, String text) {
        return DEFAULTS.parseText(name, text);
    }

    /**
     * Parses one report file with this instance's parser (its family aliases and budget).
     *
     * @param file the report
     * @return the review, or why there is none
     */
    public ParseResult parseFile(Path file) {
        return parser.parse(Objects.requireNonNull(file, "file"));
    }

    /**
     * Parses a report's text with this instance's parser.
     *
     * @param name the input's name
     * @param text its content
     * @return the review, or why there is none
     */
    public ParseResult parseText(String name, String text) {
        return parser.parse(Objects.requireNonNull(name, "name"), Objects.requireNonNull(text, "text"));
    }

    /**
     * Loads every report under the files and folders given: each review once, its forms merged;
     * whatever gave no review is in {@link LoadResult#skipped()} with the reason.
     *
     * @param paths files and folders
     * @return the reviews and what was skipped
     */
    public LoadResult load(Path... paths) {
        return load(Arrays.asList(paths));
    }

    /**
     * Loads every report under the paths (see {@link #load(Path...)}).
     *
     * @param paths files and folders
     * @return the reviews and what was skipped
     */
    public LoadResult load(List<Path> paths) {
        return loader.load(List.copyOf(paths));
    }

    /**
     * Loads every report under the paths keeping only what {@code reducer} makes of each review, as
     * soon as the review is whole: years of reports reduced to per-review rows fit a small heap (see
     * {@link ReviewLoader#reduce}). {@code progress} is told of each input parsed; a
     * {@link ReviewLoader.Progress} is also told how many files there are and, with
     * {@link Builder#allCommits()}, of reports changed after they were published.
     *
     * @param <T> what is kept of each review
     * @param paths files, folders, or {@code REPOSITORY@REF}
     * @param reducer what to keep of a review
     * @param progress told of each input parsed
     * @return the reduced values in review id order, and every input that gave no review
     */
    public <T> Reduced<T> reduce(List<Path> paths, Function<? super Review, ? extends T> reducer, Consumer<ParseResult> progress) {
        return loader.reduce(List.copyOf(paths), reducer, progress);
    }

    /**
     * The leaderboard with the default options: one row per family, ranked at 10 raised findings.
     *
     * @param reviews the reviews
     * @return the leaderboard
     */
    public Leaderboard leaderboard(List<Review> reviews) {
        return Leaderboard.compute(reviews, Leaderboard.Options.DEFAULT);
    }

    /**
     * The leaderboard with options built by {@link Leaderboard.Options#builder()}.
     *
     * @param reviews the reviews
     * @param options grouping, filter, minimum and ranking metric
     * @return the leaderboard
     */
    public Leaderboard leaderboard(List<Review> reviews, Leaderboard.Options options) {
        return Leaderboard.compute(reviews, Objects.requireNonNull(options, "options"));
    }

    /**
     * The data frames, by the names {@code review-stats table} uses: {@code reviews},
     * {@code agent-reviews}, {@code agent-findings}, {@code findings}, {@code finding-agents}, {@code judgements},
     * {@code resolutions}. Columns are documented in docs/metrics.md; unknown values are missing.
     *
     * @param reviews the reviews
     * @param grouping family or model rows, for {@code agent-reviews}
     * @return each table by name, in that order
     */
    public Map<String, Table> tables(List<Review> reviews, Grouping grouping) {
        Map<String, Table> out = new LinkedHashMap<>();
        out.put("reviews", ReviewTables.reviews(reviews));
        out.put("agent-reviews", ReviewTables.agentReviews(reviews, grouping));
        out.put("agent-findings", ReviewTables.agentFindings(reviews, grouping));
        out.put("findings", ReviewTables.findings(reviews));
        out.put("finding-agents", ReviewTables.findingAgents(reviews));
        out.put("judgements", ReviewTables.judgements(reviews));
        out.put("resolutions", ReviewTables.resolutionItems(reviews));
        return out;
    }

    /** Builds a {@link ReviewStats}. Not thread-safe; build once and share the instance. */
    public static final class Builder {
        private ParseCache cache;
        private Executor executor;
        private int threads;
        private Duration budget;
        private boolean budgetSet;
        private final Map<String, String> aliases = new LinkedHashMap<>();
        private final Map<String, String> models = new LinkedHashMap<>();
        private boolean allCommits;

        private Builder() {
        }

        /**
         * For a git source ({@code REPOSITORY@REF}), also read each report's earlier versions along the
         * ref's history, and tell a {@link ReviewLoader.Progress} of every report changed after it was
         * published; the version at the ref is the one loaded.
         *
         * @return this builder
         */
        public Builder allCommits() {
            this.allCommits = true;
            return this;
        }

        /**
         * Reuse the results of unchanged files from this cache ({@link ParseCache#inUserCacheDir()}, or one of your own).
         *
         * @param cache the cache
         * @return this builder
         */
        public Builder cache(ParseCache cache) {
            this.cache = Objects.requireNonNull(cache, "cache");
            return this;
        }

        /**
         * Parse on the caller's executor, one task per review's group of files (default: every core).
         *
         * @param executor the executor; it is not shut down
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Parse on this many threads of the loader's own (1: on the calling thread). Ignored with an executor.
         *
         * @param threads threads, 1 or more
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be 1 or more: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Give each file at most this long to parse; {@code null} for no limit (parse on the calling thread).
         *
         * @param budget the budget, or {@code null}
         * @return this builder
         */
        public Builder budget(Duration budget) {
            this.budget = budget;
            this.budgetSet = true;
            return this;
        }

        /**
         * Read agent name {@code name} as family {@code family} ({@code DeepSeek=DeepSeek}, {@code Devstral=Mistral}).
         *
         * @param name the agent name, one word
         * @param family the family, one word
         * @return this builder
         */
        public Builder familyAlias(String name, String family) {
            aliases.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(family, "family"));
            return this;
        }

        /**
         * Read model {@code name} as {@code model} ({@code "GPT 5.6 Turbo"} as {@code "GPT 5.6 Sol"}); case, and a
         * hyphen or space before a suffix, are read as one spelling without an alias.
         *
         * @param name the model as reports spell it, with or without its family
         * @param model the model it means
         * @return this builder
         */
        public Builder modelAlias(String name, String model) {
            models.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(model, "model"));
            return this;
        }

        /**
         * The instance; throws {@link IllegalArgumentException} for an alias that is not a single word.
         *
         * @return the instance
         */
        public ReviewStats build() {
            ReviewParser parser = ReviewParser.create().withFamilyAliases(new FamilyAliases(aliases))
                    .withModelAliases(new dev.reviewstats.parse.ModelAliases(models));
            if (budgetSet) {
                parser = parser.withBudget(budget);
            }
            ReviewLoader loader = ReviewLoader.create().withParser(parser);
            if (threads > 0) {
                loader = loader.withThreads(threads);
            }
            if (executor != null) {
                loader = loader.withExecutor(executor);
            }
            if (cache != null) {
                loader = loader.withCache(cache);
            }
            if (allCommits) {
                loader = loader.withAllCommits();
            }
            return new ReviewStats(parser, loader);
        }
    }
}
