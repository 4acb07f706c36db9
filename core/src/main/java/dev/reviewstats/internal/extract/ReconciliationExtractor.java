package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.ListItem;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads severity changes from the Reconciliation text, in all its wordings, and from calibration
 * notes inside consolidated findings.
 */
final class ReconciliationExtractor {
    /** {@code **Reconciliation:** …}, or the same without the bold a flattened page lost. */
    private static final Pattern LABEL = Pattern.compile(
            "(?is)^(?:\\*\\*reconciliation\\s*:?\\s*\\*\\*\\s*[:—–-]?|reconciliation\\s*[:—–-])\\s*(?<text>.*)$");
    /** A severity word, captured as {@code name}. */
    private static String severityGroup(String name) {
        return "(?<" + name + ">critical|important|suggestion)s?";
    }
    private static final String ARROW_TOKEN = "(?:→|->|—>|=>)";
    /** {@code critical → important}, {@code critical to important}. */
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\b" + severityGroup("from") + "\\b\\s*(?:[CIS]\\d{1,3}\\s*)?(?:" + ARROW_TOKEN + "|\\bto\\b)\\s*(?:[a-z]+\\s+){0,2}?\\b" + severityGroup("to") + "\\b");
    /** {@code downgraded to important}, {@code consolidated as S2 (suggestion)}. */
    private static final Pattern TO_ONLY = Pattern.compile("(?i)\\b(?:downgraded|demoted|promoted|upgraded|reduced|raised|lowered|calibrated|reclassified|consolidated|retained)\\s+(?:\\w+\\s+){0,2}?(?:to|as)\\s+" + severityGroup("to") + "\\b");
    /** {@code → Important (I1)}, {@code → consolidated as I2}. */
    private static final Pattern ARROW_TO = Pattern.compile("(?i)" + ARROW_TOKEN + "\\s*(?:consolidated\\s+as\\s+|promoted\\s+to\\s+|demoted\\s+to\\s+)?(?:an?\\s+)?" + severityGroup("to") + "\\b");
    private static final Pattern FROM_BEFORE_ARROW = Pattern.compile("(?i)\\b" + severityGroup("from") + "\\s*" + ARROW_TOKEN);
    private static final Pattern AT_SEVERITY = Pattern.compile("(?i)\\bat\\s+" + severityGroup("from") + "\\b");
    /** {@code → merged into S2}: the target finding's letter is the new severity. */
    private static final Pattern INTO_ID = Pattern.compile("(?i)(?:" + ARROW_TOKEN + "|merged\\s+(?:with\\s+\\S+\\s+)?into|consolidated\\s+as|reconciled\\s+to)\\s*(?:\\w+\\s+){0,2}?\\(?(?<letter>[CIS])(?<digits>\\d{1,3})\\b");
    private static final Pattern KEPT = Pattern.compile("(?i)\\b(?:kept|retained|unchanged)\\b");
    private static final Pattern REJECTED = Pattern.compile("(?i)\\b(?:rejected|false[- ]positives?|dropped|not a bug|invalid|withdrawn|withdrew|retracted|discarded|declined|excluded|removed|out[- ]of[- ]scope|pre-?existing)\\b");
    /** Folded into another consolidated finding: the agent is credited there. */
    private static final Pattern MERGED = Pattern.compile("(?i)\\b(?:merged|folded|combined|absorbed|rolled)\\s+(?:\\w+\\s+){0,3}?(?:into|with)\\b|\\bduplicates?\\s+(?:of\\s+)?[CIS]\\d|\\bsubsumed\\b|\\bdeduplicated\\b");
    /** Not kept because it lies outside the change or predates it. */
    private static final Pattern OUT_OF_SCOPE = Pattern.compile("(?i)\\bout[- ]of[- ](?:the[- ])?(?:scope|diff)\\b|\\boutside\\s+(?:the\\s+|this\\s+)?(?:scope|diff|change|pr)\\b|\\bpre-?existing\\b|\\bnot\\s+(?:introduced|changed|touched)\\s+(?:by|in)\\b|\\bunrelated\\s+to\\s+(?:this|the)\\b|\\bdocumented\\s+exception\\b|\\bnot\\s+in\\s+(?:the|this)\\s+(?:diff|pr|change)\\b|\\bnot\\s+part\\s+of\\s+(?:the|this)\\s+(?:diff|pr|change)\\b");
    /** Not kept because an earlier round already settled it. */
    private static final Pattern DECLINED_EARLIER = Pattern.compile("(?i)\\b(?:earlier|prior|previous|past)[\\s-]+rounds?\\b|\\bdeclined[\\s-]+(?:gates?|prior|earlier|rounds?)\\b|\\bstanding[\\s-]+declined\\b|\\brounds?\\s+\\d|\\bR\\d+\\b|\\balready\\s+(?:been\\s+)?(?:declined|addressed|fixed|resolved|discussed|rejected)\\b|\\bdeclined\\s+(?:in|by|earlier|previously|before)\\b|\\bpreviously\\s+(?:declined|addressed|rejected)\\b|\\basked\\s+for\\s+(?:by|in)\\b");
    /** Withdrawn by the agent itself, not by consolidation. */
    private static final Pattern WITHDRAWN_BY_AGENT = Pattern.compile("(?i)\\b(?:self-?withdrawn|self-?retracted|withdr(?:ew|awn)\\s+(?:by\\s+)?(?:the\\s+agent|itself|its\\s+own|it\\s+in|in\\s+its|on\\s+its|[A-Z][a-z]+\\s+itself)|(?:agent|it)\\s+(?:itself\\s+)?(?:withdrew|retracted))");
    /** Wording that says the claim itself was wrong. */
    private static final Pattern WRONG = Pattern.compile("(?i)\\bfalse[- ]positives?\\b|\\bnot\\s+a\\s+(?:real\\s+)?(?:bug|defect|issue|problem)\\b|\\bincorrect\\b|\\bwrong\\b|\\bmisread|\\bmisunderst|\\bpremise\\b|\\bequivalent\\b|\\balready\\s+(?:does|handles|handled|checks|covered|guarded|present|exists|done)\\b|\\bnot\\s+(?:reachable|possible)\\b|\\bcannot\\s+(?:happen|occur)\\b|\\binvalid\\b|\\bdoes\\s+not\\s+(?:hold|apply|exist)\\b|\\bunfounded\\b|\\bnon-?issue\\b");
    private static final Pattern MOVED = Pattern.compile("(?i)\\b(?:design observations?|design concerns?|acknowledged limitations?)\\b");
    private static final Pattern IDS = Pattern.compile("^\\s*(?:(?<pass>P\\d{1,2})\\s+)?(?<id>[A-Z]\\d{1,3})?\\b");
    private static final Pattern RAISED_ITS = Pattern.compile("(?i)^\\s*(?:raised|filed|flagged)\\s+its\\s+");
    /** A severity-lettered finding id: {@code S3}, the agent's own or the consolidated one. */
    private static final Pattern LETTERED_ID = Pattern.compile("\\b(?<id>[CIS]\\d{1,3})\\b");
    private static final Pattern TITLE = Pattern.compile("^\\s*(?:\\((?<paren>[^)]*)\\)|\"(?<quoted>[^\"]*)\"|“(?<curly>[^”]*)”)");
    /** How much of a clause the reason pattern sees: real reasons are a sentence; its alternatives rescan long space runs. */
    private static final int MAX_REASON_INPUT = 2_000;
    private static final Pattern REASON = Pattern.compile("(?i)(?:,?\\s*because\\s+|\\s+—\\s+|\\.\\s+|;\\s+|:\\s+|\\(\\s*|rationale:\\s*)(?<reason>.*)$");
    private static final Pattern SIGNALS = Pattern.compile("(?i)" + ARROW_TOKEN + "|\\b(?:critical|important|suggestion|downgraded|promoted|dropped|rejected|withdrawn|withdrew|merged|folded|reframed|declined|moved)\\b");
    private static final Pattern CALIBRATION = Pattern.compile(
            "(?i)\\b(?<family>[A-Z][a-z]+)\\s+(?:originally\\s+|initially\\s+)?(?:flagged|rated|filed|raised|classified|marked|graded|reported)\\s+(?:this|it)\\s+(?:as\\s+)?(?:an?\\s+)?" + severityGroup("severity"));

    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
            "(?<=[.;])\\s+(?=[A-Z][a-z]+(?:\\s+raised\\s+its)?\\s+[A-Z]{1,2}\\d{1,3}\\b)");
    private static final Pattern LEADING_NON_LETTERS = Pattern.compile("^[^\\p{L}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("^(?:'s)?\\s*");
    private static final Pattern BECAUSE = Pattern.compile("(?i),?\\s*\\bbecause\\s+(?<reason>.*)$");
    private static final Pattern REASON_END = Pattern.compile("\\)?\\.?$");
    private static final Pattern WORDS = Pattern.compile("[,\\s]+");
    private static final Pattern SEVERITY_WORD = Pattern.compile("(?i)critical|important|suggestion");
    private ReconciliationExtractor() {
    }

    /** Collects the reconciliation clauses of the retro and reconciliation parts. */
    static List<Clause> clauses(List<Part> parts) {
        List<Clause> out = new ArrayList<>();
        for (Part p : parts) {
            boolean all = p.region() == Region.RECONCILIATION;
            boolean collecting = all;
            for (Block b : p.blocks()) {
                if (b instanceof Paragraph para) {
                    Matcher m = LABEL.matcher(para.text().strip());
                    if (m.matches()) {
                        collecting = true;
                        split(m.group("text"), para.line(), out);
                    } else if (all) {
                        split(para.text(), para.line(), out);
                    } else {
                        collecting = false;
                    }
                } else if (b instanceof ListBlock l && collecting) {
                    for (ListItem i : l.items()) {
                        out.add(new Clause(Inline.plain(i.text().replace("\n", " ")), i.line()));
                    }
                    collecting = all;
                } else {
                    collecting = all;
                }
            }
        }
        return out;
    }

    /** A paragraph may hold several changes: split where a sentence starts with an agent and an id. */
    private static void split(String text, int line, List<Clause> out) {
        String plain = Inline.plain(text.replace("\n", " "));
        if (plain.isEmpty()) {
            return;
        }
        for (String s : CLAUSE_BOUNDARY.split(plain)) {
            out.add(new Clause(s.strip(), line));
        }
    }

    record Clause(String text, int line) {
    }

    static List<Judgement> changes(List<Clause> clauses, ParseContext ctx) {
        List<Judgement> out = new ArrayList<>();
        for (Clause c : clauses) {
            // Commentary between changes ("Claude provided the most value") names no grade: not a change.
            if (!SIGNALS.matcher(c.text()).find()) {
                continue;
            }
            Optional<String> family = ctx.agents().leadingFamily(c.text());
            if (family.isEmpty()) {
                ctx.report(DiagnosticCode.RECONCILIATION_UNREADABLE, "reconciliation clause names no agent: '"
                        + abbreviate(c.text()) + "'", c.line());
                continue;
            }
            Outcome o = parse(c, family.get(), ctx);
            if (o.change() != null) {
                out.add(o.change());
                out.addAll(alsoNamed(o.change(), c.text(), family.get()));
            } else if (!o.unchanged()) {
                ctx.report(DiagnosticCode.RECONCILIATION_UNREADABLE,
                        "reconciliation clause gives no severity change: '" + abbreviate(c.text()) + "'", c.line());
            }
        }
        return out;
    }

    /** An agent finding id in a clause's subject: {@code I5}, {@code C1}, {@code P2}. */
    private static final Pattern SUBJECT_ID = Pattern.compile("\\b(?<id>[CISP]\\d{1,3})\\b");
    /** Where a clause's subject ends: the arrow or the verb that says what happened. */
    private static final Pattern SUBJECT_END = Pattern.compile("(?i)" + ARROW_TOKEN
            + "|\\b(?:were|was|are|is|all|both|dropped|rejected|downgraded|upgraded|promoted|demoted|merged|moved|reframed|withdrawn)\\b|:");

    /**
     * The same judgement for the further findings a clause names in its subject: "Claude I1 (…) and I5
     * (…) → dropped", "Gemini C1, I1, I2 → all dropped". Parenthesised titles are skipped. Each
     * further finding takes its own severity from its id; a re-grading that would not be one for it
     * (the same severity, or the other direction) is left out.
     */
    private static List<Judgement> alsoNamed(Judgement first, String clause, String family) {
        String subject = withoutParentheses(subject(afterFamily(clause, family)));
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
            Severity from = Severity.fromLetter(id.charAt(0)).orElse(first.from());
            JudgementOutcome outcome = first.outcome();
            if (outcome == JudgementOutcome.DOWNGRADED || outcome == JudgementOutcome.UPGRADED) {
                if (from == null || from == first.to()) {
                    continue;
                }
                outcome = first.to().isMoreSevereThan(from) ? JudgementOutcome.UPGRADED : JudgementOutcome.DOWNGRADED;
            }
            out.add(new Judgement(first.agent(), id, "", from, first.to(), "", outcome, first.reason(), first.source(),
                    first.line()));
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

    private static Outcome parse(Clause c, String family, ParseContext ctx) {
        String rest = afterFamily(c.text(), family);
        rest = RAISED_ITS.matcher(rest).replaceFirst("");
        String originalId = "";
        Matcher ids = IDS.matcher(rest);
        if (ids.find() && ids.end() > 0) {
            originalId = ids.group("id") != null ? ids.group("id") : ids.group("pass") == null ? "" : ids.group("pass");
            rest = rest.substring(ids.end());
        }
        String title = "";
        int titleEnd = 0;
        Matcher t = TITLE.matcher(rest);
        if (t.find()) {
            titleEnd = t.end();
            title = t.group("paren") != null ? t.group("paren") : t.group("quoted") != null ? t.group("quoted") : t.group("curly");
        }
        Severity from = null;
        Severity to = null;
        int after = 0;
        Matcher m;
        if ((m = FROM_TO.matcher(rest)).find()) {
            from = sev(m.group("from"));
            to = sev(m.group("to"));
            after = m.end();
        } else if ((m = ARROW_TO.matcher(rest)).find() || (m = TO_ONLY.matcher(rest)).find()) {
            to = sev(m.group("to"));
            after = m.end();
        } else if ((m = INTO_ID.matcher(rest)).find()) {
            to = Severity.fromLetter(m.group("letter").charAt(0)).orElse(null);
            after = m.start(1);
        }
        if (from == null && (m = FROM_BEFORE_ARROW.matcher(rest)).find()) {
            from = sev(m.group("from"));
        }
        if (from == null && (m = AT_SEVERITY.matcher(rest)).find()) {
            from = sev(m.group("from"));
        }
        if (from == null) {
            from = severityFromTitleOrId(title, originalId);
        }
        if (from == null || !LETTERED_ID.matcher(originalId).matches()) {
            // "Claude P1 image-name length (S3 in its review): dropped": the agent's own id is in the subject.
            Matcher own = LETTERED_ID.matcher(subject(rest));
            if (own.find()) {
                originalId = own.group("id");
                if (from == null) {
                    from = Severity.fromLetter(originalId.charAt(0)).orElse(null);
                }
            }
        }
        Matcher mergedAt = MERGED.matcher(rest);
        boolean merged = mergedAt.find();
        if (merged && to != null && from != null && to != from && mergedAt.start() > after) {
            // "important → suggestion S1 (docs-only; merged with Codex S1)": the re-grading is the
            // statement, the merge its detail; the finding was kept at a lower severity.
            merged = false;
        }
        if (from == null && to != null && !merged) {
            return new Outcome(null, false);
        }
        if ((to != null && to == from && !merged) || (to == null && KEPT.matcher(rest).find() && !REJECTED.matcher(rest).find())) {
            return new Outcome(null, true);
        }
        JudgementOutcome kind;
        String finalId = "";
        if (merged) {
            kind = JudgementOutcome.MERGED;
            Matcher f = LETTERED_ID.matcher(rest);
            if (f.find()) {
                finalId = f.group("id");
                to = Severity.fromLetter(finalId.charAt(0)).orElse(to);
            }
        } else if (to != null) {
            kind = to.isMoreSevereThan(from) ? JudgementOutcome.UPGRADED : JudgementOutcome.DOWNGRADED;
            Matcher f = LETTERED_ID.matcher(rest.substring(after));
            if (f.find() && f.start() < 40) {
                finalId = f.group("id");
                after += f.end();
            }
        } else if (MOVED.matcher(rest).find()) {
            kind = JudgementOutcome.MOVED_TO_DESIGN_OBSERVATION;
        } else if (REJECTED.matcher(rest).find() || WRONG.matcher(rest).find()) {
            kind = notKept(rest);
        } else {
            return new Outcome(null, false);
        }
        // The reason follows the verdict, and never starts inside the title's parentheses.
        String tail = rest.substring(Math.min(Math.max(after, titleEnd), rest.length()));
        String bounded = tail.length() > MAX_REASON_INPUT ? tail.substring(0, MAX_REASON_INPUT) : tail;
        Matcher because = BECAUSE.matcher(bounded);
        Matcher r = because.find() ? because : REASON.matcher(bounded);
        String reason = r == because || r.find() ? REASON_END.matcher(r.group("reason")).replaceFirst("").strip() : "";
        Agent agent = ctx.agents().resolve(Agent.of(family, "")).orElse(Agent.of(family, ""));
        return new Outcome(new Judgement(agent, originalId, title, from, to, finalId, kind, reason,
                JudgementSource.RECONCILIATION, c.line()), false);
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
        for (Map.Entry<JudgementOutcome, Pattern> e : NOT_KEPT_REASONS) {
            Matcher m = e.getValue().matcher(clause);
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
    private static final List<Map.Entry<JudgementOutcome, Pattern>> NOT_KEPT_REASONS = List.of(
            Map.entry(JudgementOutcome.WITHDRAWN_BY_AGENT, WITHDRAWN_BY_AGENT),
            Map.entry(JudgementOutcome.FALSE_POSITIVE, WRONG),
            Map.entry(JudgementOutcome.OUT_OF_SCOPE, OUT_OF_SCOPE),
            Map.entry(JudgementOutcome.DECLINED_EARLIER, DECLINED_EARLIER));

    /** The clause after its leading agent family name (and a possessive). */
    private static String afterFamily(String text, String family) {
        String t = LEADING_NON_LETTERS.matcher(text).replaceFirst("");
        if (t.regionMatches(true, 0, family, 0, family.length())) {
            t = t.substring(family.length());
        }
        return POSSESSIVE.matcher(t).replaceFirst("");
    }

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

    /** The verbs {@link #CALIBRATION} needs; a body without any of them is not worth the pattern. */
    private static final List<String> CALIBRATION_VERBS = List.of("flagged", "rated", "filed", "raised", "classified", "marked",
            "graded", "reported");

    /** Whether some verb of {@link #CALIBRATION} is followed by white space, "this" or "it", and white space. */
    private static boolean mayCalibrate(String body) {
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        for (String verb : CALIBRATION_VERBS) {
            for (int i = lower.indexOf(verb); i >= 0; i = lower.indexOf(verb, i + 1)) {
                int j = i + verb.length();
                int afterSpace = skipSpace(lower, j);
                if (afterSpace > j) {
                    for (String object : List.of("this", "it")) {
                        int end = afterSpace + object.length();
                        if (lower.startsWith(object, afterSpace) && skipSpace(lower, end) > end) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The index after the run of {@code \s} white space starting at {@code from}. */
    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
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
            Matcher m = CALIBRATION.matcher(f.body());
            boolean worthTrying = mayCalibrate(f.body());
            while (worthTrying && m.find()) {
                Optional<String> family = ctx.agents().family(m.group("family"));
                Optional<Severity> from = Severity.fromWord(m.group("severity"));
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
                        abbreviate(m.group()), JudgementSource.FINDING_NOTE, f.line()));
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
