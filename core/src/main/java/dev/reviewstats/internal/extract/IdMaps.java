package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.Vocabulary;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.ListItem;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.Section;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Appendices that give no review text, only where each of an agent's finding ids went: {@code I1 → I1},
 * {@code I2 → S1 (downgraded)}, {@code S2 → merged into S1}, {@code S3 → dropped (out of scope)}, as list
 * items, lines of a paragraph or table rows. The gold guide counts the agent's {@code raised} from such
 * a map, and each entry states the finding's fate.
 */
final class IdMaps {
    /**
     * {@code I2 → S1 (downgraded)}, {@code S3 → dropped}, {@code C1 -> merged into I1}: a line needs the
     * arrow (or "maps to", "became"); {@code S3: dropped} without one is read only as a table row
     * ({@code | S3 | dropped |}), since "S3: title" lines are ordinary prose.
     */
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\w.])(?<own>[CIS]" + Vocabulary.FINDING_NUMBER + ")\\b(?<title>[^→>\\n]{0,120}?)\\s{0,3}(?:→|->|=>|⇒|\\bmaps?\\s{1,3}to\\b|\\bbecame\\b)\\s{0,3}(?<fate>[^,;\\n]{1,160})");
    private static final Pattern TARGET = Pattern.compile("^\\W{0,3}(?<letter>[CIS])(?<digits>" + Vocabulary.FINDING_NUMBER + ")\\b");
    private static final Pattern OWN_ID = Pattern.compile("^\\W{0,3}(?<id>[CIS]" + Vocabulary.FINDING_NUMBER + ")\\W{0,3}$");
    private static final Pattern ID_ANYWHERE = Pattern.compile("\\b(?<letter>[CIS])(?<digits>" + Vocabulary.FINDING_NUMBER + ")\\b");

    private IdMaps() {
    }

    /** The map entries of one agent's appendix entry; empty when it is no map. */
    static List<Judgement> entries(List<Section> sections, Agent agent, int pass, ParseContext ctx) {
        Map<String, Judgement> out = new LinkedHashMap<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Paragraph p) {
                    for (String line : p.text().split("\n")) {
                        pairs(Inline.plain(line), agent, pass, p.line(), out);
                    }
                } else if (b instanceof ListBlock l) {
                    for (ListItem i : l.items()) {
                        pairs(Inline.plain(i.text().replace('\n', ' ')), agent, pass, i.line(), out);
                    }
                } else if (b instanceof TableBlock t) {
                    rows(t, agent, pass, -1, ctx, out);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** An appendix that is one table for every agent, with an agent column: the agents' reviews it maps. */
    static List<OriginalReview> table(List<Section> appendix, ParseContext ctx, List<Judgement> mapped) {
        Map<Agent, Map<String, Judgement>> byAgent = new LinkedHashMap<>();
        for (Section s : appendix) {
            for (Block b : s.blocks()) {
                if (b instanceof TableBlock t) {
                    int agentColumn = column(t.header(), "agent", "reviewer");
                    if (agentColumn < 0) {
                        continue;
                    }
                    for (int r = 0; r < t.rows().size(); r++) {
                        List<String> row = t.rows().get(r);
                        if (agentColumn >= row.size()) {
                            continue;
                        }
                        Optional<Agent> agent = ctx.agents().parse(Inline.plain(row.get(agentColumn)), false)
                                .map(a -> ctx.agents().resolve(a).orElse(a));
                        if (agent.isPresent()) {
                            TableBlock one = new TableBlock(t.header(), List.of(row), List.of(t.rowLine(r)), t.line());
                            rows(one, agent.get(), 1, agentColumn, ctx,
                                    byAgent.computeIfAbsent(agent.get(), a -> new LinkedHashMap<>()));
                        }
                    }
                }
            }
        }
        List<OriginalReview> out = new ArrayList<>();
        byAgent.forEach((agent, entries) -> {
            List<Finding> findings = new ArrayList<>();
            for (Judgement j : entries.values()) {
                mapped.add(j);
                findings.add(new Finding(j.originalId(), Severity.fromLetter(j.originalId().charAt(0)).orElseThrow(),
                        j.originalTitle(), List.of(), List.of(agent), List.of(), "", "", List.of(), false, j.line()));
            }
            out.add(new OriginalReview(agent, 1, findings, findings.isEmpty() ? 0 : findings.get(0).line(), true));
        });
        return out;
    }

    /** Table rows whose first id cell is the agent's id and a later cell says where it went. */
    private static void rows(TableBlock t, Agent agent, int pass, int skip, ParseContext ctx, Map<String, Judgement> out) {
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            int own = -1;
            for (int c = 0; c < row.size() && own < 0; c++) {
                if (c != skip && OWN_ID.matcher(Inline.plain(row.get(c))).matches()) {
                    own = c;
                }
            }
            if (own < 0) {
                continue;
            }
            Matcher id = OWN_ID.matcher(Inline.plain(row.get(own)));
            id.matches();
            StringBuilder title = new StringBuilder();
            StringBuilder fate = new StringBuilder();
            for (int c = own + 1; c < row.size(); c++) {
                String cell = Inline.plain(row.get(c)).strip();
                if (c == skip) {
                    continue;
                }
                if (fate.length() == 0 && (TARGET.matcher(cell).find() || ReconciliationExtractor.fateOf(cell).isPresent())) {
                    fate.append(cell);
                } else if (fate.length() == 0) {
                    title.append(title.length() == 0 ? "" : " ").append(cell);
                } else {
                    fate.append(' ').append(cell);
                }
            }
            if (fate.length() > 0) {
                add(id.group("id"), title.toString(), fate.toString(), agent, pass, t.rowLine(r), out);
            }
        }
    }

    private static void pairs(String text, Agent agent, int pass, int line, Map<String, Judgement> out) {
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            add(m.group("own"), m.group("title"), m.group("fate"), agent, pass, line, out);
        }
    }

    private static void add(String own, String title, String fate, Agent agent, int pass, int line, Map<String, Judgement> out) {
        judgement(own, title, fate, agent, pass, line).ifPresent(j -> out.putIfAbsent(j.originalId(), j));
    }

    /**
     * What an entry says became of one finding: a consolidated id it went to ({@code S1},
     * {@code downgraded to S1}, {@code promoted to consolidated I1}, {@code merged into S2}), or words
     * that say it was not kept ({@code dropped as false positive}, {@code routed to Unresolved Feedback}).
     */
    static Optional<Judgement> judgement(String own, String title, String fate, Agent agent, int pass, int line) {
        String id = own.toUpperCase(Locale.ROOT);
        Severity from = Severity.fromLetter(id.charAt(0)).orElseThrow();
        String f = fate.strip();
        String cleanTitle = Inline.trimEdges(title, c -> isTitleEdge(c) || c == '(', c -> isTitleEdge(c) || c == ')').strip();
        Optional<JudgementOutcome> words = ReconciliationExtractor.fateOf(f);
        Matcher target = ID_ANYWHERE.matcher(f);
        boolean toId = target.find() && (words.isEmpty() || words.get() == JudgementOutcome.MERGED
                || target.start() < ReconciliationExtractor.fateAt(f));
        if (toId) {
            String finalId = target.group("letter").toUpperCase(Locale.ROOT) + target.group("digits");
            Severity to = Severity.fromLetter(finalId.charAt(0)).orElseThrow();
            JudgementOutcome outcome = words.isPresent() && words.get() == JudgementOutcome.MERGED ? JudgementOutcome.MERGED
                    : to == from ? JudgementOutcome.KEPT : to.isMoreSevereThan(from) ? JudgementOutcome.UPGRADED
                    : JudgementOutcome.DOWNGRADED;
            return Optional.of(new Judgement(agent, id, cleanTitle, from, to, finalId, outcome, f, JudgementSource.ID_MAP, line, pass));
        }
        if (words.isEmpty() || words.get().kept()) {
            return Optional.empty();
        }
        return Optional.of(new Judgement(agent, id, cleanTitle, from, null, "", words.get(), f, JudgementSource.ID_MAP, line, pass));
    }

    private static int column(List<String> header, String... names) {
        for (int c = 0; c < header.size(); c++) {
            String h = Inline.plain(header.get(c)).toLowerCase(Locale.ROOT);
            for (String n : names) {
                if (h.contains(n)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** What stands between an id and its title or after the title in an id map: spaces, colons, dashes. */
    private static boolean isTitleEdge(int c) {
        return CharClass.isSpace((char) c) || c == ':' || c == '—' || c == '–' || c == '-';
    }
}
