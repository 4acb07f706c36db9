package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.Vocabulary;
import dev.reviewstats.internal.template.SectionNames;
import dev.reviewstats.internal.template.Region;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.Outline;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.Section;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.DiagnosticLevel;
import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.SectionKind;
import dev.reviewstats.model.SectionState;
import dev.reviewstats.model.Source;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the section extractors over an outline, whichever front end made it. Stateless: all state of
 * one run lives in its {@link ParseContext}.
 */
public final class ReviewExtractor {
    private static final Map<Region, SectionKind> PROSE_KINDS = Map.of(
            Region.EXECUTIVE_SUMMARY, SectionKind.EXECUTIVE_SUMMARY,
            Region.TESTING, SectionKind.TESTING_ASSESSMENT,
            Region.DOCUMENTATION, SectionKind.DOCUMENTATION_ASSESSMENT,
            Region.COMMIT_STRUCTURE, SectionKind.COMMIT_STRUCTURE,
            Region.LIMITATIONS, SectionKind.ACKNOWLEDGED_LIMITATIONS,
            Region.UNRESOLVED_FEEDBACK, SectionKind.UNRESOLVED_FEEDBACK,
            Region.PROCESS_NOTES, SectionKind.REVIEW_PROCESS_NOTES,
            Region.RESOLUTION, SectionKind.RESOLUTION,
            Region.RETRO, SectionKind.AGENT_RETRO);

    /**
     * @param outline the document
     * @param fileStem the file name without extension, a fallback for the review id
     * @param source the source to record
     */
    public Extraction extract(Outline outline, String fileStem, Source source) {
        return extract(outline, fileStem, source, Map.of(), java.util.function.UnaryOperator.identity());
    }

