package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.Section;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Finding;
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
    /** {@code [Gemini] — Pass 1}, {@code Claude Opus 4.6}, {@code Codex GPT 5.4 (pass 2)}. */
    private static final Pattern ENTRY = Pattern.compile(
            "^\\[?(?<name>[^\\]—–(]+?)\\]?\\s*(?:(?:[—–-]|\\()\\s*pass\\s*(?<pass>\\d+)\\)?)?\\s*$", Pattern.CASE_INSENSITIVE);

    private AppendixExtractor() {
    }

    static List<OriginalReview> extract(List<Section> appendix, ParseContext ctx) {
        List<OriginalReview> out = new ArrayList<>();
        Agent agent = null;
        int pass = 1;
        int line = 0;
        List<Section> current = new ArrayList<>();
        for (Section s : appendix) {
            Optional<Entry> entry = s.level() == 0 ? Optional.empty() : entry(s.title(), ctx);
            if (entry.isPresent()) {
                if (agent != null) {
                    out.add(review(agent, pass, line, current, ctx));
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
            out.add(review(agent, pass, line, current, ctx));
        }
        return out;
    }

    private record Entry(Agent agent, int pass) {
    }

    private static Optional<Entry> entry(String title, ParseContext ctx) {
        Matcher m = ENTRY.matcher(Inline.plain(title));
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group("name").strip();
        if (ctx.agents().leadingFamily(name).isEmpty()) {
            return Optional.empty();
        }
        Optional<Agent> parsed = ctx.agents().parse(name, false);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Agent agent = ctx.agents().resolve(parsed.get()).orElse(parsed.get());
        int pass = m.group("pass") == null ? 1 : Integer.parseInt(m.group("pass"));
        return Optional.of(new Entry(agent, pass));
    }

    private static OriginalReview review(Agent agent, int pass, int line, List<Section> sections, ParseContext ctx) {
        List<Part> parts = Structure.parts(sections, false);
        FindingExtractor.Result r = FindingExtractor.extract(parts, ctx, agent);
        boolean itemised = !r.findings().isEmpty() || parts.stream().anyMatch(p -> p.region().isFindings());
        if (itemised) {
            return new OriginalReview(agent, pass, r.findings(), line, true);
        }
        List<Finding> listed = summaryList(sections, agent);
        if (!listed.isEmpty()) {
            ctx.report(DiagnosticCode.APPENDIX_SUMMARY_LIST, agent.displayName() + "'s pass " + pass + " is a summary; "
                    + listed.size() + " finding(s) counted from the ids it lists", line);
            return new OriginalReview(agent, pass, listed, line, true);
        }
        ctx.report(DiagnosticCode.APPENDIX_NO_FINDINGS, agent.displayName() + "'s pass " + pass
                + " has no findings section: how many findings it raised is unknown", line);
        return new OriginalReview(agent, pass, List.of(), line, false);
    }

    /** {@code I1 (title; what became of it)} in a summary paragraph: an id, then its parenthesised note. */
    private static final Pattern LISTED = Pattern.compile("(?<![\\w(])(?<id>[CIS]\\d{1,3})\\s*\\(");

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
            int close = closing(text, m.end() - 1);
            String note = text.substring(m.end(), close < 0 ? text.length() : close);
            String id = m.group("id").toUpperCase(Locale.ROOT);
            String title = note.split("[;—]", 2)[0].strip();
            out.putIfAbsent(id, new Finding(id, Severity.fromLetter(id.charAt(0)).orElseThrow(), title, List.of(),
                    List.of(agent), List.of(), note, "", List.of(), false, line));
            if (close < 0) {
                return;
            }
            scanned = close + 1;
        }
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int d = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                d++;
            } else if (c == ')' && --d == 0) {
                return i;
            }
        }
        return -1;
    }
}
