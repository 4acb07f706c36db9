package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.SectionNames;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.CodeBlock;
import dev.reviewstats.internal.outline.FindingHeadBlock;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.ListItem;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.internal.outline.TableBlock;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.SectionState;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads findings from the findings regions of a review or of one agent's original review. A finding
 * starts at a paragraph, list item or (inherited) heading that looks like a finding head and runs to
 * the next one; bold paragraphs such as "Important Issues" switch the severity.
 */
final class FindingExtractor {

    /** Words that say a finding of an earlier round is still there: "raised as round 1 S2 and is unaddressed". */
    private static final Pattern CARRY = Pattern.compile("(?i)\\b(?:unaddressed|not\\s+(?:yet\\s+)?addressed|not\\s+fixed|still|carr(?:y|ied)[- ]over"
            + "|carries\\s+over|remains?|persists?|again|re-?raised|unchanged|same\\s+finding|open)\\b");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s+|\\n\\s*\\n");
    /** Sentences longer than this are not read for carry-overs: real ones are a line or two. */
    private static final int MAX_CARRY_SENTENCE = 2_000;

    /** An attribution to the review process rather than to a reviewer: "[orchestrator]", "[carry-over from Round 9 S3]". */
    private static final Pattern CREDITED_TO_PROCESS = Pattern.compile(
            "(?i)^\\s*(?:orchestrator|consolidat(?:ion|or)|carry-?over|carried\\s+over)\\b");

    /** What was read, with the state of each severity's section. */
    /**
     * What the extraction found.
     *
     * @param findings the findings in order
     * @param states each severity section's state
     * @param notes the parenthetical notes of each finding's head that are no tags, by finding id
     *     ("(raised important; consolidated to S2)")
     */
    record Result(List<Finding> findings, Map<Severity, SectionState> states, Map<String, List<String>> notes) {
    }

    private FindingExtractor() {
    }

    /**
     * @param defaultAgent the agent to credit when a finding names none (an original review's own
     *     agent), or {@code null}
     */
    static Result extract(List<Part> parts, ParseContext ctx, Agent defaultAgent) {
        Run run = new Run(ctx, defaultAgent);
        for (Part part : parts) {
            if (part.region().isFindings()) {
                run.part(part);
            }
        }
        run.close();
        return new Result(run.findings, run.states, run.notes);
    }

    /** The state of one extraction. */
    private static final class Run {
        private final ParseContext ctx;
        private final Agent defaultAgent;
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, List<String>> notes = new java.util.LinkedHashMap<>();
        private final Map<Severity, SectionState> states = new EnumMap<>(Severity.class);
        private final Map<Severity, Integer> positions = new EnumMap<>(Severity.class);
        private final Set<String> ids = new HashSet<>();
        /** The next suffix to try for each id seen again, so that n repeats of one id cost n, not n². */
        private final java.util.Map<String, Integer> nextSuffix = new java.util.HashMap<>();
        private Severity current;
        private Open open;
        /** A run of blocks not read as findings, reported once when it ends. */
        private int unreadFrom;
        private int unreadTo;
        private int unreadCount;
        private String unreadFirst = "";

        Run(ParseContext ctx, Agent defaultAgent) {
            this.ctx = ctx;
            this.defaultAgent = defaultAgent;
        }

        void part(Part part) {
            close();
            current = SectionNames.severityOf(part.region()).orElse(null);
            if (current != null) {
                states.putIfAbsent(current, SectionState.ABSENT);
            }
            boolean empty = part.blocks().isEmpty();
            for (Block b : part.blocks()) {
                block(b);
            }
            boolean unread = unreadCount > 0;
            close();
            if (current != null && states.get(current) == SectionState.ABSENT && !part.hasSubsections()) {
                states.put(current, SectionState.UNREADABLE);
                if (empty) {
                    ctx.report(DiagnosticCode.SECTION_UNREADABLE,
                            "section '" + Inline.plain(part.title()) + "' has a heading but no content", part.line());
                } else if (unread) {
                    ctx.report(DiagnosticCode.SECTION_UNREADABLE, "section '" + Inline.plain(part.title())
                            + "' has content but no finding could be read from it", part.line());
                }
            }
        }

        private void block(Block b) {
            if (b instanceof FindingHeadBlock h) {
                close();
                FindingHead head = FindingHead.of(h);
                open = new Open(head, h.line(), head.number());
                if (!h.text().isBlank()) {
                    open.body.add(new Paragraph(h.text(), h.line()));
                }
            } else if (b instanceof Paragraph p) {
                paragraph(p);
            } else if (b instanceof ListBlock l) {
                list(l);
            } else if (open != null) {
                open.body.add(b);
            } else if (b instanceof CodeBlock || b instanceof TableBlock) {
                unreadable(b.line(), "a code excerpt or table outside any finding");
            }
        }

