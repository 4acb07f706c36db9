package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.LedgerEntry;
import dev.reviewstats.model.Link;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * Parsed reviews as Tablesaw data frames, for library users who want to slice the data their own
 * way. This is the one place where a library type is public on purpose; the columns are documented
 * in docs/metrics.md and, like the JSON field names, only ever added to. Missing values are
 * Tablesaw's missing values, never 0.
 */
public final class ReviewTables {
    private ReviewTables() {
    }

    /** One row of a table: something of a review, with the review and its key. */
    private record In<T>(Review review, ReviewKey key, T item) {
    }

    /** The items of every review, in order, each with its review. */
    private static <T> List<In<T>> each(List<Review> reviews, Function<Review, List<T>> items) {
        List<In<T>> out = new ArrayList<>();
        for (Review r : reviews) {
            ReviewKey key = ReviewKey.of(r);
            for (T item : items.apply(r)) {
                out.add(new In<>(r, key, item));
            }
        }
        return out;
    }

    /**
     * One row per review.
     *
     * @param reviews the reviews
     * @return the table
     */
    public static Table reviews(List<Review> reviews) {
        return TableSpec.<Review>named("reviews")
                .key(ReviewKey::of)
                .text("verdict", r -> r.verdict() == null ? "" : r.verdict().outcome().name())
                .longInteger("wallClockSeconds", r -> r.wallClock() == null ? null : r.wallClock().getSeconds())
                .integer("reviewers", r -> r.reviewers().size())
                .integer("critical", r -> r.findingCounts().critical())
                .integer("important", r -> r.findingCounts().important())
                .integer("suggestion", r -> r.findingCounts().suggestion())
                .bool("hasResolution", r -> r.resolution() != null)
                .integer("sources", r -> r.sources().size())
                .of(reviews);
    }

    /**
     * One row per (review, agent): the derived counts the leaderboard adds up.
     *
     * @param reviews the reviews
     * @param grouping family or model rows
     * @return the table
     */
    public static Table agentReviews(List<Review> reviews, Grouping grouping) {
        return agentReviewTable(reviews.stream().flatMap(r -> AgentReview.of(r, grouping).stream()).toList());
    }

    static Table agentReviewTable(List<AgentReview> rows) {
        return TableSpec.<AgentReview>named("agentReviews")
                .key(AgentReview::review)
                .text("family", AgentReview::family)
                .text("agent", AgentReview::agent)
                .text("model", AgentReview::model)
                .integer("raised", AgentReview::raised)
                .integer("credited", a -> a.credited().total())
                .integer("creditedC", a -> a.credited(Severity.CRITICAL))
                .integer("creditedI", a -> a.credited(Severity.IMPORTANT))
                .integer("creditedS", a -> a.credited(Severity.SUGGESTION))
                .integer("unique", AgentReview::unique)
                .integer("consensus", AgentReview::consensus)
                .integer("falsePositives", AgentReview::falsePositives)
                .integer("downgraded", AgentReview::downgraded)
                .integer("upgraded", AgentReview::upgraded)
                .integer("dropped", AgentReview::dropped)
                .integer("merged", AgentReview::merged)
                .integer("resolved", AgentReview::resolved)
                .integer("fixed", AgentReview::fixed)
                .longInteger("durationSeconds", AgentReview::durationSeconds)
                .integer("toolCalls", AgentReview::toolCalls)
                .integer("disagreements", a -> a.disagreements().size())
                .of(rows);
    }

    /**
     * The finding ledger: one row per finding of every agent's own review (and per statement about a
     * finding that no appendix item carries, with pass 0), keyed by the same review, family and agent
     * columns as {@link #agentReviews}: every per-(review, agent) count but credit is a sum over these
     * rows (docs/metrics.md, "The finding ledger").
     *
     * @param reviews the reviews
     * @param grouping family or model keys, as for {@link #agentReviews}
     * @return the table
     */
    public static Table agentFindings(List<Review> reviews, Grouping grouping) {
        return TableSpec.<In<LedgerEntry>>named("agentFindings")
                .key(In::key)
                .text("family", x -> x.item().agent().family())
                .text("agent", x -> grouping.keyIn(x.review(), x.item().agent()))
                .text("model", x -> grouping != Grouping.FAMILY ? x.item().agent().model() : "")
                .integer("pass", x -> x.item().pass())
                .text("originalId", x -> x.item().originalId())
                .text("severity", x -> name(x.item().severity()))
                .text("title", x -> x.item().title())
                .bool("raised", x -> x.item().raised())
                .text("fate", x -> x.item().fate().jsonName())
                .text("finalId", x -> x.item().finalId())
                .text("finalSeverity", x -> name(x.item().finalSeverity()))
                .text("link", x -> x.item().link().jsonName())
                .decimal("score", x -> x.item().link() == Link.MATCHED ? Math.round(x.item().score() * 100) / 100.0 : null)
                .text("evidence", x -> x.item().evidence() == null ? "" : x.item().evidence().name().toLowerCase(Locale.ROOT))
                .integer("evidenceLine", x -> lineOrMissing(x.item().evidenceLine()))
                .integer("line", x -> lineOrMissing(x.item().line()))
                .text("reason", x -> x.item().reason())
                .of(each(reviews, Review::ledger));
    }

