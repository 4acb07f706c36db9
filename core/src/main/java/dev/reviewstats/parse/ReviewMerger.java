package dev.reviewstats.parse;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.SectionKind;
import dev.reviewstats.model.SectionState;
import dev.reviewstats.model.Source;
import dev.reviewstats.model.SourceForm;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Merges the forms of one review field by field: the richest form wins each field, the others fill
 * what it lacks, and every disagreement becomes a diagnostic. Richest means Markdown before HTML
 * before flattened text (each form loses what the one before keeps), then the one with more
 * findings.
 */
final class ReviewMerger {
    private ReviewMerger() {
    }

    static Review merge(List<Review> forms) {
        if (forms.size() == 1) {
            return forms.get(0);
        }
        List<Review> ranked = new ArrayList<>(forms);
        ranked.sort(Comparator.comparing((Review r) -> rank(r.sources().get(0).form()))
                .thenComparing(r -> -r.findings().size())
                .thenComparing(r -> r.sources().get(0).path()));
        Review merged = ranked.get(0);
        for (Review other : ranked.subList(1, ranked.size())) {
            merged = mergeTwo(merged, other);
        }
        return merged;
    }

    private static int rank(SourceForm form) {
        return switch (form) {
            case MARKDOWN -> 0;
            case HTML -> 1;
            case FLATTENED_TEXT -> 2;
        };
    }

    /** Collects the fields of a merge and what was noticed. */
    private static final class Merge {
        final Review a;
        final Review b;
        final String bName;
        final List<Diagnostic> notes = new ArrayList<>();

        Merge(Review a, Review b) {
            this.a = a;
            this.b = b;
            this.bName = b.sources().get(0).path();
        }

        <T> T scalar(String field, Function<Review, T> get) {
            return scalar(field, get, v -> v);
        }

        /** Keeps a's value, fills it from b, and notes a conflict when their {@code key}s differ. */
        <T> T scalar(String field, Function<Review, T> get, Function<? super T, ?> key) {
            T va = get.apply(a);
            T vb = get.apply(b);
            if (isEmpty(va)) {
                if (!isEmpty(vb)) {
                    notes.add(Diagnostic.of(DiagnosticCode.MERGE_FILLED, field + " taken from " + bName, 0));
                }
                return isEmpty(vb) ? va : vb;
            }
            if (!isEmpty(vb) && !Objects.equals(key.apply(va), key.apply(vb))) {
                notes.add(Diagnostic.of(DiagnosticCode.MERGE_CONFLICT, field + ": kept '" + va + "', " + bName
                        + " says '" + vb + "'", 0));
            }
            return va;
        }

        <T> List<T> list(String field, Function<Review, List<T>> get) {
            List<T> va = get.apply(a);
            List<T> vb = get.apply(b);
            if (va.isEmpty() && !vb.isEmpty()) {
                notes.add(Diagnostic.of(DiagnosticCode.MERGE_FILLED, field + " (" + vb.size() + ") taken from " + bName, 0));
                return vb;
            }
            return va;
        }

        private static boolean isEmpty(Object v) {
            return v == null || (v instanceof String s && s.isEmpty()) || (v instanceof Collection<?> c && c.isEmpty());
        }
    }

    /** Every form's struck-out reviewers, once each: a form that lost the strike-through still names the run. */
    private static List<Agent> droppedReviewers(Review a, Review b) {
        List<Agent> out = new ArrayList<>(a.droppedReviewers());
        b.droppedReviewers().stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }

