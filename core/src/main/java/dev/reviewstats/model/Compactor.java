package dev.reviewstats.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Makes reviews small enough to hold tens of thousands at once, for work that needs them all together
 * (comparisons, charts, the retro page): a copy keeps every id, title, count, agent, severity,
 * location, fate, resolution, retro cell, the counts the executive summary states and every
 * diagnostic, but drops the prose no figure is read from — the executive summary's text, findings'
 * text and fix paragraphs, design observations, assessments and notes, and the verdict's rationale —
 * and shares equal short values (agents as written, ids, row labels, cells, paths) between the
 * reviews this compactor has seen.
 *
 * <p>One compactor per run: it remembers the values it shares, about {@value #MAX_SHARED} of them
 * at most (threads racing at the bound may add a few), so its memory is bounded whatever the input.
 * Thread-safe.
 */
public final class Compactor implements UnaryOperator<Review> {
    /** Values longer than this are rarely equal between reviews: titles and text are kept as they are. */
    static final int MAX_SHARED_LENGTH = 64;
    /** How many distinct values one compactor shares at most; past it, values are kept as they are. */
    static final int MAX_SHARED = 200_000;

    private final Map<Object, Object> shared = new ConcurrentHashMap<>();
    private final int maxShared;

    /** A compactor that has shared nothing yet. */
    public Compactor() {
        this(MAX_SHARED);
    }

    /** A compactor that shares at most {@code maxShared} values; tests reach the bound with it. */
    Compactor(int maxShared) {
        this.maxShared = maxShared;
    }

    /** How many values this compactor shares. */
    int shared() {
        return shared.size();
    }

    @Override
    public Review apply(Review r) {
        return new Review(text(r.id()), r.sources(), r.date(), r.time(), text(r.repository()), r.pullRequest(), r.round(),
                text(r.author()), text(r.branch()), r.commits(), r.earlierCommits(), agents(r.reviewers()),
                agents(r.droppedReviewers()),
                r.verdict() == null ? null : new Verdict(r.verdict().outcome(), "", ""),
                r.wallClock(), "", r.statedStructure(),
                r.findings().stream().map(this::finding).toList(),
                r.designObservations().stream()
                        .map(o -> new DesignObservation(o.kind(), o.title(), text(o.scope()), agents(o.agents()), "")).toList(),
                titles(r.testingAssessment()), titles(r.documentationAssessment()), titles(r.commitStructure()),
                titles(r.acknowledgedLimitations()), titles(r.unresolvedFeedback()), titles(r.processNotes()),
                r.agentStats().stream().map(this::stats).toList(),
                r.judgements().stream().map(j -> new Judgement(agent(j.agent()), text(j.originalId()), j.originalTitle(), j.from(),
                        j.to(), text(j.finalId()), j.outcome(), text(j.reason()), j.source(), j.line(), j.pass())).toList(),
                r.resolution() == null ? null : new Resolution(r.resolution().addressed(), r.resolution().commit(),
                        r.resolution().items().stream().map(i -> new ResolutionItem(i.number(), i.findingRef(), text(i.findingId()),
                                i.action(), text(i.actionRaw()))).toList()),
                r.originalReviews().stream().map(o -> new OriginalReview(agent(o.agent()), o.pass(),
                        o.findings().stream().map(this::finding).toList(), o.line(), o.itemised())).toList(),
                r.ledger().stream().map(e -> new LedgerEntry(agent(e.agent()), e.pass(), text(e.originalId()), e.severity(), e.title(),
                        e.line(), e.fate(), text(e.finalId()), e.finalSeverity(), e.link(), e.score(), e.evidence(), e.evidenceLine(),
                        text(e.reason()))).toList(),
                r.sections(), r.diagnostics());
    }

    private Finding finding(Finding f) {
        return new Finding(text(f.id()), f.severity(), f.title(),
                f.locations().stream().map(l -> new Location(text(l.path()), l.startLine(), l.endLine())).toList(),
                agents(f.agents()), f.tags().stream().map(this::text).toList(), "", "",
                f.earlierRounds().stream().map(this::text).toList(), f.carriedOver().stream().map(this::text).toList(),
                f.withdrawn(), f.line());
    }

    private AgentStats stats(AgentStats s) {
        Map<String, String> cells = new LinkedHashMap<>();
        s.cells().forEach((k, v) -> cells.put(text(k), text(v)));
        ToolCalls calls = s.toolCalls();
        if (calls != null) {
            Map<String, Integer> perTool = new LinkedHashMap<>();
            calls.perTool().forEach((k, v) -> perTool.put(text(k), v));
            calls = new ToolCalls(calls.total(), perTool);
        }
        Downgrades down = s.downgraded() == null ? null
                : new Downgrades(s.downgraded().count(), s.downgraded().transitions().stream().map(this::text).toList(),
                        s.downgraded().moves());
        return new AgentStats(agent(s.agent()), s.duration(), s.findings(), calls, s.designObservations(), s.falsePositives(),
                s.severityMisjudgements(), s.uniqueInsights(), s.filesReviewed(), s.coverageMisses(), s.totals(), down, s.dropped(), cells);
    }

    private List<TextItem> titles(List<TextItem> items) {
        return items.stream().map(i -> new TextItem(text(i.title()), "")).toList();
    }

    private List<Agent> agents(List<Agent> agents) {
        return agents.stream().map(this::agent).toList();
    }

    private Agent agent(Agent a) {
        // Agents are equal whatever their effort and case; shared, they must be the very same spelling.
        return a == null ? null : share(new Spelling(a.family(), a.model(), a.effort()), a);
    }

    /** An agent as written, compared exactly. */
    private record Spelling(String family, String model, String effort) {
    }

    private String text(String s) {
        return s == null || s.length() > MAX_SHARED_LENGTH ? s : share(s, s);
    }

    /** The value shared under {@code key}, {@code value} itself when none is yet (or the bound is reached). */
    @SuppressWarnings("unchecked")
    private <T> T share(Object key, T value) {
        Object known = shared.get(key);
        if (known != null) {
            return (T) known;
        }
        if (shared.size() >= maxShared) {
            return value;
        }
        known = shared.putIfAbsent(key, value);
        return known == null ? value : (T) known;
    }
}