    /**
     * One row per consolidated finding, its agents joined by {@code "; "}.
     *
     * @param reviews the reviews
     * @return the table
     */
    public static Table findings(List<Review> reviews) {
        return TableSpec.<In<Finding>>named("findings")
                .key(In::key)
                .text("finding", x -> x.item().id())
                .text("severity", x -> x.item().severity().name())
                .text("title", x -> x.item().title())
                .text("agents", x -> x.item().agents().stream().map(Agent::displayName).collect(Collectors.joining("; ")))
                .integer("agentCount", x -> x.item().agents().size())
                .bool("withdrawn", x -> x.item().withdrawn())
                .text("resolution", x -> action(x.review(), x.item()))
                .integer("line", x -> lineOrMissing(x.item().line()))
                .of(each(reviews, Review::findings));
    }

    /** A finding and one agent it is attributed to, or {@code null} for a finding with none. */
    private record Credit(Finding finding, Agent agent) {
    }

    /**
     * One row per consolidated finding and agent it is attributed to (a finding with no agent has one row).
     *
     * @param reviews the reviews
     * @return the table
     */
    public static Table findingAgents(List<Review> reviews) {
        return TableSpec.<In<Credit>>named("findingAgents")
                .text("review", x -> x.review().id())
                .date("date", x -> x.review().date())
                .text("finding", x -> x.item().finding().id())
                .text("severity", x -> x.item().finding().severity().name())
                .text("title", x -> x.item().finding().title())
                .text("family", x -> x.item().agent() == null ? "" : x.item().agent().family())
                .text("model", x -> x.item().agent() == null ? "" : x.item().agent().model())
                .integer("agents", x -> x.item().finding().agents().size())
                .bool("withdrawn", x -> x.item().finding().withdrawn())
                .text("resolution", x -> action(x.review(), x.item().finding()))
                .of(each(reviews, r -> r.findings().stream().flatMap(f -> f.agents().isEmpty()
                        ? java.util.stream.Stream.of(new Credit(f, null))
                        : f.agents().stream().map(a -> new Credit(f, a))).toList()));
    }

    /**
     * One row per judgement: what consolidation concluded about one of an agent's own findings.
     *
     * @param reviews the reviews
     * @return the table
     */
    public static Table judgements(List<Review> reviews) {
        return TableSpec.<In<Judgement>>named("judgements")
                .text("review", x -> x.review().id())
                .date("date", x -> x.review().date())
                .text("family", x -> x.item().agent().family())
                .text("model", x -> x.item().agent().model())
                .text("originalId", x -> x.item().originalId())
                .text("from", x -> name(x.item().from()))
                .text("to", x -> name(x.item().to()))
                .text("finalId", x -> x.item().finalId())
                .text("outcome", x -> x.item().outcome().jsonName())
                .text("reason", x -> x.item().reason())
                .text("source", x -> x.item().source().name())
                .integer("line", x -> lineOrMissing(x.item().line()))
                .of(each(reviews, Review::judgements));
    }

    /**
     * One row per resolution item.
     *
     * @param reviews the reviews
     * @return the table
     */
    public static Table resolutionItems(List<Review> reviews) {
        return TableSpec.<In<ResolutionItem>>named("resolutionItems")
                .text("review", x -> x.review().id())
                .date("addressed", x -> x.review().resolution().addressed())
                .integer("number", x -> x.item().number())
                .text("finding", x -> x.item().findingRef())
                .text("findingId", x -> x.item().findingId())
                .text("agents", x -> x.item().findingId().isEmpty() ? "" : x.review().finding(x.item().findingId())
                        .map(f -> f.agents().stream().map(Agent::family).collect(Collectors.joining(" "))).orElse(""))
                .text("action", x -> x.item().action().name())
                .text("actionRaw", x -> x.item().actionRaw())
                .of(each(reviews, r -> r.resolution() == null ? List.of() : r.resolution().items()));
    }

    /** The resolution's action for a finding, or "" when the review has no resolution or it names none. */
    private static String action(Review r, Finding f) {
        return r.resolution() == null ? "" : r.resolution().actionFor(f.id()).map(Enum::name).orElse("");
    }

    private static String name(Severity s) {
        return s == null ? "" : s.name();
    }

    /** A line number, or missing when the source gave none (0). */
    private static Integer lineOrMissing(int line) {
        return line == 0 ? null : line;
    }
}
