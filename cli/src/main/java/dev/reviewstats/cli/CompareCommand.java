package dev.reviewstats.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.reviewstats.analytics.AgentScore;
import dev.reviewstats.analytics.Comparison;
import dev.reviewstats.analytics.Grouping;
import dev.reviewstats.analytics.Leaderboard;
import dev.reviewstats.analytics.Metric;
import dev.reviewstats.analytics.Rate;
import dev.reviewstats.json.ReviewJson;
import dev.reviewstats.model.Review;
import dev.reviewstats.parse.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code review-stats compare PATH...}: two groups of reviews side by side, per agent and rate, with
 * each side's 95% interval, the difference's interval, a p-value and, when no difference is detected,
 * about how many more reviews would detect it.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two groups of reviews per agent and rate.",
            "The groups: model versions of a family (the default: each family's consecutive versions), periods, repositories,",
            "or two paths. Rates carry 95%% Wilson intervals, the difference a 95%% Newcombe interval; p-values come from",
            "Fisher's exact test where counts are small, the two-proportion z-test otherwise."})
final class CompareCommand extends OutputCommand {
    @Mixin
    LoadOptions load = new LoadOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders to read, or REPOSITORY@REF for a git ref (with --paths: exactly two, one per side).")
    List<Path> paths;

    @Option(names = "--models", arity = "2", paramLabel = "MODEL", description = "Two model versions of one family, as the leaderboard's --by model names them (\"Claude Opus 4.6\" \"Claude Opus 4.7\").")
    List<String> models;

    @Option(names = "--periods", arity = "2", paramLabel = "PERIOD", description = "Two months (2026-03) or ISO weeks (2026-W14).")
    List<String> periods;

    @Option(names = "--repos", arity = "2", paramLabel = "REPO", description = "Two repositories (owner/name, or name).")
    List<String> repos;

    @Option(names = "--paths", description = "The two PATHs are the two groups.")
    boolean byPaths;

    @Option(names = "--since-last", paramLabel = "DATE", converter = Choices.IsoDate.class,
            description = "Before against after a date (the last retro's): reviews before DATE on the left, on or after it on the right.")
    LocalDate sinceLast;

    @Option(names = "--efforts", arity = "2", paramLabel = "EFFORT", description = "Two effort settings (high xhigh): each model that ran"
            + " at both, one against the other; with --models, the model(s) named.")
    List<String> efforts;

    @Option(names = "--paired", description = {"With --models: compare the two on the reviews where both ran, review by review (the exact",
        "sign test; for a yes/no outcome, the exact McNemar test). Any two agents as the leaderboard names them: families",
        "(Claude Codex), models (\"Codex GPT 5.4\" \"Gemini 3.1 Pro\") or one model at two efforts",
        "(\"Claude Opus 4.7 (effort: high)\" \"Claude Opus 4.7 (effort: xhigh)\")."})
    boolean paired;

    @Option(names = "--by", defaultValue = "family", paramLabel = "BY", converter = Choices.Groupings.class,
            completionCandidates = Choices.Groupings.class,
            description = "For periods, repositories and paths: compare agent ${COMPLETION-CANDIDATES} rows (default: ${DEFAULT-VALUE}).")
    Grouping by;

    @Option(names = "--metric", paramLabel = "METRIC", converter = Choices.RateMetrics.class, completionCandidates = Choices.RateMetrics.class,
            description = "Rates to compare, repeatable: ${COMPLETION-CANDIDATES} (default: all).")
    List<Metric> metrics = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text, markdown, csv or json (default: ${DEFAULT-VALUE}).")
    LeaderboardFormat format;

    @Mixin
    FilterOptions filter = new FilterOptions();