        private void paragraph(Paragraph p) {
            String text = p.text();
            String firstLine = text.lines().findFirst().orElse("");
            Optional<Severity> group = severityGroup(text);
            if (group.isPresent()) {
                close();
                current = group.get();
                states.putIfAbsent(current, SectionState.ABSENT);
                return;
            }
            if (FindingHead.looksLikeHead(firstLine)) {
                close();
                String rest = text.contains("\n") ? text.substring(text.indexOf('\n') + 1) : "";
                FindingHead head = FindingHead.parse(firstLine);
                open = new Open(head, p.line(), head.number());
                if (!head.tail().isEmpty()) {
                    // "**I1. Title** — `a.go:3` (important, gap). The handler …": the text begins on the head's line.
                    open.body.add(new Paragraph(head.tail(), p.line()));
                }
                if (!rest.isBlank()) {
                    open.body.add(new Paragraph(rest, p.line()));
                }
                return;
            }
            if (open != null) {
                open.body.add(p);
                return;
            }
            if (SectionNames.saysNone(Inline.plain(text))) {
                if (current != null && states.get(current) != SectionState.PRESENT) {
                    states.put(current, SectionState.NONE);
                }
                return;
            }
            unreadable(p.line(), "text before the first finding: '" + abbreviate(Inline.plain(text)) + "'");
        }

        private void list(ListBlock l) {
            boolean anyHead = l.items().stream().anyMatch(i -> isItemHead(l, i));
            if (!anyHead) {
                if (open != null) {
                    open.body.add(l);
                } else {
                    unreadable(l.line(), "a list that holds no finding");
                }
                return;
            }
            for (ListItem item : l.items()) {
                if (isItemHead(l, item)) {
                    close();
                    String text = item.text();
                    String firstLine = text.lines().findFirst().orElse("");
                    open = new Open(FindingHead.parse(firstLine), item.line(), item.number());
                    String rest = text.contains("\n") ? text.substring(text.indexOf('\n') + 1) : "";
                    if (!rest.isBlank()) {
                        open.body.add(new Paragraph(rest, item.line()));
                    }
                    open.body.addAll(item.children());
                } else if (open != null) {
                    open.body.add(new ListBlock(l.ordered(), List.of(item), item.line()));
                }
            }
        }

        private boolean isItemHead(ListBlock l, ListItem item) {
            String text = item.text().stripLeading();
            String firstLine = text.lines().findFirst().orElse("");
            if (FindingHead.looksLikeHead(firstLine)) {
                return true;
            }
            boolean boldLead = text.startsWith("**") || text.startsWith("~~**");
            if (!boldLead) {
                return false;
            }
            if (l.ordered()) {
                return open == null || open.number > 0;
            }
            FindingHead h = FindingHead.parse(firstLine);
            return open == null && (!h.agentGroups().isEmpty() || h.tagSeverity() != null);
        }

        private Optional<Severity> severityGroup(String text) {
            if (text.length() > 60 || text.indexOf('\n') >= 0) {
                return Optional.empty();
            }
            String plain = Inline.plain(text);
            if (plain.contains("\n") || plain.length() > 40) {
                return Optional.empty();
            }
            if (!(text.strip().startsWith("**") || text.strip().startsWith("*"))) {
                return Optional.empty();
            }
            return SectionNames.severityOf(SectionNames.classify(plain));
        }

        private void unreadable(int line, String what) {
            if (unreadCount == 0) {
                unreadFrom = line;
                unreadFirst = what;
            }
            unreadTo = Math.max(unreadTo, line);
            unreadCount++;
        }

        private void flushUnread() {
            if (unreadCount == 1) {
                ctx.report(DiagnosticCode.FINDING_UNREADABLE, "not read as a finding: " + unreadFirst, unreadFrom);
            } else if (unreadCount > 1) {
                ctx.report(DiagnosticCode.FINDING_UNREADABLE, unreadCount + " blocks up to line " + unreadTo
                        + " not read as findings, starting with " + unreadFirst, unreadFrom);
            }
            unreadCount = 0;
            unreadTo = 0;
        }

        void close() {
            flushUnread();
            if (open == null) {
                return;
            }
            Open o = open;
            open = null;
            FindingHead h = o.head;
            Severity severity = decideSeverity(h, o.line);
            if (severity == null) {
                unreadable(o.line, "finding '" + h.title() + "' has no severity by id, tag or section");
                return;
            }
            states.put(severity, SectionState.PRESENT);
            int position = positions.merge(severity, 1, Integer::sum);
            String id = h.explicitId();
            if (id.isEmpty()) {
                id = String.valueOf(severity.letter()) + position;
                ctx.reportOnce(DiagnosticCode.FINDING_ID_SYNTHESIZED,
                        "findings carry no ids; each was given its severity letter and its position in that severity ("
                                + id + " for '" + h.title() + "')", o.line);
            }
            String originalId = id;
            while (!ids.add(id)) {
                int n = nextSuffix.merge(originalId, 1, Integer::sum) + 1;
                id = originalId + "-" + n;
            }
            if (!id.equals(originalId)) {
                ctx.report(DiagnosticCode.FINDING_DUPLICATE_ID,
                        "finding id " + originalId + " appears again; this one is kept as " + id, o.line);
            }
            List<Agent> agents = agents(h, o.line);
            String body = BlockText.of(o.body);
            String fix = "";
            for (Block b : o.body) {
                if (b instanceof Paragraph p) {
                    Optional<String> labelled = Labels.fix(p);
                    if (labelled.isPresent()) {
                        fix = Inline.plain(labelled.get().replace("\n", " "));
                        break;
                    }
                }
            }
            Set<String> rounds = new LinkedHashSet<>();
            String text = h.title() + "\n" + String.join("\n", h.agentGroups()) + "\n" + body;
            if (mayNameAnEarlierRound(text)) {
                rounds.addAll(RoundReferences.inText(text));
            }
            if (!h.notes().isEmpty()) {
                notes.put(id, h.notes());
            }
            findings.add(new Finding(id, severity, h.title(), h.locations(), agents, h.tags(), body, fix,
                    List.copyOf(rounds), carriedOver(h.title() + ". " + body, rounds), h.withdrawn(), o.line));
        }

