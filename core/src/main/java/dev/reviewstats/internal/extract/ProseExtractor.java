package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.SectionNames;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.FindingHeadBlock;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.Lead;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.ListItem;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.DesignObservation;
import dev.reviewstats.model.ObservationKind;
import dev.reviewstats.model.SeverityCounts;
import dev.reviewstats.model.StatedStructure;
import dev.reviewstats.model.TextItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads prose sections into text items, and the Design Observations section into observations. */
final class ProseExtractor {
    /** {@code 0 critical, 4 important, 13 suggestions, 3 design observations}. */
    private static final Pattern STRUCTURE = Pattern.compile("(?i)(?<!\\d)(?<critical>\\d{1,6})\\s+critical,\\s*(?<important>\\d{1,6})\\s+important,"
            + "\\s*(?<suggestions>\\d{1,6})\\s+suggestions?(?:,\\s*(?<design>\\d{1,6})\\s+design observations?)?");
    private static final Pattern SCOPE = Pattern.compile("\\((?<scope>in-scope|future|out-of-scope|follow-up|pre-existing)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_AGENTS = Pattern.compile("\\[(?<agents>[^\\[\\]]+)\\]\\s*\\.?\\s*$");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:.]\\s*$");
    private ProseExtractor() {
    }

    /** Every paragraph and list item of the parts, each as one item; sub-headings become items too. */
    static List<TextItem> items(List<Part> parts) {
        List<TextItem> out = new ArrayList<>();
        for (Part p : parts) {
            for (Block b : p.blocks()) {
                collect(b, out);
            }
        }
        return out;
    }

    private static void collect(Block b, List<TextItem> out) {
        if (b instanceof FindingHeadBlock h) {
            // An item has a title when its front end set one off from its text.
            String title = h.text().isBlank() ? "" : TRAILING_PUNCTUATION.matcher(Inline.plain(h.title())).replaceAll("");
            out.add(new TextItem(title, BlockText.of(h)));
        } else if (b instanceof Paragraph p) {
            out.add(item(p.text(), p.lead(), ""));
        } else if (b instanceof ListBlock l) {
            for (ListItem i : l.items()) {
                out.add(item(i.text(), i.lead(), BlockText.of(i.children())));
            }
        } else {
            String text = BlockText.of(b);
            if (!text.isEmpty()) {
                out.add(new TextItem("", text));
            }
        }
    }

    private static TextItem item(String inline, Optional<Lead> lead, String more) {
        String title = "";
        if (lead.isPresent()) {
            title = TRAILING_PUNCTUATION.matcher(Inline.plain(lead.get().title())).replaceAll("");
        }
        String text = Inline.plain(inline.replace("\n", " "));
        return new TextItem(title, more.isEmpty() ? text : text + "\n" + more);
    }

    /**
     * The counts an executive summary states: "0 critical, 4 important, 13 suggestions, 3 design
     * observations", the design observations optional; {@code null} when it states none.
     */
    static StatedStructure statedStructure(String summary) {
        Matcher m = STRUCTURE.matcher(summary);
        if (!m.find()) {
            return null;
        }
        return new StatedStructure(new SeverityCounts(Integer.parseInt(m.group("critical")), Integer.parseInt(m.group("important")),
                Integer.parseInt(m.group("suggestions"))), m.group("design") == null ? null : Integer.parseInt(m.group("design")));
    }

