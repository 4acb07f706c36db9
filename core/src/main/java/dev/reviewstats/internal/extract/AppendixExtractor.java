package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.Vocabulary;
import dev.reviewstats.internal.template.Counts;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.Section;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the appendix into each agent's own review per pass, and reads each one's findings with
 * the same extractors as the consolidated review.
 */
final class AppendixExtractor {
    /** A pass number ending an appendix heading: {@code — Pass 2}, {@code (pass 2)}, {@code , pass 2}. */
    private static final Pattern PASS_SUFFIX = Pattern.compile("(?i)\\s*(?:[—–:,-]\\s*|\\(\\s*)?\\bpass\\s+(?<pass>\\d{1,9})\\s*\\)?\\s*$");
    /** A heading word that names the document, not the agent: {@code Claude Opus 4.6 Review}. */
    private static final Pattern REVIEW_SUFFIX = Pattern.compile("(?i)\\s+(?:original\\s+)?review\\s*$");
    /** A head note that says where the finding went, not what it is: "consolidated to S2", "dropped — false positive". */
    private static final Pattern NOTE_FATE = Pattern.compile("(?i)\\b(?:consolidated|merged|folded|downgraded|promoted|upgraded|demoted|became|kept|moved|dropped|rejected|routed|withdrawn|false\\s+positive)\\b|→");
    private static final Pattern DASH_LEAD = Pattern.compile("^\\s*[—–:-]+\\s*");
    /** {@code Appendix: [Claude]}: the template that heads each agent's review as an appendix of its own. */
    private static final Pattern APPENDIX_PREFIX = Pattern.compile("(?i)^appendix\\s*[:—–-]\\s*");

    private AppendixExtractor() {
    }

    /**
     * What the appendix gives: each agent's own review per pass, and what an id map states about them.
     *
     * @param originals the agents' own reviews
     * @param mapped one judgement per id an id map maps (source {@link JudgementSource#ID_MAP})
     */
    record Result(List<OriginalReview> originals, List<Judgement> mapped) {
        Result {
            originals = List.copyOf(originals);
            mapped = List.copyOf(mapped);
        }
    }

    static Result read(List<Section> appendix, ParseContext ctx) {
        List<Judgement> mapped = new ArrayList<>();
        List<OriginalReview> originals = extract(appendix, ctx, mapped);
        if (originals.isEmpty()) {
            // One table for every agent: | Agent | Finding | Consolidated |.
            originals = IdMaps.table(appendix, ctx, mapped);
        }
        return new Result(originals, mapped);
    }

    private static List<OriginalReview> extract(List<Section> appendix, ParseContext ctx, List<Judgement> mapped) {
        List<OriginalReview> out = new ArrayList<>();
        Agent agent = null;
        int pass = 1;
        int line = 0;
        List<Section> current = new ArrayList<>();
        for (Section s : appendix) {
            Optional<Entry> entry = s.level() == 0 ? Optional.empty() : entry(s.title(), ctx);
            if (entry.isPresent()) {
                if (agent != null) {
                    out.add(review(agent, pass, line, current, ctx, mapped));
                }
                agent = entry.get().agent();
                pass = entry.get().pass();
                line = s.line();
                current = new ArrayList<>();
                current.add(new Section(0, "", s.line(), s.blocks()));
            } else if (agent != null) {
                current.add(s);
            }
        }
        if (agent != null) {
            out.add(review(agent, pass, line, current, ctx, mapped));
        }
        return out;
    }

    private record Entry(Agent agent, int pass) {
    }

