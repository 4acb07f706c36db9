package dev.reviewstats.analytics;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.Judgement;
import java.util.List;
import java.util.stream.Collectors;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Parsed reviews as Tablesaw data frames, for library users who want to slice the data their own
 * way. This is the one place where a library type is public on purpose; the columns are documented
 * in docs/metrics.md and, like the JSON field names, only ever added to. Missing values are
 * Tablesaw's missing values, never 0.
 */
public final class ReviewTables {
    private ReviewTables() {
    }

    /**
     * One row per review.
     *
     * @param reviews the reviews
     * @return the table
     */
    public static Table reviews(List<Review> reviews) {
        KeyColumns key = new KeyColumns();
        StringColumn verdict = StringColumn.create("verdict");
        LongColumn wall = LongColumn.create("wallClockSeconds");
        IntColumn reviewers = IntColumn.create("reviewers");
        IntColumn critical = IntColumn.create("critical");
        IntColumn important = IntColumn.create("important");
        IntColumn suggestion = IntColumn.create("suggestion");
        BooleanColumn resolution = BooleanColumn.create("hasResolution");
        IntColumn sources = IntColumn.create("sources");
        for (Review r : reviews) {
            key.append(ReviewKey.of(r));
            verdict.append(r.verdict() == null ? "" : r.verdict().outcome().name());
            put(wall, r.wallClock() == null ? null : r.wallClock().getSeconds());
            reviewers.append(r.reviewers().size());
            critical.append(r.findingCounts().critical());
            important.append(r.findingCounts().important());
            suggestion.append(r.findingCounts().suggestion());
            resolution.append(r.resolution() != null);
            sources.append(r.sources().size());
        }
        return key.table("reviews", verdict, wall, reviewers, critical, important,
                suggestion, resolution, sources);
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
        KeyColumns key = new KeyColumns();
        StringColumn family = StringColumn.create("family");
        StringColumn agent = StringColumn.create("agent");
        StringColumn model = StringColumn.create("model");
        IntColumn raised = IntColumn.create("raised");
        IntColumn credited = IntColumn.create("credited");
        IntColumn creditedC = IntColumn.create("creditedC");
        IntColumn creditedI = IntColumn.create("creditedI");
        IntColumn creditedS = IntColumn.create("creditedS");
        IntColumn unique = IntColumn.create("unique");
        IntColumn consensus = IntColumn.create("consensus");
        IntColumn fp = IntColumn.create("falsePositives");
        IntColumn down = IntColumn.create("downgraded");
        IntColumn up = IntColumn.create("upgraded");
        IntColumn dropped = IntColumn.create("dropped");
        IntColumn merged = IntColumn.create("merged");
        IntColumn resolved = IntColumn.create("resolved");
        IntColumn fixed = IntColumn.create("fixed");
        LongColumn duration = LongColumn.create("durationSeconds");
        IntColumn tools = IntColumn.create("toolCalls");
        IntColumn disagreements = IntColumn.create("disagreements");
        for (AgentReview a : rows) {
            key.append(a.review());
            family.append(a.family());
            agent.append(a.agent());
            model.append(a.model());
            put(raised, a.raised());
            credited.append(a.credited().total());
            creditedC.append(a.credited(Severity.CRITICAL));
            creditedI.append(a.credited(Severity.IMPORTANT));
            creditedS.append(a.credited(Severity.SUGGESTION));
            unique.append(a.unique());
            consensus.append(a.consensus());
            put(fp, a.falsePositives());
            put(down, a.downgraded());
            put(up, a.upgraded());
            put(dropped, a.dropped());
            put(merged, a.merged());
            resolved.append(a.resolved());
            fixed.append(a.fixed());
            put(duration, a.durationSeconds());
            put(tools, a.toolCalls());
            disagreements.append(a.disagreements().size());
        }
        return key.table("agentReviews", family, agent, model, raised, credited, creditedC,
                creditedI, creditedS, unique, consensus, fp, down, up, dropped, merged, resolved, fixed, duration, tools,
                disagreements);
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
        KeyColumns key = new KeyColumns();
        StringColumn family = StringColumn.create("family");
        StringColumn agent = StringColumn.create("agent");
        StringColumn model = StringColumn.create("model");
        IntColumn pass = IntColumn.create("pass");
        StringColumn originalId = StringColumn.create("originalId");
        StringColumn severity = StringColumn.create("severity");
        StringColumn title = StringColumn.create("title");
        BooleanColumn raised = BooleanColumn.create("raised");
        StringColumn fate = StringColumn.create("fate");
        StringColumn finalId = StringColumn.create("finalId");
        StringColumn finalSeverity = StringColumn.create("finalSeverity");
        StringColumn link = StringColumn.create("link");
        tech.tablesaw.api.DoubleColumn score = tech.tablesaw.api.DoubleColumn.create("score");
        StringColumn evidence = StringColumn.create("evidence");
        IntColumn evidenceLine = IntColumn.create("evidenceLine");
        IntColumn line = IntColumn.create("line");
        StringColumn reason = StringColumn.create("reason");
        for (Review r : reviews) {
            ReviewKey reviewKey = ReviewKey.of(r);
            for (dev.reviewstats.model.LedgerEntry e : r.ledger()) {
                key.append(reviewKey);
                family.append(e.agent().family());
                agent.append(grouping.keyIn(r, e.agent()));
                model.append(grouping != Grouping.FAMILY ? e.agent().model() : "");
                pass.append(e.pass());
                originalId.append(e.originalId());
                severity.append(e.severity() == null ? "" : e.severity().name());
                title.append(e.title());
                raised.append(e.raised());
                fate.append(e.fate().jsonName());
                finalId.append(e.finalId());
                finalSeverity.append(e.finalSeverity() == null ? "" : e.finalSeverity().name());
                link.append(e.link().jsonName());
                if (e.link() == dev.reviewstats.model.Link.MATCHED) {
                    score.append(Math.round(e.score() * 100) / 100.0);
                } else {
                    score.appendMissing();
                }
                evidence.append(e.evidence() == null ? "" : e.evidence().name().toLowerCase(java.util.Locale.ROOT));
                put(evidenceLine, e.evidenceLine() == 0 ? null : e.evidenceLine());
                put(line, e.line() == 0 ? null : e.line());
                reason.append(e.reason());
            }
        }
        return key.table("agentFindings", family, agent, model, pass, originalId, severity, title, raised, fate, finalId,
                finalSeverity, link, score, evidence, evidenceLine, line, reason);
    }