    @Override
    public Integer call() {
        filter.validate(spec);
        int groupings = (models != null && efforts == null ? 1 : 0) + (periods != null ? 1 : 0) + (repos != null ? 1 : 0) + (byPaths ? 1 : 0)
                + (efforts != null ? 1 : 0) + (sinceLast != null ? 1 : 0);
        if (groupings > 1) {
            throw new ParameterException(spec.commandLine(), "give one of --models, --efforts, --periods, --since-last, --repos or --paths");
        }
        if (byPaths && paths.size() != 2) {
            throw new ParameterException(spec.commandLine(), "--paths needs exactly two PATHs, one per side");
        }
        if (paired && models == null) {
            throw new ParameterException(spec.commandLine(), "--paired compares two agents: give them with --models A B");
        }
        List<Predicate<Review>> periodTests = periods == null ? null : List.of(period(periods.get(0)), period(periods.get(1)));
        PrintWriter out = out();
        PrintWriter err = err();
        List<Metric> rates = metrics.isEmpty() ? Metric.rates() : List.copyOf(metrics);
        if (paired) {
            LoadResult loaded = Inputs.loadCompact(paths, err, load);
            List<Review> reviews = filter.apply(loaded.reviews(), err);
            Grouping g = models.stream().anyMatch(m -> m.contains("(effort:")) ? Grouping.MODEL_EFFORT
                    : models.stream().noneMatch(m -> m.strip().contains(" ")) ? Grouping.FAMILY : Grouping.MODEL;
            java.util.Set<String> known = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            reviews.forEach(r -> r.reviewers().forEach(a -> known.add(g.key(a))));
            for (String m : models) {
                if (!known.contains(m)) {
                    throw new ParameterException(spec.commandLine(), "no reviewer '" + m + "' in the input; as " + Choices.lowerName(g)
                            + " they are: " + String.join(", ", known));
                }
            }
            List<dev.reviewstats.analytics.PairedComparison> pairs = dev.reviewstats.analytics.PairedComparison.of(reviews, g,
                    models.get(0), models.get(1), rates);
            out.print(PairedFormat.render(pairs, format));
            return Inputs.finish(out, err, loaded.skipped()).code();
        }
        List<Comparison> rows = new ArrayList<>();
        String oneOffs = "";
        List<Review> compared = new ArrayList<>();
        List<dev.reviewstats.parse.ParseResult.Skipped> skipped = new ArrayList<>();
        if (byPaths) {
            LoadResult a = Inputs.loadCompact(List.of(paths.get(0)), err, load);
            LoadResult b = Inputs.loadCompact(List.of(paths.get(1)), err, load);
            skipped.addAll(a.skipped());
            skipped.addAll(b.skipped());
            List<Review> left = filter.apply(a.reviews(), err);
            List<Review> right = filter.apply(b.reviews(), err);
            compared.addAll(left);
            compared.addAll(right);
            rows.addAll(sides(left, right, paths.get(0).toString(), paths.get(1).toString(), rates));
        } else {
            LoadResult loaded = Inputs.loadCompact(paths, err, load);
            skipped.addAll(loaded.skipped());
            List<Review> reviews = filter.apply(loaded.reviews(), err);
            compared.addAll(reviews);
            if (sinceLast != null) {
                rows.addAll(Comparison.sinceDate(reviews, sinceLast, by, rates));
                long undated = Comparison.undated(reviews);
                if (undated > 0) {
                    err.println("review-stats: " + undated + " review(s) have no date and are on neither side of " + sinceLast);
                }
            } else if (periods != null) {
                rows.addAll(sides(reviews.stream().filter(periodTests.get(0)).toList(), reviews.stream().filter(periodTests.get(1)).toList(),
                        periods.get(0), periods.get(1), rates));
            } else if (repos != null) {
                reviews = FilterOptions.place(reviews, err);
                rows.addAll(sides(reviews.stream().filter(repo(repos.get(0))).toList(), reviews.stream().filter(repo(repos.get(1))).toList(),
                        repos.get(0), repos.get(1), rates));
            } else if (efforts != null) {
                rows.addAll(efforts(reviews, rates));
            } else {
                rows.addAll(models(reviews, rates));
                if (models == null) {
                    oneOffs = oneOffLine(Comparison.oneOffs(reviews));
                }
            }
        }
        rows = Comparison.adjustTogether(rows);
        out.print(render(rows, dev.reviewstats.analytics.Unread.of(compared)));
        if (!oneOffs.isEmpty()) {
            out.println(oneOffs);
        }
        return Inputs.finish(out, err, skipped).code();
    }

    /**
     * The versions run too few times to be a model change, listed apart so that a fallback run is not
     * read as a move (the same rule the charts' markers follow).
     */
    static String oneOffLine(List<Comparison.ModelVersion> oneOffs) {
        if (oneOffs.isEmpty()) {
            return "";
        }
        return "One-off runs, not compared (a model counts as a change from its " + Comparison.LASTING_REVIEWS + "rd review): "
                + String.join(", ", oneOffs.stream().map(v -> v.name() + " (" + v.reviews() + " review" + (v.reviews() == 1 ? "" : "s")
                        + ", from " + v.firstSeen() + ")").toList());
    }

