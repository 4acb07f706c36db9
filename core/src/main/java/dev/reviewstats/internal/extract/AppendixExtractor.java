package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.Section;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.OriginalReview;
import java.util.ArrayList;
import java.util.List;
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
            "^\\[?([^\\]—–(]+?)\\]?\\s*(?:(?:[—–-]|\\()\\s*pass\\s*(\\d+)\\)?)?\\s*$", Pattern.CASE_INSENSITIVE);

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
        String name = m.group(1).strip();
        if (ctx.agents().leadingFamily(name).isEmpty()) {
            return Optional.empty();
        }
        Optional<Agent> parsed = ctx.agents().parse(name, false);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Agent agent = ctx.agents().resolve(parsed.get()).orElse(parsed.get());
        int pass = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        return Optional.of(new Entry(agent, pass));
    }

    private static OriginalReview review(Agent agent, int pass, int line, List<Section> sections, ParseContext ctx) {
        List<Part> parts = Structure.parts(sections, false);
        FindingExtractor.Result r = FindingExtractor.extract(parts, ctx, agent);
        if (r.findings().isEmpty() && parts.stream().noneMatch(p -> p.region().isFindings())) {
            ctx.report(DiagnosticCode.APPENDIX_NO_FINDINGS, agent.displayName() + "'s pass " + pass
                    + " has no findings section", line);
        }
        return new OriginalReview(agent, pass, r.findings(), line);
    }
}