    /**
     * One row per consolidated finding, its agents joined by {@code "; "}.
     *
     * @param reviews the reviews
     * @return the table
     */
    public static Table findings(List<Review> reviews) {
        KeyColumns key = new KeyColumns();
        StringColumn finding = StringColumn.create("finding");
        StringColumn severity = StringColumn.create("severity");
        StringColumn title = StringColumn.create("title");
        StringColumn agents = StringColumn.create("agents");
        IntColumn agentCount = IntColumn.create("agentCount");
        BooleanColumn withdrawn = BooleanColumn.create("withdrawn");
        StringColumn action = StringColumn.create("resolution");
        IntColumn line = IntColumn.create("line");
        for (Review r : reviews) {
            ReviewKey reviewKey = ReviewKey.of(r);
            for (Finding f : r.findings()) {
                key.append(reviewKey);
                finding.append(f.id());
                severity.append(f.severity().name());
                title.append(f.title());
                agents.append(f.agents().stream().map(Agent::displayName).collect(Collectors.joining("; ")));
                agentCount.append(f.agents().size());
                withdrawn.append(f.withdrawn());
                action.append(r.resolution() == null ? "" : r.resolution().actionFor(f.id()).map(Enum::name).orElse(""));
                put(line, f.line() == 0 ? null : f.line());
            }
        }
        return key.table("findings", finding, severity, title, agents, agentCount, withdrawn,
                action, line);
    }

    /**
     * One row per consolidated finding and agent it is attributed to (a finding with no agent has one row).
     *
     * @param reviews the reviews
     * @return the table
     */
    public static Table findingAgents(List<Review> reviews) {
        StringColumn id = StringColumn.create("review");
        DateColumn date = DateColumn.create("date");
        StringColumn finding = StringColumn.create("finding");
        StringColumn severity = StringColumn.create("severity");
        StringColumn title = StringColumn.create("title");
        StringColumn family = StringColumn.create("family");
        StringColumn model = StringColumn.create("model");
        IntColumn agents = IntColumn.create("agents");
        BooleanColumn withdrawn = BooleanColumn.create("withdrawn");
        StringColumn action = StringColumn.create("resolution");
        for (Review r : reviews) {
            for (Finding f : r.findings()) {
                List<Agent> credited = f.agents().isEmpty() ? java.util.Collections.singletonList(null) : f.agents();
                for (Agent a : credited) {
                    id.append(r.id());
                    date.append(r.date());
                    finding.append(f.id());
                    severity.append(f.severity().name());
                    title.append(f.title());
                    family.append(a == null ? "" : a.family());
                    model.append(a == null ? "" : a.model());
                    agents.append(f.agents().size());
                    withdrawn.append(f.withdrawn());
                    action.append(r.resolution() == null ? "" : r.resolution().actionFor(f.id()).map(Enum::name).orElse(""));
                }
            }
        }
        return Table.create("findingAgents", id, date, finding, severity, title, family, model, agents, withdrawn, action);
    }

