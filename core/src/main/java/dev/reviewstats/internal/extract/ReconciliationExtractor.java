package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.template.Vocabulary;
import dev.reviewstats.internal.template.Counts;
import dev.reviewstats.internal.template.Region;
import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.CharClass;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.ListItem;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what consolidation did with the agents' findings from the Reconciliation text, in all its
 * wordings, and from calibration notes inside consolidated findings.
 *
 * <p>A paragraph or list item is read sentence by sentence (and clause by clause at semicolons). A
 * sentence led by an agent ({@code Gemini 3.1 Pro P1 "…": critical → important I2}, {@code Flash I1},
 * {@code Claude's S3}) is a statement; one led by a finding id or "its" continues the previous
 * statement's agent; any other sentence is a count ("Two severity changes"), a "nothing changed", or
 * the reason of the statement before it. A statement's verdict is the first cue after its subject: a
 * re-grading, a target finding, a merge, a move, a rejection, or "kept". Counted statements ("had 2
 * important findings downgraded to suggestion (pendingLocale race P2, scalarStyle dead code P3)") give
 * one judgement per finding they count.
 */
final class ReconciliationExtractor {
    /** A severity word, captured as {@code name}. */
    private static String severityGroup(String name) {
        return "(?<" + name + ">critical|important|suggestion)s?";
    }
    /** Every severity cue names one of these. */
    private static final List<String> SEVERITY_WORDS = List.of("critical", "important", "suggestion");
    private static final String ARROW_TOKEN = "(?:→|->|—>|=>)";
    /** {@code critical → important}, {@code critical to important}, {@code from Suggestion to Important}. */
    static final GuardedPattern FROM_TO = GuardedPattern.anyOf(
            Pattern.compile("(?i)\\b" + severityGroup("from") + "\\b\\s{0,3}(?:[CIS]" + Vocabulary.FINDING_NUMBER + "\\s{0,3})?(?:\\([^()]{0,40}\\)\\s{0,3})?(?:" + ARROW_TOKEN + "|\\bto\\b)\\s{0,3}(?:[a-z]{1,15}\\s{1,3}){0,2}?\\b" + severityGroup("to") + "\\b"),
            SEVERITY_WORDS);
    /** {@code downgraded to important}, {@code consolidated as S2 (suggestion)}, {@code fell to a suggestion}. */
    static final GuardedPattern TO_ONLY = GuardedPattern.anyOf(
            Pattern.compile("(?i)\\b(?:downgraded|demoted|promoted|upgraded|reduced|raised|lowered|calibrated|reclassified|consolidated|retained|fell|rose|moved|re-?graded|dropped)\\s{1,3}(?:\\w{1,15}\\s{1,3}){0,2}?(?:to|as)\\s{1,3}(?:an?\\s{1,3})?" + severityGroup("to") + "\\b"),
            SEVERITY_WORDS);
    /** {@code → Important (I1)}, {@code → consolidated as I2}. */
    static final GuardedPattern ARROW_TO = GuardedPattern.anyOf(
            Pattern.compile("(?i)" + ARROW_TOKEN + "\\s{0,3}(?:consolidated\\s{1,3}as\\s{1,3}|promoted\\s{1,3}to\\s{1,3}|demoted\\s{1,3}to\\s{1,3}|downgraded\\s{1,3}to\\s{1,3})?(?:an?\\s{1,3})?" + severityGroup("to") + "\\b"),
            SEVERITY_WORDS);
    private static final Pattern FROM_BEFORE_ARROW = Pattern.compile("(?i)\\b" + severityGroup("from") + "\\s{0,3}" + ARROW_TOKEN);
    private static final Pattern AT_SEVERITY = Pattern.compile("(?i)\\b(?:at|rated|raised|filed)\\s{1,3}(?:it\\s{1,3}|as\\s{1,3})?(?:an?\\s{1,3})?" + severityGroup("from") + "\\b");
    /** {@code → S2}, {@code downgraded to S3}, {@code became I1}, {@code merged into S2}: the target's letter is the new severity. */
    /** Every target names a lettered id: a C, I or S and its digits. */
    static final GuardedPattern TO_ID = new GuardedPattern(
            Pattern.compile("(?i)(?:" + ARROW_TOKEN + "|\\b(?:merged\\s{1,3}(?:with\\s{1,3}\\S{1,40}\\s{1,3})?into|consolidated\\s{1,3}as|reconciled\\s{1,3}to|downgraded|demoted|promoted|upgraded|lowered|raised|reclassified|became|becomes|fell|rose|moved|reframed|kept|stayed|stays|retained|survives)\\b)\\s{0,3}(?:[\\w*]{1,15}\\s{1,3}){0,3}?\\(?\\*{0,2}(?<letter>[CIS])(?<digits>" + Vocabulary.FINDING_NUMBER + ")\\b"),
            lower -> GuardedPattern.holdsLetterThenDigit(lower, "cis"));
    static final GuardedPattern KEPT = GuardedPattern.anyOf(
            Pattern.compile("(?i)\\b(?:kept|retained|unchanged|stayed|stays|accepted\\s{1,3}(?:as-is|as\\s{1,3}is|without))\\b"),
            List.of("kept", "retained", "unchanged", "stay", "accepted"));
    static final GuardedPattern REJECTED = GuardedPattern.anyOf(
            Pattern.compile("(?i)\\b(?:rejected|false[- ]positives?|dropped|not a bug|invalid|withdrawn|withdrew|retracted|discarded|declined|excluded|removed|out[- ]of[- ]scope|pre-?existing|overlap(?:ped|s)?|not\\s{1,3}carried\\s{1,3}forward|not[- ]a[- ]finding|nitpicks?|fabricated|hallucinat\\w{0,6}|inapplicable)\\b"),
            List.of("rejected", "false", "dropped", "not a bug", "invalid", "withdr", "retracted", "discarded", "declined", "excluded", "removed", "scope", "existing", "overlap", "carried", "finding", "nitpick", "fabricated", "hallucinat", "inapplicable"));
    /** Folded into another consolidated finding: the agent is credited there. */
    static final GuardedPattern MERGED = GuardedPattern.anyOf(
            Pattern.compile("(?i)\\b(?:merged|folded|combined|absorbed|rolled)\\s{1,3}(?:\\w{1,20}\\s{1,3}){0,3}?(?:into|with)\\b|\\bduplicates?\\s{1,3}(?:of\\s{1,3})?[CIS]\\d|\\bsubsumed\\b|\\bdeduplicated\\b"),
            List.of("merged", "folded", "combined", "absorbed", "rolled", "duplicate", "subsumed"));
    /** Not kept because it lies outside the change or predates it. */
    static final GuardedPattern OUT_OF_SCOPE = GuardedPattern.anyOf(
            Pattern.compile("(?i)\\bout[- ]of[- ](?:the[- ])?(?:scope|diff)\\b|\\boutside\\s{1,3}(?:the\\s{1,3}|this\\s{1,3})?(?:scope|diff|change|pr)\\b|\\bpre-?existing\\b|\\bnot\\s{1,3}(?:introduced|changed|touched)\\s{1,3}(?:by|in)\\b|\\bunrelated\\s{1,3}to\\s{1,3}(?:this|the)\\b|\\bdocumented\\s{1,3}exception\\b|\\bnot\\s{1,3}in\\s{1,3}(?:the|this)\\s{1,3}(?:diff|pr|change)\\b|\\bnot\\s{1,3}part\\s{1,3}of\\s{1,3}(?:the|this)\\s{1,3}(?:diff|pr|change)\\b"),
            List.of("scope", "diff", "outside", "existing", "introduced", "changed", "touched", "unrelated", "exception", "not"));
    /** Not kept because an earlier round already settled it. */
    static final GuardedPattern DECLINED_EARLIER = new GuardedPattern(
            Pattern.compile("(?i)\\b(?:earlier|prior|previous|past)[\\s-]{1,3}rounds?\\b|\\bdeclined[\\s-]{1,3}(?:gates?|prior|earlier|rounds?)\\b|\\bstanding[\\s-]{1,3}declined\\b|\\brounds?\\s{1,3}\\d|\\bR\\d{1,3}\\b|\\balready\\s{1,3}(?:been\\s{1,3})?(?:declined|addressed|fixed|resolved|discussed|rejected)\\b|\\bdeclined\\s{1,3}(?:in|by|earlier|previously|before)\\b|\\bpreviously\\s{1,3}(?:declined|addressed|rejected)\\b|\\basked\\s{1,3}for\\s{1,3}(?:by|in)\\b"),
            lower -> GuardedPattern.holdsAny(lower, List.of("earlier", "prior", "previous", "past", "declined", "standing", "round",
                    "already", "asked")) || GuardedPattern.holdsLetterThenDigit(lower, "r"));
    /** Withdrawn by the agent itself, not by consolidation. */
    static final GuardedPattern WITHDRAWN_BY_AGENT = GuardedPattern.anyOf(
            Pattern.compile("(?i)\\b(?:self-?withdrawn|self-?retracted|self-?corrected|withdr(?:ew|awn)\\s{1,3}(?:by\\s{1,3})?(?:the\\s{1,3}agent|itself|its\\s{1,3}own|it\\s{1,3}in|in\\s{1,3}its|on\\s{1,3}its|[A-Z][a-z]{1,20}\\s{1,3}itself)|(?:agent|it)\\s{1,3}(?:itself\\s{1,3})?(?:withdrew|retracted))"),
            List.of("withdr", "retracted", "corrected"));
    /** Wording that says the claim itself was wrong. */
    static final GuardedPattern WRONG = GuardedPattern.anyOf(
            Pattern.compile("(?i)\\bfalse[- ]positives?\\b|\\bnot\\s{1,3}a\\s{1,3}(?:real\\s{1,3})?(?:bug|defect|issue|problem)\\b|\\bincorrect\\b|\\bwrong\\b|\\bmisread|\\bmisunderst|\\bpremise\\b|\\bequivalent\\b|\\balready\\s{1,3}(?:does|handles|handled|checks|covered|guarded|present|exists|done)\\b|\\bnot\\s{1,3}(?:reachable|possible)\\b|\\bcannot\\s{1,3}(?:happen|occur)\\b|\\binvalid\\b|\\bdoes\\s{1,3}not\\s{1,3}(?:hold|apply|exist)\\b|\\bunfounded\\b|\\bnon-?issue\\b|\\bfabricated\\b|\\bhallucinat\\w{0,6}|\\binapplicable\\b|\\brefuted\\b"),
            List.of("false", "bug", "defect", "issue", "problem", "incorrect", "wrong", "misread", "misunderst", "premise", "equivalent", "already", "reachable", "possible", "cannot", "invalid", "does", "unfounded", "fabricated", "hallucinat", "inapplicable", "refuted"));
    /** Moved out of the findings to another part of the report: dropped as a finding. */
    static final GuardedPattern MOVED = GuardedPattern.anyOf(
            Pattern.compile("(?i)\\b(?:design observations?|design concerns?|acknowledged limitations?|testing assessment|testing gaps?|documentation assessment|unresolved feedback|strengths?\\s{1,3}design)\\b"),
            List.of("design", "acknowledged", "testing", "documentation", "unresolved"));
    private static final Pattern IDS = Pattern.compile("^\\s{0,3}(?:(?<pass>P|pass[\\s-]?)(?<passNo>\\d{1,2})\\s{0,3}:?\\s{0,3})?(?<id>[A-Z]" + Vocabulary.FINDING_NUMBER + ")?\\b");
    private static final Pattern RAISED_ITS = Pattern.compile("(?i)^\\s{0,3}(?:raised|filed|flagged)\\s{1,3}its\\s{1,3}");
    /** A severity-lettered finding id: {@code S3}, the agent's own or the consolidated one. */
    private static final Pattern LETTERED_ID = Pattern.compile("\\b(?<id>[CIS]" + Vocabulary.FINDING_NUMBER + ")\\b");
    private static final Pattern TITLE = Pattern.compile("^\\s{0,3}(?:\\((?<paren>[^)]{0,300})\\)|\"(?<quoted>[^\"]{0,300})\"|“(?<curly>[^”]{0,300})”|`(?<code>[^`]{0,200})`)");
    /** How much of a clause the reason pattern sees: real reasons are a sentence; its alternatives rescan long space runs. */
    private static final int MAX_REASON_INPUT = 2_000;
    private static final Pattern REASON = Pattern.compile("(?i)(?:,?\\s{0,3}because\\s{1,3}|\\s{1,3}—\\s{1,3}|\\.\\s{1,3}|;\\s{1,3}|:\\s{1,3}|\\(\\s{0,3}|rationale:\\s{0,3})(?<reason>.*)$");
    /** Words that say consolidation changed something; a statement without any is commentary ("Claude's Suggestion classification matches"). */
    private static final Pattern CHANGE = Pattern.compile("(?i)" + ARROW_TOKEN + "|\\b(?:downgraded|promoted|dropped|rejected|withdrawn|withdrew|merged|folded|reframed|declined|moved|became|demoted|upgraded|fell|rose)\\b");
    /** A change of label, not of severity: {@code regression → gap}, {@code relabeled pre-existing}. */
    static final GuardedPattern LABEL_CHANGE = GuardedPattern.anyOf(
            Pattern.compile("(?i)\\b(?:regression|gap|enhancement|pre-?existing|new-code|latent)\\b\\s{0,3}\\)?\\s{0,3}" + ARROW_TOKEN + "\\s{0,3}\\(?\\s{0,3}\\b(?:regression|gap|enhancement|pre-?existing|new-code|latent)\\b|\\brel?abell?ed\\b|\\breclassified\\s{1,3}from\\s{1,3}\\W?(?:regression|gap)"),
            List.of("regression", "gap", "enhancement", "existing", "new-code", "latent", "abel", "reclassified"));
    static final Pattern CALIBRATION = Pattern.compile(
            "(?i)\\b(?<family>[A-Z][a-z]+)\\s+(?:originally\\s+|initially\\s+)?(?:flagged|rated|filed|raised|classified|marked|graded|reported)\\s+(?:this|it)\\s+(?:as\\s+)?(?:an?\\s+)?" + severityGroup("severity"));
    private static final Pattern LEADING_NON_LETTERS = Pattern.compile("^[^\\p{L}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:'s)?\\s*");
    private static final Pattern BECAUSE = Pattern.compile("(?i),?\\s*\\bbecause\\s+(?<reason>.*)$");
    private static final Pattern REASON_END = Pattern.compile("\\)?\\.?$");
    private static final Pattern WORDS = Pattern.compile("[,\\s]+");
    private static final Pattern SEVERITY_WORD = Pattern.compile("(?i)critical|important|suggestion");
    /** "No severities changed", "None of the agent findings were dropped", "No other severities changed". */
    private static final Pattern NOTHING = Pattern.compile("(?i)^(?:no|none|nothing)\\b");
    /** A sentence that counts changes before naming them: "Two severity changes", "Five findings were dropped". */
    private static final Pattern COUNT_LEAD = Pattern.compile("(?i)^(?:the\\s{1,3})?(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|all|both|every)\\b");
    /** A finding named where a statement starts, or "its": the sentence continues the agent before it. */
    private static final Pattern CONTINUES = Pattern.compile("(?i)^(?:its|their|and)\\b|^(?:P\\d{1,2}\\s{1,3})?[CIS]" + Vocabulary.FINDING_NUMBER + "\\b|^[\"“`]");
    /** {@code 2 downgraded to important (locked-field P1, `t()` in script setup P2)}: a counted group with its items. */
    private static final Pattern GROUP = Pattern.compile("(?i)(?<![\\w.])(?<n>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\s{1,3}(?<what>[^(),;:]{1,80}?)\\s{0,3}\\((?<items>(?:[^()]|\\([^()]{0,40}\\)){1,400})\\)");
    /** {@code had 4 important findings dropped as duplicates}: a count of findings with their verdict and no items. */
    private static final Pattern COUNTED = Pattern.compile("(?i)^(?:\\s{0,3}(?:also\\s{1,3})?(?:had|has|saw)\\s{1,3})?(?<n>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\s{1,3}(?:(?:more|other|further|additional|\\S{1,30}-\\S{1,30})\\s{1,3})?" + severityGroup("sev") + "?\\s{0,3}(?:findings?|issues?|items?|suggestions?)\\b(?<verdict>.{0,300})$");
    /** {@code rated 6 findings as "critical"}: the severity a counted statement's findings had. */
    private static final Pattern RATED_AS = Pattern.compile("(?i)\\b(?:rated|filed|raised|flagged)\\b.{0,40}?\\b" + severityGroup("sev") + "\\b");
    /**
     * "Claude rated the same issue as suggestion", "Gemini raised the BATS issue at Important severity":
     * how an agent graded something, with no verdict of the consolidation to read.
     */
    private static final Pattern RATING_ONLY = Pattern.compile("(?i)^\\S{1,40}(?:\\s{1,3}\\S{1,40}){0,3}?\\s{1,3}(?:independently\\s{1,3})?(?:rated|raised|filed|flagged|qualifies|labell?ed)\\b");
    /** {@code both Gemini's: C1 …}: the agent whose findings a list names. */
    private static final Pattern LIST_OWNER = Pattern.compile("(?i)(?:both|all|each|and)\\s{1,3}(?<agent>[A-Z][\\w.\\- ]{1,40}?(?:'s)?\\s{0,3}:)");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:,]+");
    private static final Pattern TRAILING_PASS = Pattern.compile("(?i)\\s{0,3}\\b(?:P|pass\\s{0,2})(?<pass>\\d{1,2})\\s{0,3}$");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s{0,3}(?:,|;|\\band\\b)\\s{0,3}");

    private ReconciliationExtractor() {
    }

    /** Collects the reconciliation's paragraphs and list items, each one unit of statements. */
    static List<Clause> clauses(List<Part> parts) {
        List<Clause> out = new ArrayList<>();
        for (Part p : parts) {
            boolean all = p.region() == Region.RECONCILIATION;
            boolean collecting = all;
            for (Block b : p.blocks()) {
                if (b instanceof Paragraph para) {
                    Optional<String> labelled = Labels.reconciliation(para);
                    if (labelled.isPresent()) {
                        collecting = true;
                        unit(labelled.get(), para.line(), out);
                    } else if (all) {
                        unit(para.text(), para.line(), out);
                    } else {
                        collecting = false;
                    }
                } else if (b instanceof ListBlock l && collecting) {
                    for (ListItem i : l.items()) {
                        unit(i.text(), i.line(), out);
                    }
                    collecting = all;
                } else if (b instanceof dev.reviewstats.internal.outline.TableBlock t && collecting) {
                    // | Agent | Finding | Original | Consolidated | Reason |: each row is one statement.
                    for (int r = 0; r < t.rows().size(); r++) {
                        unit(rowStatement(t.header(), t.rows().get(r)), t.rowLine(r), out);
                    }
                    collecting = all;
                } else {
                    collecting = all;
                }
            }
        }
        return out;
    }

    /**
     * A reconciliation table row as the sentence it stands for: "Gemini C1 (race): critical → important
     * I1 (narrow window)". Columns are placed by their header (agent, finding, from, to, reason); a row
     * whose header says nothing is its cells in order.
     */
    static String rowStatement(List<String> header, List<String> row) {
        String agent = "";
        String finding = "";
        String from = "";
        String to = "";
        StringBuilder rest = new StringBuilder();
        for (int c = 0; c < row.size(); c++) {
            String cell = Inline.plain(row.get(c)).strip();
            String h = c < header.size() ? Inline.plain(header.get(c)).toLowerCase(Locale.ROOT) : "";
            boolean severity = h.contains("severity") || h.contains("grade");
            if (severity && (h.contains("agent") || h.contains("original") || h.contains("raised") || h.contains("from"))) {
                from = from.isEmpty() ? cell : from + " " + cell;
            } else if (h.contains("agent") || h.contains("reviewer")) {
                agent = cell;
            } else if (h.contains("reason") || h.contains("rationale") || h.contains("why") || h.contains("note")) {
                rest.append(" (").append(cell).append(')');
            } else if (h.contains("final") || h.contains("consolidated") || h.contains("outcome") || h.contains("result")
                    || h.contains("became") || h.equals("to") || h.contains("now") || h.contains("decision")) {
                to = to.isEmpty() ? cell : to + " " + cell;
            } else if (h.contains("original") || h.contains("raised") || h.contains("from") || h.contains("agent severity")
                    || h.contains("severity")) {
                from = from.isEmpty() ? cell : from + " " + cell;
            } else if (h.contains("finding") || h.contains("id") || h.contains("issue") || h.contains("title")) {
                finding = finding.isEmpty() ? cell : finding + " " + cell;
            } else {
                rest.append(' ').append(cell);
            }
        }
        if (agent.isEmpty() && to.isEmpty()) {
            return String.join(" — ", row.stream().map(x -> Inline.plain(x).strip()).toList());
        }
        return (agent + " " + finding + ": " + from + " → " + to + rest).replaceAll("\\s+", " ").strip();
    }

    private static void unit(String text, int line, List<Clause> out) {
        String plain = Inline.plain(text.replace("\n", " ")).strip();
        if (!plain.isEmpty()) {
            out.add(new Clause(plain, line));
        }
    }

    /**
     * One paragraph or list item of the reconciliation.
     *
     * @param text its plain text
     * @param line its line
     */
    record Clause(String text, int line) {
    }

    /** A statement about one agent's findings: the agent, and the text after its name. */
    private record Statement(Agent agent, String rest, String text, String more) {
        Statement(Agent agent, String rest, String text) {
            this(agent, rest, text, "");
        }

        Statement withMore(String reasons) {
            return new Statement(agent, rest, text, reasons);
        }
    }

    static List<Judgement> changes(List<Clause> clauses, ParseContext ctx) {
        List<Judgement> out = new ArrayList<>();
        for (Clause c : clauses) {
            List<Sentences.Sentence> sentences = Sentences.sentences(c.text());
            Agent carried = null;
            boolean any = false;
            for (int k = 0; k < sentences.size(); k++) {
                String sentence = sentences.get(k).text();
                Statement st = statement(sentence, carried, ctx);
                if (st == null && carried != null && sentences.get(k).afterSemicolon() && CHANGE.matcher(sentence).find()) {
                    // "C1 … Critical → Important (I1); bracket-prefix hard-fail Important → Suggestion (S1)":
                    // clauses after a semicolon list more of the same agent's findings.
                    st = new Statement(carried, sentence, sentence);
                }
                if (st == null) {
                    // A count, a "nothing changed", or the reason of the statement before: read with it.
                    if (!any && CHANGE.matcher(sentence).find() && LETTERED_ID.matcher(sentence).find()
                            && !NOTHING.matcher(sentence).find() && !COUNT_LEAD.matcher(sentence).find()) {
                        ctx.report(DiagnosticCode.RECONCILIATION_UNREADABLE, "reconciliation clause names no agent: '"
                                + abbreviate(sentence) + "'", c.line());
                        ctx.unreadStatement(Optional.empty());
                    }
                    continue;
                }
                carried = st.agent();
                any = true;
                // The sentences after a statement, up to the next one, give its reason ("… → dropped. …
                // so the premise does not hold"): they say why, never what.
                StringBuilder more = new StringBuilder();
                for (int j = k + 1; j < sentences.size() && statement(sentences.get(j).text(), null, ctx) == null
                        && !(sentences.get(j).afterSemicolon() && CHANGE.matcher(sentences.get(j).text()).find()); j++) {
                    more.append(' ').append(sentences.get(j).text());
                }
                st = st.withMore(more.toString());
                List<Judgement> read = read(st, c.line(), ctx);
                // "Codex rated S1 Important; consolidation raised it to important (I1)": the verdict may
                // come in the sentences after the one that names the agent.
                for (int j = k + 1; read == null && j < sentences.size()
                        && statement(sentences.get(j).text(), null, ctx) == null; j++) {
                    String next = sentences.get(j).text();
                    st = new Statement(st.agent(), st.rest() + " " + next, st.text() + " " + next, st.more());
                    read = read(st, c.line(), ctx);
                    if (read != null) {
                        k = j; // the sentences joined are read
                    }
                }
                if (read == null) {
                    // A statement that names one of the agent's findings says something about it, read or not.
                    Matcher own = IDS.matcher(st.rest());
                    boolean namesFinding = own.lookingAt() && own.group("id") != null
                            && LETTERED_ID.matcher(own.group("id")).matches();
                    if ((CHANGE.matcher(st.rest()).find() || namesFinding) && !RATING_ONLY.matcher(sentence).find()) {
                        ctx.report(DiagnosticCode.RECONCILIATION_UNREADABLE,
                                "reconciliation clause gives no severity change: '" + abbreviate(sentence) + "'", c.line());
                        ctx.unreadStatement(Optional.of(st.agent().family()));
                    }
                    continue;
                }
                out.addAll(read);
            }
        }
        return out;
    }

    /** The statement a sentence makes, with its agent; {@code null} when it names none and continues none. */
    private static Statement statement(String sentence, Agent carried, ParseContext ctx) {
        String s = sentence.strip();
        Optional<AgentNames.Named> lead = ctx.agents().leadingAgent(s);
        if (lead.isEmpty()) {
            // "Four severity changes: Gemini's C1 …", "Separately, Codex's I2 …": a lead-in before the agent.
            int cut = leadIn(s, ctx);
            if (cut > 0) {
                s = s.substring(cut).strip();
                lead = ctx.agents().leadingAgent(s);
            }
        }
        if (lead.isPresent()) {
            return new Statement(lead.get().agent(), LEADING_PUNCTUATION.matcher(s.substring(lead.get().end())).replaceFirst(""), s);
        }
        if (carried != null && CONTINUES.matcher(s).find()) {
            String rest = s.regionMatches(true, 0, "its ", 0, 4) ? s.substring(4) : s;
            return new Statement(carried, rest.strip(), s);
        }
        return null;
    }

    /** Where an agent starts after a lead-in of a few words ending in a colon or comma, or -1. */
    private static int leadIn(String s, ParseContext ctx) {
        int limit = Math.min(s.length(), 80);
        for (int i = 0; i < limit; i++) {
            char ch = s.charAt(i);
            if ((ch == ':' || ch == ',') && i + 1 < s.length()) {
                String after = s.substring(i + 1).strip();
                if (ctx.agents().leadingAgent(after).isPresent()) {
                    return s.length() - after.length();
                }
                // "Two severities changed, both Gemini's: C1 …": the agent is named before the list.
                Matcher owner = LIST_OWNER.matcher(after);
                if (owner.lookingAt() && ctx.agents().leadingAgent(owner.group("agent")).isPresent()) {
                    return s.length() - after.length() + owner.start("agent");
                }
            }
        }
        return -1;
    }

    /** The judgements a statement makes: counted groups, or one judgement and the others its subject names. */
    private static List<Judgement> read(Statement st, int line, ParseContext ctx) {
        List<Judgement> counted = counted(st, line);
        if (counted != null) {
            return counted;
        }
        Outcome o = parse(st.rest(), st.more(), st.agent(), line);
        if (o.change() != null) {
            List<Judgement> out = new ArrayList<>();
            out.add(o.change());
            out.addAll(alsoNamed(o.change(), st.rest()));
            out.addAll(otherAgents(o.change(), st.rest(), ctx));
            return out;
        }
        return o.unchanged() ? List.of() : null;
    }

    /**
     * Counted statements: groups with their items ("2 downgraded to important (locked-field P1, `t()`
     * P2)"), or a count with a verdict and no items ("had 4 important findings dropped as duplicates").
     * Each counted finding is one judgement; an item's words become its title, a trailing {@code P2} its
     * pass. {@code null} when the statement counts nothing.
     */
    private static List<Judgement> counted(Statement st, int line) {
        String rest = st.rest();
        Matcher rated = RATED_AS.matcher(rest);
        Severity ratedAs = rated.find() ? sev(rated.group("sev")) : null;
        List<Judgement> out = new ArrayList<>();
        Matcher g = GROUP.matcher(rest);
        while (g.find()) {
            String what = g.group("what");
            Outcome verdict = parse(what, "", st.agent(), line);
            Judgement v = verdict.change();
            if (v == null) {
                continue;
            }
            Matcher own = SEVERITY_WORD.matcher(what);
            Severity from = v.from() != null ? v.from() : ratedAs;
            List<String> items = new ArrayList<>();
            for (String item : ITEM_SEPARATOR.split(g.group("items"))) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            int n = number(g.group("n"));
            if (items.size() != n) {
                // "(scanner v-t P1 — only 1 external-library instance)": one item with its reason.
                items = n == 1 ? List.of(g.group("items").split("\\s[—–-]\\s", 2)[0].strip()) : List.of();
            }
            for (int k = 0; k < n; k++) {
                String item = k < items.size() ? items.get(k) : "";
                int pass = 0;
                Matcher p = TRAILING_PASS.matcher(item);
                if (p.find()) {
                    pass = number(p.group("pass"));
                    item = item.substring(0, p.start()).strip();
                }
                out.add(judgement(v, from, item, pass));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        Matcher c = COUNTED.matcher(rest);
        if (c.find()) {
            Outcome verdict = parse(c.group("verdict"), "", st.agent(), line);
            if (verdict.change() != null) {
                Severity from = c.group("sev") != null ? sev(c.group("sev")) : ratedAs;
                for (int k = 0; k < number(c.group("n")); k++) {
                    out.add(judgement(verdict.change(), from != null ? from : verdict.change().from(), "", 0));
                }
                return out;
            }
        }
        return null;
    }

    /** A counted finding's judgement: the group's verdict, with the finding's own severity, title and pass. */
    private static Judgement judgement(Judgement verdict, Severity from, String title, int pass) {
        JudgementOutcome outcome = verdict.outcome();
        Severity to = verdict.to();
        if ((outcome == JudgementOutcome.DOWNGRADED || outcome == JudgementOutcome.UPGRADED) && from != null && to != null) {
            outcome = to == from ? JudgementOutcome.KEPT : to.isMoreSevereThan(from) ? JudgementOutcome.UPGRADED
                    : JudgementOutcome.DOWNGRADED;
        }
        return new Judgement(verdict.agent(), "", title, from, outcome.kept() ? to : null, verdict.finalId(), outcome,
                verdict.reason(), JudgementSource.RECONCILIATION, verdict.line(), pass);
    }

    private static int number(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            default -> Counts.count(word).orElse(0);
        };
    }

    /** An agent finding id in a clause's subject: {@code I5}, {@code C1}, {@code P2}. */
    /** "Gemini's I2 and Codex's I3": where the subject names another agent. */
    private static final Pattern AND = Pattern.compile("(?i)\\b(?:and|&)\\s{1,3}");
    private static final Pattern SUBJECT_ID = Pattern.compile("\\b(?<id>[CISP]" + Vocabulary.FINDING_NUMBER + ")\\b");
    /** Where a clause's subject ends: the arrow or the verb that says what happened. */
    private static final Pattern SUBJECT_END = Pattern.compile("(?i)" + ARROW_TOKEN
            + "|\\b(?:were|was|are|is|all|both|dropped|rejected|downgraded|upgraded|promoted|demoted|merged|moved|reframed|withdrawn|became|fell|rose|stayed|kept)\\b|:");

    /**
     * The same judgement for the further findings a clause names in its subject: "Claude I1 (…) and I5
     * (…) → dropped", "Gemini C1, I1, I2 → all dropped". Parenthesised titles are skipped. Each
     * further finding takes its own severity from its id; a re-grading that would not be one for it
     * (the same severity, or the other direction) is left out.
     */
    private static List<Judgement> alsoNamed(Judgement first, String rest) {
        String subject = withoutParentheses(subject(rest));
        List<Judgement> out = new ArrayList<>();
        Matcher m = SUBJECT_ID.matcher(subject);
        int firstAt = -1;
        while (firstAt < 0 && m.find()) {
            firstAt = m.group("id").equalsIgnoreCase(first.originalId()) ? m.end() : -1;
        }
        if (firstAt < 0) {
            return out;
        }
        while (m.find()) {
            String id = m.group("id");
            if (id.equalsIgnoreCase(first.originalId()) || id.charAt(0) == 'P') {
                continue;
            }
            // "Claude S3 and Codex's I1": a further agent is another statement, read by otherAgents.
            String before = subject.substring(firstAt, m.start());
            if (before.matches("(?s).*\\b[A-Z][a-z]{2,}(?:'s)?\\s*$") && !before.strip().matches("(?i).*\\b(?:and|or)$")) {
                continue;
            }
            Severity from = Severity.fromLetter(id.charAt(0)).orElse(first.from());
            JudgementOutcome outcome = first.outcome();
            if (outcome == JudgementOutcome.DOWNGRADED || outcome == JudgementOutcome.UPGRADED) {
                if (from == null || from == first.to()) {
                    continue;
                }
                outcome = first.to().isMoreSevereThan(from) ? JudgementOutcome.UPGRADED : JudgementOutcome.DOWNGRADED;
            }
            out.add(new Judgement(first.agent(), id, "", from, first.to(), first.finalId(), outcome, first.reason(),
                    first.source(), first.line(), first.pass()));
        }
        return out;
    }

    /**
     * The same judgement for another agent the subject names: "Gemini's I2 and Codex's I3 (…) Important →
     * Suggestion S1", "Codex I1 and Flash I1 were raised as …".
     */
    private static List<Judgement> otherAgents(Judgement first, String rest, ParseContext ctx) {
        String subject = subject(rest);
        List<Judgement> out = new ArrayList<>();
        Matcher and = AND.matcher(subject);
        while (and.find()) {
            String after = subject.substring(and.end());
            Optional<AgentNames.Named> named = ctx.agents().leadingAgent(after);
            if (named.isEmpty() || named.get().agent().equals(first.agent())) {
                continue;
            }
            Matcher id = IDS.matcher(after.substring(named.get().end()));
            String ownId = id.find() && id.group("id") != null ? id.group("id") : "";
            Severity from = LETTERED_ID.matcher(ownId).matches() ? Severity.fromLetter(ownId.charAt(0)).orElse(null) : null;
            JudgementOutcome outcome = first.outcome();
            Severity to = first.to();
            if ((outcome == JudgementOutcome.DOWNGRADED || outcome == JudgementOutcome.UPGRADED) && from != null && to != null) {
                outcome = to == from ? JudgementOutcome.KEPT : to.isMoreSevereThan(from) ? JudgementOutcome.UPGRADED
                        : JudgementOutcome.DOWNGRADED;
            }
            out.add(new Judgement(named.get().agent(), ownId, "", from != null ? from : first.from(), outcome.kept() ? to : null,
                    first.finalId(), outcome, first.reason(), first.source(), first.line(), 0));
        }
        return out;
    }

    /** A clause's subject: what it says before the arrow or verb that says what happened. */
    private static String subject(String rest) {
        Matcher end = SUBJECT_END.matcher(rest);
        return end.find() ? rest.substring(0, end.start()) : rest;
    }

    private static String withoutParentheses(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A clause's reading: a change, or a statement that the grade was kept. */
    private record Outcome(Judgement change, boolean unchanged) {
    }

    /**
     * Of matchers not searched yet, the one whose first match starts earliest, before {@code at}, the
     * first of them on a tie; {@code null} when none starts before it. Each is searched once.
     */
    private static Matcher earliestBefore(int at, Matcher... matchers) {
        Matcher best = null;
        int bound = at;
        for (Matcher m : matchers) {
            if (m.find() && m.start() < bound) {
                best = m;
                bound = m.start();
            }
        }
        return best;
    }

    /** The first cue of each kind in a statement, and where it starts. */
    private enum Cue { REGRADE, TARGET, MERGE, MOVE, REJECT, KEEP }

    /**
     * Reads one statement: {@code text} says what happened, {@code more} (the sentences after it) may
     * say why.
     */
    private static Outcome parse(String text, String more, Agent agent, int line) {
        String rest = RAISED_ITS.matcher(text).replaceFirst("");
        String originalId = "";
        int pass = 0;
        Matcher ids = IDS.matcher(rest);
        if (ids.find() && ids.end() > 0) {
            if (ids.group("passNo") != null) {
                pass = number(ids.group("passNo"));
            }
            originalId = ids.group("id") != null ? ids.group("id") : "";
            rest = rest.substring(ids.end());
        }
        String title = "";
        int titleEnd = 0;
        Matcher t = TITLE.matcher(rest);
        boolean parenTitle = false;
        boolean codeTitle = false;
        if (t.find()) {
            titleEnd = t.end();
            parenTitle = t.group("paren") != null;
            codeTitle = t.group("code") != null;
            title = t.group("paren") != null ? t.group("paren") : t.group("quoted") != null ? t.group("quoted")
                    : t.group("curly") != null ? t.group("curly") : t.group("code");
        }
        String subject = subject(rest);
        if (codeTitle && !subject.substring(Math.min(titleEnd, subject.length())).isBlank()) {
            // "Claude P1 `retry` rename: …": the code names part of the subject; the subject is the title.
            title = "";
        }
        if (title.isEmpty() && !subject.isBlank()) {
            // "Claude P1 `initializeRunningContainers`: …", "Gemini's root-level lock finding moved …": the subject is the title.
            title = subject.replace("`", "").replaceAll("[:,]\\s*$", "").strip();
        }
        int verdictFrom = Math.min(Math.max(titleEnd, 0), rest.length());
        String scan;
        Severity from;
        Severity to;
        String finalId;
        Cue cue;
        int at;
        int after;
        Matcher merged;
        boolean mergeCue;
        for (int attempt = 0; ; attempt++) {
            scan = rest.substring(verdictFrom);
            String lower = scan.toLowerCase(Locale.ROOT);
            from = null;
            to = null;
            finalId = "";
            cue = null;
            at = Integer.MAX_VALUE;
            after = 0;
            Matcher m = earliestBefore(at, FROM_TO.matcher(scan, lower));
            if (m != null) {
                cue = Cue.REGRADE;
                at = m.start();
                from = sev(m.group("from"));
                to = sev(m.group("to"));
                after = m.end();
            }
            Matcher toOnly = earliestBefore(at, ARROW_TO.matcher(scan, lower), TO_ONLY.matcher(scan, lower));
            if (toOnly != null) {
                cue = Cue.REGRADE;
                at = toOnly.start();
                from = null;
                to = sev(toOnly.group("to"));
                after = toOnly.end();
            }
            Matcher target = TO_ID.matcher(scan, lower);
            merged = MERGED.matcher(scan, lower);
            mergeCue = merged.find();
            if (target.find() && (target.start() < at || (cue == Cue.REGRADE && target.start() <= after + 2))) {
                if (target.start() < at) {
                    cue = Cue.TARGET;
                    at = target.start();
                    from = null;
                    to = Severity.fromLetter(target.group("letter").charAt(0)).orElse(null);
                }
                finalId = target.group("letter").toUpperCase(Locale.ROOT) + target.group("digits");
                after = Math.max(after, target.end());
            }
            if (mergeCue && merged.start() < at && !(cue != null && merged.start() > at)) {
                cue = Cue.MERGE;
                at = merged.start();
            } else if (mergeCue && cue == Cue.TARGET && merged.start() <= at + 12) {
                // "→ merged into I1": the arrow leads to the merge.
                cue = Cue.MERGE;
            }
            // The cue that comes first is the verdict: a move, a rejection or a keep before it overrides it.
            Matcher x;
            if ((x = earliestBefore(at, MOVED.matcher(scan, lower))) != null) {
                cue = Cue.MOVE;
                at = x.start();
            }
            if ((x = earliestBefore(at, REJECTED.matcher(scan, lower), WRONG.matcher(scan, lower))) != null) {
                cue = Cue.REJECT;
                at = x.start();
            }
            if ((x = earliestBefore(at, KEPT.matcher(scan, lower))) != null) {
                cue = Cue.KEEP;
                at = x.start();
            }
            Matcher label = LABEL_CHANGE.matcher(scan, lower);
            if (label.find() && label.start() < at && cue != Cue.REJECT && cue != Cue.MOVE) {
                // "Codex's I1 regression → gap": a label corrected, the severity kept.
                return new Outcome(null, true);
            }
            if (cue == null && parenTitle && attempt == 0) {
                // "Gemini C2 (untag broken, Critical → Important as I1): …": the verdict inside the title's parentheses.
                verdictFrom = rest.indexOf('(') + 1;
                continue;
            }
            break;
        }
        if (cue == Cue.REJECT && mergeCue && merged.start() > at) {
            // "dropped as a standalone finding and folded into I4": dropped from the list, kept inside I4;
            // "… folded into the design concern": kept outside the findings, which is a move.
            Matcher into = LETTERED_ID.matcher(scan.substring(merged.start()));
            Matcher elsewhere = MOVED.matcher(scan.substring(merged.start()));
            boolean toFinding = into.find();
            boolean toElsewhere = elsewhere.find();
            cue = toFinding && (!toElsewhere || into.start() < elsewhere.start()) ? Cue.MERGE : toElsewhere ? Cue.MOVE : cue;
        }
        if (cue == null) {
            return new Outcome(null, false);
        }
        if (from == null) {
            from = severityFromTitleOrId(title, originalId);
        }
        if (from == null) {
            // Only what comes before the verdict says the agent's severity; after it, another agent's may stand.
            String before = rest.substring(0, Math.min(rest.length(), verdictFrom + (at == Integer.MAX_VALUE ? scan.length() : at)
                    + (cue == Cue.REGRADE || cue == Cue.TARGET ? 40 : 0)));
            Matcher fb = FROM_BEFORE_ARROW.matcher(before);
            Matcher as = AT_SEVERITY.matcher(before);
            from = fb.find() ? sev(fb.group("from")) : as.find() ? sev(as.group("from")) : null;
        }
        if (from == null || !LETTERED_ID.matcher(originalId).matches()) {
            // "Claude P1 image-name length (S3 in its review): dropped": the agent's own id is in the subject.
            Matcher own = LETTERED_ID.matcher(subject);
            if (own.find() && !own.group("id").equalsIgnoreCase(finalId)) {
                originalId = own.group("id");
                if (from == null) {
                    from = Severity.fromLetter(originalId.charAt(0)).orElse(null);
                }
            }
        }
        JudgementOutcome kind;
        switch (cue) {
            case KEEP -> {
                if (mergeCue) {
                    kind = JudgementOutcome.MERGED;
                } else {
                    return new Outcome(null, true);
                }
            }
            case MERGE -> {
                kind = JudgementOutcome.MERGED;
                if (finalId.isEmpty()) {
                    Matcher f = LETTERED_ID.matcher(scan.substring(Math.min(merged.start(), scan.length())));
                    if (f.find()) {
                        finalId = f.group("id");
                    }
                }
                to = finalId.isEmpty() ? to : Severity.fromLetter(finalId.charAt(0)).orElse(to);
            }
            case MOVE -> {
                kind = JudgementOutcome.MOVED_TO_DESIGN_OBSERVATION;
                to = null;
                finalId = "";
            }
            case REJECT -> {
                // "dropped (acknowledged limitation)" is a move; "dropped as a false positive (re-cast as a
                // design observation)" is a false positive: the reason named first decides.
                Matcher move = MOVED.matcher(scan);
                int reasonAt = firstReason(scan);
                kind = move.find() && move.start() < reasonAt ? JudgementOutcome.MOVED_TO_DESIGN_OBSERVATION : notKept(scan + more);
                to = null;
                finalId = "";
            }
            default -> {
                if (to == null) {
                    return new Outcome(null, false);
                }
                if (finalId.isEmpty()) {
                    Matcher f = LETTERED_ID.matcher(scan.substring(Math.min(after, scan.length())));
                    if (f.find() && f.start() < 40) {
                        finalId = f.group("id");
                        after += f.end();
                    }
                }
                if (from == to) {
                    return new Outcome(null, true);
                }
                kind = from == null ? direction(scan) : to.isMoreSevereThan(from) ? JudgementOutcome.UPGRADED
                        : JudgementOutcome.DOWNGRADED;
            }
        }
        // The reason follows the verdict, and never starts inside the title's parentheses.
        String tail = scan.substring(Math.min(after, scan.length()));
        String bounded = tail.length() > MAX_REASON_INPUT ? tail.substring(0, MAX_REASON_INPUT) : tail;
        Matcher because = BECAUSE.matcher(bounded);
        Matcher r = because.find() ? because : REASON.matcher(bounded);
        String reason = r == because || r.find() ? REASON_END.matcher(r.group("reason")).replaceFirst("").strip() : "";
        return new Outcome(new Judgement(agent, originalId, title, from, kind.kept() ? to : null, kind.kept() ? finalId : "",
                kind, reason, JudgementSource.RECONCILIATION, line, pass), false);
    }

    /** Where the first reason for not keeping a finding starts, or {@link Integer#MAX_VALUE}. */
    private static int firstReason(String clause) {
        int at = Integer.MAX_VALUE;
        String lower = clause.toLowerCase(Locale.ROOT);
        for (Map.Entry<JudgementOutcome, GuardedPattern> e : NOT_KEPT_REASONS) {
            Matcher m = e.getValue().matcher(clause, lower);
            if (m.find()) {
                at = Math.min(at, m.start());
            }
        }
        return at;
    }

    /** Which way a re-grading went when the statement gives only where it arrived: its verb says, or nothing does. */
    private static JudgementOutcome direction(String scan) {
        String s = scan.toLowerCase(Locale.ROOT);
        for (String down : List.of("downgrad", "demot", "lowered", "reduced", "fell", "fall")) {
            if (s.contains(down)) {
                return JudgementOutcome.DOWNGRADED;
            }
        }
        for (String up : List.of("promot", "upgrad", "raised to", "rose", "elevat")) {
            if (s.contains(up)) {
                return JudgementOutcome.UPGRADED;
            }
        }
        return JudgementOutcome.KEPT;
    }

    /**
     * What words alone say became of a finding ("dropped (out of scope)", "merged into S1", "design
     * observation", "false positive"), as an id map or a table cell writes it; empty when they say none.
     */
    static Optional<JudgementOutcome> fateOf(String words) {
        Matcher first = firstFate(words);
        return first == null ? Optional.empty() : Optional.of(fate(first.pattern(), words));
    }

    /** Where the first words that say a finding's fate start, or {@link Integer#MAX_VALUE}. */
    static int fateAt(String words) {
        Matcher first = firstFate(words);
        return first == null ? Integer.MAX_VALUE : first.start();
    }

    /** The words that say a finding's fate and come first: merged, moved, or not kept; {@code null} when none do. */
    private static Matcher firstFate(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return earliestBefore(Integer.MAX_VALUE, MERGED.matcher(words, lower), MOVED.matcher(words, lower),
                REJECTED.matcher(words, lower), WRONG.matcher(words, lower));
    }

    /** The fate that {@code first}, the pattern of the words that say it first, says. */
    private static JudgementOutcome fate(Pattern first, String words) {
        if (first == MERGED.pattern()) {
            return JudgementOutcome.MERGED;
        }
        return first == MOVED.pattern() ? JudgementOutcome.MOVED_TO_DESIGN_OBSERVATION : notKept(words);
    }

    /**
     * Why a finding was not kept, from the clause's words. Reasons that clear the agent win over the
     * word "rejected": "rejected as already declined in Round 2" is not a false positive. A finding
     * dropped with no reason stated is {@link JudgementOutcome#OTHER}, as the guide rules.
     */
    static JudgementOutcome notKept(String clause) {
        // The reason named first is the verdict; later ones are usually its evidence ("dropped as
        // out-of-scope: the line is pre-existing since Round 3").
        JudgementOutcome best = null;
        int at = Integer.MAX_VALUE;
        String lower = clause.toLowerCase(Locale.ROOT);
        for (Map.Entry<JudgementOutcome, GuardedPattern> e : NOT_KEPT_REASONS) {
            Matcher m = e.getValue().matcher(clause, lower);
            if (m.find() && m.start() < at) {
                at = m.start();
                best = e.getKey();
            }
        }
        if (best != null) {
            return best;
        }
        // Rejected with no reason given: the consolidation judged the claim wrong. Dropped with no
        // reason: the guide's "vanished", not wrong.
        return REJECTED_WORD.matcher(clause).find() ? JudgementOutcome.FALSE_POSITIVE : JudgementOutcome.OTHER;
    }

    private static final Pattern REJECTED_WORD = Pattern.compile("(?i)\\brejected\\b");

    /** Reasons for not keeping a finding, in the order that breaks a tie at one position. */
    private static final List<Map.Entry<JudgementOutcome, GuardedPattern>> NOT_KEPT_REASONS = List.of(
            Map.entry(JudgementOutcome.WITHDRAWN_BY_AGENT, WITHDRAWN_BY_AGENT),
            Map.entry(JudgementOutcome.FALSE_POSITIVE, WRONG),
            Map.entry(JudgementOutcome.OUT_OF_SCOPE, OUT_OF_SCOPE),
            Map.entry(JudgementOutcome.DECLINED_EARLIER, DECLINED_EARLIER));


    private static Severity sev(String word) {
        return Severity.fromWord(word).orElse(null);
    }

    private static Severity severityFromTitleOrId(String title, String originalId) {
        Matcher idInTitle = LETTERED_ID.matcher(title);
        if (idInTitle.lookingAt()) {
            return Severity.fromLetter(idInTitle.group("id").charAt(0)).orElse(null);
        }
        for (String w : WORDS.split(title)) {
            Optional<Severity> s = Severity.fromWord(w);
            if (s.isPresent() && SEVERITY_WORD.matcher(w).matches()) {
                return s.get();
            }
        }
        if (originalId.length() >= 2 && Character.isDigit(originalId.charAt(1))) {
            return Severity.fromLetter(originalId.charAt(0)).orElse(null);
        }
        return null;
    }

    /** What a calibration note's verb is followed by: a body with neither after a verb is not worth the pattern. */
    private static final List<String> CALIBRATION_OBJECTS = List.of("it", "this");
    /** The verbs {@link #CALIBRATION} needs. */
    private static final List<String> CALIBRATION_VERBS = List.of("flagged", "rated", "filed", "raised", "classified", "marked",
            "graded", "reported");

    /**
     * The calibration notes of a body, as {@link #CALIBRATION}'s {@code find()} finds them one after
     * another, searched for only from shortly before each verb that is followed by white space, "this"
     * or "it", and white space: a note starts at most two words before its verb, so no note starts in
     * the text skipped. Most bodies have no such verb and are not searched at all.
     */
    static List<CalibrationNote> calibrationNotes(String body) {
        int[] verbs = calibrationVerbs(body);
        if (verbs.length == 0) {
            return List.of();
        }
        List<CalibrationNote> out = new ArrayList<>();
        Matcher m = CALIBRATION.matcher(body);
        int from = 0;
        int next = 0;
        while (true) {
            while (next < verbs.length && verbs[next] < from) {
                next++;
            }
            if (next == verbs.length || !m.find(Math.max(from, twoWordsBefore(body, verbs[next])))) {
                return out;
            }
            out.add(new CalibrationNote(m.group("family"), m.group("severity"), m.group()));
            from = m.end();
        }
    }

    /** A calibration note: the family it names, the severity that family gave, and the note's words. */
    record CalibrationNote(String family, String severity, String text) {
    }

    /**
     * Where each verb of {@link #CALIBRATION} followed by white space, "this" or "it", and white space
     * starts, in order: found from the objects back, as the JDK's own searches find the objects in
     * the lower-cased body far faster than a look at every word could.
     */
    private static int[] calibrationVerbs(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.length() != body.length()) {
            // A letter that lower-cases to two (the dotted capital I) would shift the offsets.
            lower = CharClass.toLowerAscii(body);
        }
        int[] out = new int[8];
        int count = 0;
        for (String object : CALIBRATION_OBJECTS) {
            for (int i = lower.indexOf(object, 1); i >= 0; i = lower.indexOf(object, i + 1)) {
                int objectEnd = i + object.length();
                if (!CharClass.isSpace(lower.charAt(i - 1)) || objectEnd >= lower.length() || !CharClass.isSpace(lower.charAt(objectEnd))) {
                    continue;
                }
                int verbEnd = i - 1;
                while (verbEnd > 0 && CharClass.isSpace(lower.charAt(verbEnd - 1))) {
                    verbEnd--;
                }
                for (String verb : CALIBRATION_VERBS) {
                    if (lower.startsWith(verb, verbEnd - verb.length())) {
                        if (count == out.length) {
                            out = java.util.Arrays.copyOf(out, 2 * count);
                        }
                        out[count++] = verbEnd - verb.length();
                    }
                }
            }
        }
        out = java.util.Arrays.copyOf(out, count);
        java.util.Arrays.sort(out);
        return out;
    }

    /**
     * The start of the second run of ASCII letters before {@code at}, white space between: where a
     * note whose verb is at {@code at} starts at the earliest ({@code Gemini originally flagged}).
     */
    private static int twoWordsBefore(String s, int at) {
        int i = at;
        for (int word = 0; word < 2; word++) {
            int k = i;
            while (k > 0 && CharClass.isSpace(s.charAt(k - 1))) {
                k--;
            }
            int letters = k;
            while (letters > 0 && CharClass.isLetter(s.charAt(letters - 1))) {
                letters--;
            }
            if (letters == k) {
                return i;
            }
            i = letters;
        }
        return i;
    }

    /**
     * Calibration notes inside a finding ("Gemini flagged this as Critical …"), unless the
     * reconciliation already states the same change.
     */
    static List<Judgement> calibrations(List<Finding> findings, List<Judgement> known, ParseContext ctx) {
        List<Judgement> out = new ArrayList<>();
        for (Finding f : findings) {
            for (CalibrationNote m : calibrationNotes(f.body())) {
                Optional<String> family = ctx.agents().family(m.family());
                Optional<Severity> from = Severity.fromWord(m.severity());
                if (family.isEmpty() || from.isEmpty() || from.get() == f.severity()) {
                    continue;
                }
                Agent agent = ctx.agents().resolve(Agent.of(family.get(), "")).orElse(Agent.of(family.get(), ""));
                boolean stated = known.stream().anyMatch(k -> k.agent().family().equals(agent.family())
                        && k.finalId().equalsIgnoreCase(f.id()));
                boolean dup = out.stream().anyMatch(k -> k.agent().equals(agent) && k.finalId().equals(f.id()));
                if (stated || dup) {
                    continue;
                }
                JudgementOutcome kind = f.severity().isMoreSevereThan(from.get()) ? JudgementOutcome.UPGRADED : JudgementOutcome.DOWNGRADED;
                out.add(new Judgement(agent, "", f.title(), from.get(), f.severity(), f.id(), kind,
                        abbreviate(m.text()), JudgementSource.FINDING_NOTE, f.line()));
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