        /**
         * Of the earlier-round references, those a sentence names together with words that say the
         * finding is still there. "Round 1's I2 fix moved the probe …" names I2 without carrying it over.
         */
        private static List<String> carriedOver(String text, Set<String> rounds) {
            if (rounds.isEmpty()) {
                return List.of();
            }
            Set<String> carried = new LinkedHashSet<>();
            for (String sentence : SENTENCE.split(text)) {
                if (sentence.length() > MAX_CARRY_SENTENCE || !mayNameAnEarlierRound(sentence) || !CARRY.matcher(sentence).find()) {
                    continue;
                }
                for (String ref : RoundReferences.namedFindings(sentence)) {
                    rounds.stream().filter(ref::equalsIgnoreCase).forEach(carried::add);
                }
            }
            return List.copyOf(carried);
        }

        /**
         * Whether {@link RoundReferences} can find anything at all: a reference needs "round"
         * or an R and a digit, at the start of a word. Most bodies have neither ("around" and
         * "background" do not count), and are not scanned further.
         */
        private static boolean mayNameAnEarlierRound(String text) {
            for (char r : new char[] {'r', 'R'}) {
                for (int i = text.indexOf(r); i >= 0 && i + 1 < text.length(); i = text.indexOf(r, i + 1)) {
                    // A superset of the patterns' \b: a letter, digit or underscore before is no word start.
                    boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '_';
                    if (wordStart && (text.regionMatches(true, i, "round", 0, 5)
                            || text.charAt(i + 1) >= '0' && text.charAt(i + 1) <= '9')) {
                        return true;
                    }
                }
            }
            return false;
        }

        private Severity decideSeverity(FindingHead h, int line) {
            Severity byId = h.explicitId().isEmpty() ? null
                    : Severity.fromLetter(h.explicitId().charAt(0)).orElse(null);
            Severity decided = byId != null ? byId
                    : h.bracketSeverity() != null ? h.bracketSeverity()
                    : current != null ? current
                    : h.tagSeverity();
            if (decided == null) {
                return null;
            }
            List<String> disagree = new ArrayList<>();
            if (current != null && current != decided) {
                disagree.add("section says " + current);
            }
            if (h.bracketSeverity() != null && h.bracketSeverity() != decided) {
                disagree.add("bracket says " + h.bracketSeverity());
            }
            if (!disagree.isEmpty()) {
                ctx.report(DiagnosticCode.FINDING_SEVERITY_CONFLICT, "finding '" + h.title() + "' read as "
                        + decided + " but " + String.join(", ", disagree), line);
            }
            return decided;
        }

        private List<Agent> agents(FindingHead h, int line) {
            List<Agent> out = new ArrayList<>();
            List<String> process = new ArrayList<>();
            for (String group : h.agentGroups()) {
                if (CREDITED_TO_PROCESS.matcher(group).find()) {
                    process.add(group.strip());
                    continue;
                }
                Optional<List<Agent>> named = ctx.agents().parseList(group);
                if (named.isPresent()) {
                    for (Agent a : named.get()) {
                        Optional<Agent> r = ctx.agents().resolve(a);
                        if (r.isEmpty() && defaultAgent == null) {
                            ctx.report(DiagnosticCode.FINDING_AGENT_UNKNOWN, "finding '" + h.title()
                                    + "' credits " + a.displayName() + ", who is not among the reviewers", line);
                        }
                        Agent resolved = r.orElse(a);
                        if (!out.contains(resolved)) {
                            out.add(resolved);
                        }
                    }
                }
            }
            if (out.isEmpty() && defaultAgent != null) {
                out.add(defaultAgent);
            } else if (out.isEmpty() && !process.isEmpty()) {
                ctx.report(DiagnosticCode.FINDING_CREDITED_TO_PROCESS, "finding '" + h.title() + "' is credited to "
                        + String.join(", ", process) + ", not to a reviewer; it counts for no agent", line);
            } else if (out.isEmpty()) {
                ctx.report(DiagnosticCode.FINDING_NO_AGENTS, "finding '" + h.title() + "' names no agent", line);
            }
            return out;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** A finding being read. */
    private static final class Open {
        final FindingHead head;
        final int line;
        final int number;
        final List<Block> body = new ArrayList<>();

        Open(FindingHead head, int line, int number) {
            this.head = head;
            this.line = line;
            this.number = number;
        }
    }
}