    /**
     * One row per judgement: what consolidation concluded about one of an agent's own findings.
     *
     * @param reviews the reviews
     * @return the table
     */
    public static Table judgements(List<Review> reviews) {
        StringColumn id = StringColumn.create("review");
        DateColumn date = DateColumn.create("date");
        StringColumn family = StringColumn.create("family");
        StringColumn model = StringColumn.create("model");
        StringColumn originalId = StringColumn.create("originalId");
        StringColumn from = StringColumn.create("from");
        StringColumn to = StringColumn.create("to");
        StringColumn finalId = StringColumn.create("finalId");
        StringColumn outcome = StringColumn.create("outcome");
        StringColumn reason = StringColumn.create("reason");
        IntColumn line = IntColumn.create("line");
        StringColumn source = StringColumn.create("source");
        for (Review r : reviews) {
            for (Judgement c : r.judgements()) {
                id.append(r.id());
                date.append(r.date());
                family.append(c.agent().family());
                model.append(c.agent().model());
                originalId.append(c.originalId());
                from.append(c.from() == null ? "" : c.from().name());
                to.append(c.to() == null ? "" : c.to().name());
                finalId.append(c.finalId());
                outcome.append(c.outcome().jsonName());
                reason.append(c.reason());
                put(line, c.line() == 0 ? null : c.line());
                source.append(c.source().name());
            }
        }
        return Table.create("judgements", id, date, family, model, originalId, from, to, finalId, outcome, reason, source, line);
    }

    /**
     * One row per resolution item.
     *
     * @param reviews the reviews
     * @return the table
     */
    public static Table resolutionItems(List<Review> reviews) {
        StringColumn id = StringColumn.create("review");
        DateColumn addressed = DateColumn.create("addressed");
        IntColumn number = IntColumn.create("number");
        StringColumn ref = StringColumn.create("finding");
        StringColumn findingId = StringColumn.create("findingId");
        StringColumn agents = StringColumn.create("agents");
        StringColumn action = StringColumn.create("action");
        StringColumn raw = StringColumn.create("actionRaw");
        for (Review r : reviews) {
            if (r.resolution() == null) {
                continue;
            }
            for (ResolutionItem i : r.resolution().items()) {
                id.append(r.id());
                addressed.append(r.resolution().addressed());
                number.append(i.number());
                ref.append(i.findingRef());
                findingId.append(i.findingId());
                agents.append(i.findingId().isEmpty() ? "" : r.finding(i.findingId())
                        .map(f -> f.agents().stream().map(Agent::family).collect(Collectors.joining(" "))).orElse(""));
                action.append(i.action().name());
                raw.append(i.actionRaw());
            }
        }
        return Table.create("resolutionItems", id, addressed, number, ref, findingId, agents, action, raw);
    }

    /** The columns that name a review and place it in time: review, date, repository, pr, round. */
    private static final class KeyColumns {
        private final StringColumn id = StringColumn.create("review");
        private final DateColumn date = DateColumn.create("date");
        private final StringColumn repo = StringColumn.create("repository");
        private final IntColumn pr = IntColumn.create("pr");
        private final IntColumn round = IntColumn.create("round");

        void append(ReviewKey r) {
            id.append(r.id());
            date.append(r.date());
            repo.append(r.repository());
            put(pr, r.pullRequest());
            put(round, r.round() == null ? null : r.round().number());
        }

        /** A table of these columns followed by {@code rest}. */
        Table table(String name, Column<?>... rest) {
            Column<?>[] all = new Column<?>[5 + rest.length];
            all[0] = id;
            all[1] = date;
            all[2] = repo;
            all[3] = pr;
            all[4] = round;
            System.arraycopy(rest, 0, all, 5, rest.length);
            return Table.create(name, all);
        }
    }

    private static void put(IntColumn c, Integer v) {
        if (v == null) {
            c.appendMissing();
        } else {
            c.append(v);
        }
    }

    private static void put(LongColumn c, Long v) {
        if (v == null) {
            c.appendMissing();
        } else {
            c.append(v);
        }
    }
}