    private List<Comparison> models(List<Review> reviews, List<Metric> rates) {
        Leaderboard board = Leaderboard.compute(reviews, new Leaderboard.Options(Grouping.MODEL, dev.reviewstats.analytics.ReviewFilter.ALL,
                0, Metric.UNIQUE));
        List<List<String>> pairs = models != null ? List.of(models) : Comparison.consecutiveModels(reviews);
        java.util.Map<String, String> families = Comparison.familiesByModel(reviews);
        List<Comparison> out = new ArrayList<>();
        for (List<String> pair : pairs) {
            AgentScore a = row(board, pair.get(0));
            AgentScore b = row(board, pair.get(1));
            // The family as the reviews type it; a name given on the command line that no review ran
            // has none, and its first word is all there is to go by.
            String family = families.getOrDefault(pair.get(0), pair.get(0).split(" ")[0]);
            out.addAll(Comparison.of(pair.get(0), a, pair.get(1), b, family, rates));
        }
        return out;
    }

    /** One model at two effort settings, for every model that ran at both (or those --models names). */
    private List<Comparison> efforts(List<Review> reviews, List<Metric> rates) {
        Leaderboard board = Leaderboard.compute(reviews, new Leaderboard.Options(Grouping.MODEL_EFFORT,
                dev.reviewstats.analytics.ReviewFilter.ALL, 0, Metric.UNIQUE));
        java.util.Set<String> modelNames = new java.util.TreeSet<>();
        reviews.forEach(r -> r.reviewers().forEach(a -> modelNames.add(a.displayName())));
        List<Comparison> out = new ArrayList<>();
        for (String model : modelNames) {
            if (models != null && models.stream().noneMatch(model::equalsIgnoreCase)) {
                continue;
            }
            String low = model + " (effort: " + efforts.get(0) + ")";
            String high = model + " (effort: " + efforts.get(1) + ")";
            Optional<AgentScore> a = board.all().stream().filter(s -> s.agent().equalsIgnoreCase(low)).findFirst();
            Optional<AgentScore> b = board.all().stream().filter(s -> s.agent().equalsIgnoreCase(high)).findFirst();
            if (a.isPresent() && b.isPresent()) {
                out.addAll(Comparison.of(low, a.get(), high, b.get(), model, rates));
            }
        }
        if (out.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no model ran at both effort " + efforts.get(0) + " and " + efforts.get(1)
                    + " in the input; efforts found: " + String.join(", ", board.all().stream().map(AgentScore::agent)
                            .filter(n -> n.contains("(effort:")).toList()));
        }
        return out;
    }

    private AgentScore row(Leaderboard board, String name) {
        return board.all().stream().filter(s -> s.agent().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "no reviewer '" + name + "' in the input; models found: "
                        + String.join(", ", board.all().stream().map(AgentScore::agent).toList())));
    }

    private List<Comparison> sides(List<Review> left, List<Review> right, String leftLabel, String rightLabel, List<Metric> rates) {
        return Comparison.sides(left, right, leftLabel, rightLabel, by, rates);
    }

    private Predicate<Review> period(String p) {
        try {
            if (p.matches("\\d{4}-\\d{2}")) {
                LocalDate start = LocalDate.parse(p + "-01");
                return r -> r.date() != null && !r.date().isBefore(start) && r.date().isBefore(start.plusMonths(1));
            }
            if (p.matches("\\d{4}-W\\d{2}")) {
                LocalDate start = LocalDate.of(Integer.parseInt(p.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(p.substring(6)))
                        .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                return r -> r.date() != null && !r.date().isBefore(start) && r.date().isBefore(start.plusWeeks(1));
            }
        } catch (RuntimeException e) {
            // falls through to the usage error
        }
        throw new ParameterException(spec.commandLine(), "--periods takes months (2026-03) or ISO weeks (2026-W14), not '" + p + "'");
    }

    private static Predicate<Review> repo(String name) {
        dev.reviewstats.analytics.ReviewFilter f = new dev.reviewstats.analytics.ReviewFilter(null, null, name, java.util.Set.of());
        return f::test;
    }

    private static final String[] HEAD = {"Left", "Right", "Agent", "Rate", "Left rate", "Right rate", "Difference [95%]", "p",
        "p (Holm)", "Test", "Verdict"};

    private String render(List<Comparison> rows, dev.reviewstats.analytics.Unread unread) {
        return switch (format) {
            case csv -> csv(rows);
            case json -> json(rows);
            default -> table(rows, format == LeaderboardFormat.markdown) + unread.footer();
        };
    }

    private static List<String> cells(Comparison c) {
        return List.of(c.left(), c.right(), c.agent(), c.metric().label(), c.leftRate().toString(), c.rightRate().toString(),
                c.test() == null ? "—" : String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f] pts", 100 * c.test().difference(),
                        100 * c.test().low(), 100 * c.test().high()),
                c.test() == null ? "—" : c.test().pValue() < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", c.test().pValue()),
                c.holmP() == null ? "—" : c.holmP() < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", c.holmP()),
                c.test() == null ? "—" : c.test().method().label(), c.verdict());
    }

    private static String table(List<Comparison> rows, boolean markdown) {
        StringBuilder out = new StringBuilder(markdown ? "## Comparison\n\n" : "Comparison\n\n");
        if (rows.isEmpty()) {
            return out.append("Nothing to compare: no agent has a rate on both sides.\n").toString();
        }
        out.append(TextTable.render(List.of(HEAD), rows.stream().map(CompareCommand::cells).toList(), markdown));
        out.append("\nRates: value [95% Wilson interval] count/base. Difference: right − left in percentage points, 95% Newcombe")
                .append(" interval. p: two-sided; Fisher's exact test where an expected count is under 5. \"More reviews\" is what each")
                .append(" side would need to detect the observed difference at 80% power.\n");
        return out.toString();
    }

    private static String csv(List<Comparison> rows) {
        StringBuilder out = new StringBuilder("left,right,agent,metric,left_rate,left_low,left_high,left_count,left_base,left_reviews,")
                .append("right_rate,right_low,right_high,right_count,right_base,right_reviews,difference,difference_low,difference_high,")
                .append("p_value,p_holm,test,significant,more_reviews_each,verdict\n");
        for (Comparison c : rows) {
            List<String> v = new ArrayList<>(List.of(c.left(), c.right(), c.agent(), c.metric().cliName()));
            addRate(v, c.leftRate(), c.leftReviews());
            addRate(v, c.rightRate(), c.rightReviews());
            if (c.test() == null) {
                v.addAll(List.of("", "", "", "", "", "", ""));
            } else {
                v.add(num(c.test().difference()));
                v.add(num(c.test().low()));
                v.add(num(c.test().high()));
                v.add(num(c.test().pValue()));
                v.add(c.holmP() == null ? "" : num(c.holmP()));
                v.add(c.test().method().name().toLowerCase(Locale.ROOT));
                v.add(String.valueOf(c.significant()));
            }
            v.add(c.moreReviewsEach() == null ? "" : String.valueOf(c.moreReviewsEach()));
            v.add(c.verdict());
            out.append(Csv.row(v));
        }
        return out.toString();
    }

    private static void addRate(List<String> v, Rate r, int reviews) {
        v.add(r.isKnown() ? num(r.value()) : "");
        v.add(r.isKnown() ? num(r.low()) : "");
        v.add(r.isKnown() ? num(r.high()) : "");
        v.add(String.valueOf(r.numerator()));
        v.add(String.valueOf(r.denominator()));
        v.add(String.valueOf(reviews));
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    private static String json(List<Comparison> rows) {
        var mapper = ReviewJson.mapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("comparisons");
        for (Comparison c : rows) {
            ObjectNode o = list.addObject();
            o.put("left", c.left()).put("right", c.right()).put("agent", c.agent()).put("metric", c.metric().cliName());
            rateJson(o.putObject("leftRate"), c.leftRate(), c.leftReviews());
            rateJson(o.putObject("rightRate"), c.rightRate(), c.rightReviews());
            if (c.test() == null) {
                o.putNull("difference");
            } else {
                o.putObject("difference").put("value", c.test().difference()).put("low", c.test().low()).put("high", c.test().high())
                        .put("pValue", c.test().pValue()).put("pHolm", c.holmP()).put("test", c.test().method().name().toLowerCase(Locale.ROOT))
                        .put("significant", c.significant());
            }
            if (c.moreReviewsEach() == null) {
                o.putNull("moreReviewsEach");
            } else {
                o.put("moreReviewsEach", c.moreReviewsEach());
            }
            o.put("verdict", c.verdict());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rateJson(ObjectNode o, Rate r, int reviews) {
        if (r.isKnown()) {
            o.put("value", r.value()).put("low", r.low()).put("high", r.high());
        } else {
            o.putNull("value").putNull("low").putNull("high");
        }
        o.put("count", r.numerator()).put("base", r.denominator()).put("reviews", reviews);
    }
}
