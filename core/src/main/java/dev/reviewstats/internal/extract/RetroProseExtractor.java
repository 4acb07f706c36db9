package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.SectionNames;
import dev.reviewstats.internal.template.Counts;
import dev.reviewstats.internal.template.Region;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.Section;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.JudgementSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judgements stated only in an agent's retro prose, for reports with no reconciliation: "One false
 * positive: the MSYS2 path finding references a file not changed in this PR" names a finding the
 * summary table counts as a false positive, for a reason the metrics count as a drop (out of scope,
 * declined earlier, withdrawn, moved). Each such mention is one judgement of source
 * {@link JudgementSource#RETRO}; mentions whose reason is a wrong claim, or none, say nothing new.
 */
final class RetroProseExtractor {
    /** "One false positive", "a false positive", "2 false positives"; "no false positives" is no mention. */
    private static final Pattern MENTION = Pattern.compile("(?i)\\b(?<count>one|a|an|single|two|three|\\d{1,2})\\s+false[\\s-]+positives?\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z`\"(])");
    private static final Pattern AGENT_TITLE = Pattern.compile("^\\[?(?<agent>[^\\]]{2,60})\\]?\\s*(?:[—–-].*)?$");
    private static final Set<JudgementOutcome> CLEARING = Set.of(JudgementOutcome.OUT_OF_SCOPE, JudgementOutcome.DECLINED_EARLIER,
            JudgementOutcome.WITHDRAWN_BY_AGENT, JudgementOutcome.MOVED_TO_DESIGN_OBSERVATION);
    /** A sentence longer than this is no retro remark; the reason patterns are not run over it. */
    private static final int MAX_SENTENCE = 1_000;

    private RetroProseExtractor() {
    }

    static List<Judgement> judgements(List<Section> sections, ParseContext ctx) {
        List<Judgement> out = new ArrayList<>();
        int retroLevel = -1;
        for (Section s : sections) {
            String title = Inline.plain(s.title()).strip();
            if (retroLevel < 0) {
                if (SectionNames.classify(title) == Region.RETRO) {
                    retroLevel = s.level();
                }
                continue;
            }
            if (s.level() <= retroLevel) {
                break;
            }
            Optional<Agent> agent = agentOf(title, ctx);
            if (agent.isEmpty()) {
                continue;
            }
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) {
                    read(agent.get(), Inline.plain(p.text().replace('\n', ' ')), p.line(), out);
                }
            }
        }
        return out;
    }

    private static Optional<Agent> agentOf(String title, ParseContext ctx) {
        Matcher m = AGENT_TITLE.matcher(title);
        if (!m.matches()) {
            return Optional.empty();
        }
        return ctx.agents().parse(m.group("agent").strip(), false).flatMap(a -> ctx.agents().resolve(a));
    }

    private static void read(Agent agent, String text, int line, List<Judgement> out) {
        String[] sentences = SENTENCE_END.split(text);
        for (int i = 0; i < sentences.length; i++) {
            Matcher m = MENTION.matcher(sentences[i]);
            if (sentences[i].length() > MAX_SENTENCE || !m.find()) {
                continue;
            }
            // The reason is in the mention's sentence or the one after it.
            String reason = i + 1 < sentences.length && sentences[i + 1].length() <= MAX_SENTENCE
                    ? sentences[i] + " " + sentences[i + 1] : sentences[i];
            JudgementOutcome outcome = ReconciliationExtractor.notKept(reason.substring(m.end()));
            if (!CLEARING.contains(outcome)) {
                continue;
            }
            int n = count(m.group("count"));
            for (int k = 0; k < n; k++) {
                out.add(new Judgement(agent, "", "", null, null, "", outcome, reason.strip(), JudgementSource.RETRO, line));
            }
        }
    }

    private static int count(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "one", "a", "an", "single" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            default -> Counts.intOrMinusOne(word);
        };
    }
}