    private static Review mergeTwo(Review a, Review b) {
        Merge m = new Merge(a, b);
        List<Finding> findings = findings(m);
        Map<SectionKind, SectionState> sections = new EnumMap<>(SectionKind.class);
        for (SectionKind k : SectionKind.values()) {
            sections.put(k, a.section(k) == SectionState.ABSENT ? b.section(k) : a.section(k));
        }
        List<Source> sources = new ArrayList<>(a.sources());
        sources.addAll(b.sources());
        // Each field in the report's order: a disagreement between the forms is noted as it is met.
        Review.Builder merged = Review.builder(a.id())
                .date(m.scalar("date", Review::date)).time(m.scalar("time", Review::time))
                .repository(m.scalar("repository", Review::repository)).pullRequest(pullRequest(m))
                .round(m.scalar("round", Review::round)).author(m.scalar("author", Review::author))
                .branch(m.scalar("branch", Review::branch));
        m.list("commits", Review::commits).forEach(merged::commit);
        merged.earlierCommits(a.earlierCommits() > 0 ? a.earlierCommits() : b.earlierCommits())
                .replaceReviewers(m.scalar("reviewers", Review::reviewers, ReviewMerger::families));
        droppedReviewers(a, b).forEach(merged::droppedReviewer);
        merged.verdict(m.scalar("verdict", Review::verdict, v -> v.outcome()))
                .wallClock(m.scalar("wall-clock time", Review::wallClock))
                .executiveSummary(a.executiveSummary().isEmpty() ? b.executiveSummary() : a.executiveSummary())
                .statedStructure(a.executiveSummary().isEmpty() ? b.statedStructure() : a.statedStructure());
        findings.forEach(merged::finding);
        m.list("design observations", Review::designObservations).forEach(merged::designObservation);
        merged.testingAssessment(m.list("testing assessment", Review::testingAssessment))
                .documentationAssessment(m.list("documentation assessment", Review::documentationAssessment))
                .commitStructure(m.list("commit structure", Review::commitStructure))
                .acknowledgedLimitations(m.list("acknowledged limitations", Review::acknowledgedLimitations))
                .unresolvedFeedback(m.list("unresolved feedback", Review::unresolvedFeedback))
                .processNotes(m.list("process notes", Review::processNotes));
        m.list("summary table", Review::agentStats).forEach(merged::agentStats);
        m.list("judgements", Review::judgements).forEach(merged::judgement);
        merged.resolution(m.scalar("resolution", Review::resolution));
        m.list("original reviews", Review::originalReviews).forEach(merged::originalReview);
        // The ledger links the original reviews, so it comes from the form they came from.
        merged.ledger(a.originalReviews().isEmpty() && !b.originalReviews().isEmpty() ? b.ledger() : a.ledger());
        sources.forEach(merged::source);
        sections.forEach(merged::section);
        List<Diagnostic> diagnostics = new ArrayList<>(a.diagnostics());
        for (Diagnostic d : b.diagnostics()) {
            // Lines of the other form's diagnostics point into that file, so the message names it.
            diagnostics.add(new Diagnostic(d.code(), d.level(), "[" + m.bName + "] " + d.message(), d.line()));
        }
        diagnostics.addAll(m.notes);
        diagnostics.forEach(merged::diagnostic);
        return merged.build();
    }

    /** Agents compare by family: a form that names families only does not contradict one that names models. */
    private static Object families(List<dev.reviewstats.model.Agent> agents) {
        return agents.stream().map(x -> x.family().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** The PR number must agree; a title missing from the richer form is filled. */
    private static dev.reviewstats.model.PullRequest pullRequest(Merge m) {
        dev.reviewstats.model.PullRequest pa = m.scalar("pull request", Review::pullRequest,
                dev.reviewstats.model.PullRequest::number);
        dev.reviewstats.model.PullRequest pb = m.b.pullRequest();
        if (pa != null && pb != null && pa.number() == pb.number() && pa.title().isEmpty() && !pb.title().isEmpty()) {
            m.notes.add(Diagnostic.of(DiagnosticCode.MERGE_FILLED, "pull request title taken from " + m.bName, 0));
            return pb;
        }
        return pa;
    }

    /** Findings of the richer form, with locations the other form adds; disagreements noted. */
    private static List<Finding> findings(Merge m) {
        if (m.a.findings().isEmpty()) {
            return m.list("findings", Review::findings);
        }
        List<Finding> out = new ArrayList<>();
        for (Finding fa : m.a.findings()) {
            Finding fb = m.b.finding(fa.id()).orElse(null);
            if (fb == null) {
                out.add(fa);
                continue;
            }
            if (fa.severity() != fb.severity()) {
                m.notes.add(Diagnostic.of(DiagnosticCode.MERGE_CONFLICT, "finding " + fa.id() + " severity: kept "
                        + fa.severity() + ", " + m.bName + " says " + fb.severity(), fa.line()));
            }
            boolean agentsDiffer = !fb.agents().isEmpty() && !fa.agents().stream().map(x -> x.family()).sorted().toList()
                    .equals(fb.agents().stream().map(x -> x.family()).sorted().toList());
            if (agentsDiffer) {
                m.notes.add(Diagnostic.of(DiagnosticCode.MERGE_CONFLICT, "finding " + fa.id() + " agents: kept "
                        + fa.agents() + ", " + m.bName + " says " + fb.agents(), fa.line()));
            }
            out.add(fa.locations().isEmpty() && !fb.locations().isEmpty()
                    ? new Finding(fa.id(), fa.severity(), fa.title(), fb.locations(), fa.agents().isEmpty() ? fb.agents() : fa.agents(),
                            fa.tags(), fa.body(), fa.fix(), fa.earlierRounds(), fa.carriedOver(), fa.withdrawn(), fa.line())
                    : fa.agents().isEmpty() && !fb.agents().isEmpty()
                    ? new Finding(fa.id(), fa.severity(), fa.title(), fa.locations(), fb.agents(), fa.tags(), fa.body(),
                            fa.fix(), fa.earlierRounds(), fa.carriedOver(), fa.withdrawn(), fa.line())
                    : fa);
        }
        return out;
    }
}