    /**
     * An agent's appendix heading, in every shape the template used: {@code [Gemini] — Pass 1},
     * {@code Claude Opus 4.6}, {@code [Claude] Opus 4.7}, {@code [Claude] — Claude Opus 4.6},
     * {@code [Claude Opus 4.8] — Pass 1}, {@code Codex GPT 5.4 (pass 2)}, {@code Claude Opus 4.6 Review}.
     */
    private static Optional<Entry> entry(String title, ParseContext ctx) {
        String t = Inline.plain(title).strip();
        int pass = 1;
        Matcher p = PASS_SUFFIX.matcher(t);
        if (p.find()) {
            pass = Counts.positive(p.group("pass")).orElse(1);
            t = t.substring(0, p.start()).strip();
        }
        t = REVIEW_SUFFIX.matcher(APPENDIX_PREFIX.matcher(t).replaceFirst("")).replaceFirst("").strip();
        String name = t;
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            String bracketed = t.substring(1, close).strip();
            String after = t.substring(close + 1);
            Matcher dash = DASH_LEAD.matcher(after);
            boolean dashed = dash.find();
            String rest = (dashed ? after.substring(dash.end()) : after).strip();
            Optional<String> restFamily = rest.isEmpty() ? Optional.empty() : ctx.agents().leadingFamily(rest);
            // "[Claude] — Claude Opus 4.6" repeats the family; "[Claude] Opus 4.7" continues it; what a
            // dash sets apart otherwise describes the review ("[Claude] — Full Review").
            name = rest.isEmpty() ? bracketed : restFamily.isPresent() ? rest : dashed ? bracketed : bracketed + " " + rest;
        }
        if (name.isEmpty() || name.indexOf('[') >= 0 || name.indexOf(']') >= 0 || ctx.agents().leadingFamily(name).isEmpty()) {
            return Optional.empty();
        }
        Optional<Agent> parsed = ctx.agents().parse(name, false);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Agent agent = ctx.agents().resolve(parsed.get()).orElse(parsed.get());
        return Optional.of(new Entry(agent, pass));
    }

    private static OriginalReview review(Agent agent, int pass, int line, List<Section> sections, ParseContext ctx,
            List<Judgement> mapped) {
        List<Part> parts = Structure.parts(sections, false);
        FindingExtractor.Result r = FindingExtractor.extract(parts, ctx, agent);
        boolean itemised = !r.findings().isEmpty() || parts.stream().anyMatch(p -> p.region().isFindings());
        if (itemised) {
            // "**I1. Title** — `a.go:3` (raised important; consolidated to **S2**)": the review annotated where each went.
            for (Finding f : r.findings()) {
                for (String note : r.notes().getOrDefault(f.id(), List.of())) {
                    if (NOTE_FATE.matcher(note).find()) {
                        IdMaps.judgement(f.id(), f.title(), note, agent, pass, f.line()).ifPresent(mapped::add);
                        break;
                    }
                }
            }
            return new OriginalReview(agent, pass, r.findings(), line, true);
        }
        // "I1 → I1", "I2 → S1 (downgraded)", "| S3 | dropped |": no review text, only where each id went.
        List<Judgement> map = IdMaps.entries(sections, agent, pass, ctx);
        if (!map.isEmpty()) {
            mapped.addAll(map);
            List<Finding> findings = new ArrayList<>();
            for (Judgement j : map) {
                findings.add(new Finding(j.originalId(), Severity.fromLetter(j.originalId().charAt(0)).orElseThrow(),
                        j.originalTitle(), List.of(), List.of(agent), List.of(), "", "", List.of(), false, j.line()));
            }
            ctx.report(DiagnosticCode.APPENDIX_SUMMARY_LIST, agent.displayName() + "'s pass " + pass + " maps its ids to the"
                    + " consolidated findings; " + map.size() + " finding(s) counted from the map", line);
            return new OriginalReview(agent, pass, findings, line, true);
        }
        List<Finding> listed = summaryList(sections, agent);
        if (!listed.isEmpty()) {
            // "I1 (title; downgraded to S1)": the note after the title says where the finding went.
            for (Finding f : listed) {
                int semicolon = f.body().indexOf(';');
                if (semicolon > 0) {
                    IdMaps.judgement(f.id(), f.title(), f.body().substring(semicolon + 1), agent, pass, f.line())
                            .ifPresent(mapped::add);
                }
            }
            ctx.report(DiagnosticCode.APPENDIX_SUMMARY_LIST, agent.displayName() + "'s pass " + pass + " is a summary; "
                    + listed.size() + " finding(s) counted from the ids it lists", line);
            return new OriginalReview(agent, pass, listed, line, true);
        }
        ctx.report(DiagnosticCode.APPENDIX_NO_FINDINGS, agent.displayName() + "'s pass " + pass
                + " has no findings section: how many findings it raised is unknown", line);
        return new OriginalReview(agent, pass, List.of(), line, false);
    }

    /** {@code I1 (title; what became of it)} in a summary paragraph: an id, then its parenthesised note. */
    private static final Pattern LISTED = Pattern.compile("(?<![\\w(])(?<id>[CIS]" + Vocabulary.FINDING_NUMBER + ")\\s*\\(");

    /**
     * The findings a summary paragraph lists by id ("See review-claude.md: I1 (…), I2 (…), S1 (…)"),
     * each once, with the severity its letter gives and the note's first clause as title. Only ids at
     * the paragraph's top level count: an id inside another item's parentheses is a cross-reference.
     */
    private static List<Finding> summaryList(List<Section> sections, Agent agent) {
        Map<String, Finding> out = new LinkedHashMap<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) {
                    listedIn(Inline.plain(p.text().replace("\n", " ")), agent, p.line(), out);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** One left-to-right pass: the depth of parentheses is carried from one listed id to the next. */
    private static void listedIn(String text, Agent agent, int line, Map<String, Finding> out) {
        Matcher m = LISTED.matcher(text);
        int depth = 0;
        int scanned = 0;
        while (m.find(scanned)) {
            for (int i = scanned; i < m.start(); i++) {
                char c = text.charAt(i);
                depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            }
            if (depth > 0) {
                scanned = m.end();
                depth++; // the id's own opening parenthesis
                continue;
            }
            int close = FindingHead.closing(text, m.end() - 1);
            String note = text.substring(m.end(), close < 0 ? text.length() : close);
            String id = m.group("id").toUpperCase(Locale.ROOT);
            String title = beforeSemicolonOrDash(note).strip();
            out.putIfAbsent(id, new Finding(id, Severity.fromLetter(id.charAt(0)).orElseThrow(), title, List.of(),
                    List.of(agent), List.of(), note, "", List.of(), false, line));
            if (close < 0) {
                return;
            }
            scanned = close + 1;
        }
    }

    /** A note's text before its first semicolon or em dash. */
    private static String beforeSemicolonOrDash(String note) {
        for (int i = 0; i < note.length(); i++) {
            if (note.charAt(i) == ';' || note.charAt(i) == '—') {
                return note.substring(0, i);
            }
        }
        return note;
    }
}