    /**
     * Extracts with agent-family aliases (alias → family) the reports' names may use, and a rule that
     * names each agent's model as the caller's model aliases mean it.
     */
    public Extraction extract(Outline outline, String fileStem, Source source, Map<String, String> aliases,
            java.util.function.UnaryOperator<dev.reviewstats.model.Agent> models) {
        ParseContext ctx = new ParseContext(outline.lineCount(), aliases, models);
        ctx.addAll(outline.notes());
        ctx.links(outline.links());
        Structure structure = Structure.of(outline.sections());
        List<Part> parts = structure.main();
        String title = titleOf(outline);
        String id = id(title, fileStem, ctx);
        Review.Builder review = Review.builder(id).source(source);
        MetadataExtractor.extract(parts, id, ctx, review);

        boolean hasRetro = parts.stream().anyMatch(p -> p.region() == Region.RETRO);
        boolean hasAppendix = structure.appendixLine() > 0;
        if (review.reviewers().isEmpty() && !hasRetro && !hasAppendix) {
            String what = title.isEmpty() ? "the document" : "'" + title + "'";
            return new Extraction(null, what + " is no deep review: it names no reviewer agents and has no agent retro"
                    + " or original reviews", ctx.diagnostics());
        }

        Map<SectionKind, SectionState> states = new EnumMap<>(SectionKind.class);
        for (Map.Entry<Region, SectionKind> e : PROSE_KINDS.entrySet()) {
            List<Part> of = of(parts, e.getKey());
            if (!of.isEmpty()) {
                states.put(e.getValue(), state(of, ctx));
            }
        }
        String summary = ProseExtractor.text(of(parts, Region.EXECUTIVE_SUMMARY));
        review.executiveSummary(summary).statedStructure(ProseExtractor.statedStructure(summary));
        review.testingAssessment(ProseExtractor.items(of(parts, Region.TESTING)));
        review.documentationAssessment(ProseExtractor.items(of(parts, Region.DOCUMENTATION)));
        review.commitStructure(ProseExtractor.items(of(parts, Region.COMMIT_STRUCTURE)));
        review.acknowledgedLimitations(ProseExtractor.items(of(parts, Region.LIMITATIONS)));
        review.unresolvedFeedback(ProseExtractor.items(of(parts, Region.UNRESOLVED_FEEDBACK)));
        review.processNotes(ProseExtractor.items(of(parts, Region.PROCESS_NOTES)));

        List<Part> design = of(parts, Region.DESIGN_OBSERVATIONS, Region.CONCERNS, Region.STRENGTHS);
        if (!design.isEmpty()) {
            states.put(SectionKind.DESIGN_OBSERVATIONS, state(design, ctx));
            ProseExtractor.observations(design, ctx).forEach(review::designObservation);
        }

        List<Part> retro = of(parts, Region.RETRO, Region.RETRO_TABLE, Region.RECONCILIATION);
        Optional<TableBlock> table = RetroExtractor.findTable(retro, ctx);
        if (table.isPresent()) {
            states.put(SectionKind.RETRO_SUMMARY_TABLE, SectionState.PRESENT);
            for (AgentStats s : RetroExtractor.extract(table.get(), ctx)) {
                review.agentStats(s);
            }
        } else if (hasRetro) {
            ctx.report(DiagnosticCode.RETRO_TABLE_MISSING, "the agent retro has no summary table",
                    of(parts, Region.RETRO).get(0).line());
        }
        upgradeReviewers(review, ctx);

        FindingExtractor.Result findings = FindingExtractor.extract(parts, ctx, null);
        findings.findings().forEach(review::finding);
        findings.states().forEach((severity, state) -> states.put(switch (severity) {
            case CRITICAL -> SectionKind.CRITICAL_ISSUES;
            case IMPORTANT -> SectionKind.IMPORTANT_ISSUES;
            case SUGGESTION -> SectionKind.SUGGESTIONS;
        }, state));

        List<ReconciliationExtractor.Clause> clauses = ReconciliationExtractor.clauses(retro);
        List<Part> reconciliationParts = of(parts, Region.RECONCILIATION);
        if (!clauses.isEmpty()) {
            states.put(SectionKind.RECONCILIATION, SectionState.PRESENT);
        } else if (!reconciliationParts.isEmpty()) {
            states.put(SectionKind.RECONCILIATION, state(reconciliationParts, ctx));
        }
        List<Judgement> changes = ReconciliationExtractor.changes(clauses, ctx);
        changes.forEach(review::judgement);
        List<Judgement> calibrated = ReconciliationExtractor.calibrations(findings.findings(), changes, ctx);
        calibrated.forEach(review::judgement);
        List<Judgement> retroProse = List.of();
        if (states.get(SectionKind.RECONCILIATION) != SectionState.PRESENT) {
            // Where no reconciliation states what became of the findings, the retro prose may.
            retroProse = RetroProseExtractor.judgements(outline.sections(), ctx);
            retroProse.forEach(review::judgement);
        }

        ResolutionExtractor.extract(of(parts, Region.RESOLUTION), findings.findings(), ctx).ifPresent(review::resolution);

        List<OriginalReview> originals = List.of();
        List<Judgement> mapped = List.of();
        if (hasAppendix) {
            states.put(SectionKind.APPENDIX, SectionState.PRESENT);
            AppendixExtractor.Result appendix = AppendixExtractor.read(structure.appendix(), ctx);
            originals = appendix.originals();
            mapped = appendix.mapped();
            originals.forEach(review::originalReview);
            mapped.forEach(review::judgement);
        }
        List<Judgement> statements = new ArrayList<>(mapped);
        statements.addAll(changes);
        statements.addAll(calibrated);
        statements.addAll(retroProse);
        boolean findingsRead = findings.states().values().stream().noneMatch(s -> s == SectionState.UNREADABLE)
                && ctx.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.FINDING_UNREADABLE);
        review.ledger(FindingLedger.build(new FindingLedger.Inputs(review.reviewers(), originals, findings.findings(),
                statements, review.agentStats(), states.get(SectionKind.RECONCILIATION) == SectionState.PRESENT,
                findingsRead, ctx.unreadStatementFamilies()), ctx));
        for (Part p : parts) {
            if (p.region() == Region.UNKNOWN) {
                ctx.report(DiagnosticCode.SECTION_UNKNOWN, "section '" + Inline.plain(p.title())
                        + "' is not part of the model", p.line());
            }
        }
        states.forEach(review::section);
        ctx.diagnostics().stream().sorted(Diagnostic.DOCUMENT_ORDER).forEach(review::diagnostic);
        Review built = review.build();
        return new Extraction(built, "", built.diagnostics());
    }

    /**
     * The finding ledger of a review assembled or edited outside the parser, linked the way a parse
     * links it. What the review's diagnostics say was not read counts as unread for every agent: the
     * families a diagnostic named are not kept.
     *
     * @param r the review
     * @return its ledger
     */
    public static List<dev.reviewstats.model.LedgerEntry> ledger(Review r) {
        ParseContext ctx = new ParseContext(Integer.MAX_VALUE);
        ctx.setReviewers(r.reviewers());
        boolean findingsRead = r.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.FINDING_UNREADABLE)
                && java.util.stream.Stream.of(SectionKind.CRITICAL_ISSUES, SectionKind.IMPORTANT_ISSUES, SectionKind.SUGGESTIONS)
                        .noneMatch(k -> r.section(k) == SectionState.UNREADABLE);
        java.util.Set<String> unread = r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.RECONCILIATION_UNREADABLE)
                ? java.util.Set.of("*") : java.util.Set.of();
        return FindingLedger.build(new FindingLedger.Inputs(r.reviewers(), r.originalReviews(), r.findings(), r.judgements(),
                r.agentStats(), r.section(SectionKind.RECONCILIATION) == SectionState.PRESENT, findingsRead, unread), ctx);
    }

    /**
     * Some pages name the reviewers by family only; when the retro table names exactly one model per
     * family, the reviewers take it.
     */
    private static void upgradeReviewers(Review.Builder review, ParseContext ctx) {
        List<Agent> reviewers = review.reviewers();
        if (reviewers.isEmpty() || reviewers.stream().allMatch(Agent::hasModel)) {
            return;
        }
        List<Agent> upgraded = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Agent r : reviewers) {
            List<Agent> models = review.agentStats().stream().map(AgentStats::agent)
                    .filter(a -> a.family().equalsIgnoreCase(r.family()) && a.hasModel()).distinct().toList();
            if (!r.hasModel() && models.size() == 1) {
                upgraded.add(new Agent(r.family(), models.get(0).model(), r.effort()));
                named.add(models.get(0).displayName());
            } else {
                upgraded.add(r);
            }
        }
        if (!named.isEmpty()) {
            review.replaceReviewers(upgraded);
            ctx.setReviewers(upgraded);
            ctx.report(DiagnosticCode.METADATA_UNREADABLE, DiagnosticLevel.INFO, "the reviewers row names families only; "
                    + "the retro table gave the models: " + String.join(", ", named), 0);
        }
    }

    private static List<Part> of(List<Part> parts, Region... regions) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            for (Region r : regions) {
                if (p.region() == r) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static SectionState state(List<Part> parts, ParseContext ctx) {
        boolean anyContent = parts.stream().anyMatch(p -> !p.blocks().isEmpty() || p.hasSubsections());
        if (!anyContent) {
            Part p = parts.get(0);
            ctx.report(DiagnosticCode.SECTION_UNREADABLE, "section '" + Inline.plain(p.title())
                    + "' has a heading but no content", p.line());
            return SectionState.UNREADABLE;
        }
        if (parts.size() == 1 && parts.get(0).blocks().size() == 1
                && parts.get(0).blocks().get(0) instanceof Paragraph para
                && SectionNames.saysNone(Inline.plain(para.text()))) {
            return SectionState.NONE;
        }
        return SectionState.PRESENT;
    }

    private static String titleOf(Outline outline) {
        for (Section s : outline.sections()) {
            if (s.level() > 0) {
                return Inline.plain(s.title());
            }
        }
        return "";
    }

    private static String id(String title, String fileStem, ParseContext ctx) {
        String rest = SectionNames.reviewTitleRest(title);
        String fromTitle = rest != null ? rest.strip() : "";
        if (Vocabulary.isReviewId(fromTitle, 0, fromTitle.length())) {
            return fromTitle;
        }
        if (fileStem != null && Vocabulary.isReviewId(fileStem, 0, fileStem.length())) {
            ctx.report(DiagnosticCode.ID_FROM_FILE_NAME, "the title '" + title + "' carries no review id; the file name "
                    + fileStem + " gave it", 1);
            return fileStem;
        }
        String fallback = !fromTitle.isEmpty() ? fromTitle : fileStem == null || fileStem.isBlank() ? "unnamed" : fileStem;
        ctx.report(DiagnosticCode.ID_UNKNOWN, "neither the title nor the file name carries a review id; using '"
                + fallback + "'", 1);
        return fallback;
    }
}