    static String text(List<Part> parts) {
        List<String> paragraphs = new ArrayList<>();
        for (Part p : parts) {
            String t = BlockText.of(p.blocks());
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    static List<DesignObservation> observations(List<Part> parts, ParseContext ctx) {
        List<DesignObservation> out = new ArrayList<>();
        for (Part p : parts) {
            ObservationKind kind = switch (p.region()) {
                case CONCERNS -> ObservationKind.CONCERN;
                case STRENGTHS -> ObservationKind.STRENGTH;
                default -> ObservationKind.UNSPECIFIED;
            };
            boolean titled = false;
            for (Block b : p.blocks()) {
                if (b instanceof Paragraph para) {
                    Optional<ObservationKind> switched = kindSwitch(para.text());
                    if (switched.isPresent()) {
                        kind = switched.get();
                        titled = false;
                        continue;
                    }
                    if (titled && isElaboration(para)) {
                        // "1. **Title** (in-scope) [Codex]" then a plain paragraph: the item's text, not another item.
                        DesignObservation last = out.remove(out.size() - 1);
                        out.add(new DesignObservation(last.kind(), last.title(), last.scope(), last.agents(),
                                last.text() + "\n" + Inline.plain(para.text().replace("\n", " "))));
                        continue;
                    }
                    DesignObservation o = observation(kind, para.text(), para.lead(), "", ctx);
                    out.add(o);
                    titled = para.lead().isPresent();
                } else if (b instanceof ListBlock l) {
                    for (ListItem i : l.items()) {
                        out.add(observation(kind, i.text(), i.lead(), BlockText.of(i.children()), ctx));
                    }
                    titled = !l.items().isEmpty() && l.items().get(l.items().size() - 1).lead().isPresent();
                } else if (b instanceof FindingHeadBlock h) {
                    out.add(observation(kind, h, ctx));
                    titled = true;
                }
            }
        }
        return out;
    }

    /** A paragraph with no title, scope or agents of its own: it says more about the item before it. */
    private static boolean isElaboration(Paragraph para) {
        String t = para.text().strip();
        return para.lead().isEmpty() && !SCOPE.matcher(t).find()
                && !TRAILING_AGENTS.matcher(Inline.plain(t.replace("\n", " "))).find();
    }

    private static Optional<ObservationKind> kindSwitch(String text) {
        String n = SectionNames.normalize(text);
        if (n.equals("concerns") || n.equals("concern")) {
            return Optional.of(ObservationKind.CONCERN);
        }
        if (n.equals("strengths") || n.equals("strength")) {
            return Optional.of(ObservationKind.STRENGTH);
        }
        return Optional.empty();
    }

    /** An observation a front end handed over as a head: its agents are data, its title is read for the scope. */
    private static DesignObservation observation(ObservationKind kind, FindingHeadBlock head, ParseContext ctx) {
        String title = head.title();
        String scope = "";
        Matcher sc = SCOPE.matcher(title + " (" + String.join(") (", head.tags()) + ")");
        if (sc.find()) {
            scope = sc.group("scope").toLowerCase(java.util.Locale.ROOT);
        }
        String plainTitle = TRAILING_PUNCTUATION.matcher(Inline.plain(SCOPE.matcher(title).replaceAll(""))).replaceAll("").strip();
        List<Agent> agents = new ArrayList<>();
        for (String name : head.agents()) {
            addResolved(name, agents, ctx);
        }
        String text = BlockText.head(head);
        return new DesignObservation(kind, plainTitle, scope, agents, text);
    }

    private static void addResolved(String names, List<Agent> agents, ParseContext ctx) {
        ctx.agents().parseList(names).ifPresent(list -> {
            for (Agent named : list) {
                Agent resolved = ctx.agents().resolve(named).orElse(named);
                if (!agents.contains(resolved)) {
                    agents.add(resolved);
                }
            }
        });
    }

    private static DesignObservation observation(ObservationKind kind, String inline, Optional<Lead> lead, String more, ParseContext ctx) {
        String s = inline.strip();
        String title;
        if (lead.isPresent()) {
            title = lead.get().title();
        } else {
            int dot = Inline.plain(s).indexOf(". ");
            title = dot > 0 ? Inline.plain(s).substring(0, dot) : Inline.plain(s);
        }
        String scope = "";
        Matcher sc = SCOPE.matcher(s);
        if (sc.find()) {
            scope = sc.group("scope").toLowerCase(java.util.Locale.ROOT);
        }
        String plainTitle = TRAILING_PUNCTUATION.matcher(Inline.plain(SCOPE.matcher(title).replaceAll(""))).replaceAll("").strip();
        List<Agent> agents = new ArrayList<>();
        Matcher a = TRAILING_AGENTS.matcher(Inline.plain(s.replace("\n", " ")));
        if (a.find()) {
            addResolved(a.group("agents"), agents, ctx);
        }
        String text = Inline.plain(s.replace("\n", " "));
        return new DesignObservation(kind, plainTitle, scope, agents, more.isEmpty() ? text : text + "\n" + more);
    }
}
