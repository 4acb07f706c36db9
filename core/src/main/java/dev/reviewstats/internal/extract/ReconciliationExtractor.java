package dev.reviewstats.internal.extract;

import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.Inline;
import dev.reviewstats.internal.outline.ListBlock;
import dev.reviewstats.internal.outline.ListItem;
import dev.reviewstats.internal.outline.Paragraph;
import dev.reviewstats.model.Agent;
import dev.reviewstats.model.ChangeKind;
import dev.reviewstats.model.ChangeSource;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.SeverityChange;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads severity changes from the Reconciliation text, in all its wordings, and from calibration
 * notes inside consolidated findings.
 */
final class ReconciliationExtractor {
    private static final Pattern LABEL = Pattern.compile("(?is)^\\*\\*reconciliation\\s*:?\\s*\\*\\*\\s*:?\\s*(.*)$");
    private static final String SEV = "(critical|important|suggestion)s?";
    private static final Pattern ARROW = Pattern.compile("(?i)\\b" + SEV + "\\b\\s*(?:→|->|—>|=>|\\bto\\b)\\s*(?:[a-z]+\\s+){0,2}?\\b" + SEV + "\\b");
    private static final Pattern TO_ONLY = Pattern.compile("(?i)\\b(?:downgraded|demoted|promoted|upgraded|reduced|raised|lowered|calibrated|reclassified)\\s+(?:\\w+\\s+){0,2}?to\\s+" + SEV + "\\b");
    private static final Pattern REJECTED = Pattern.compile("(?i)\\b(?:rejected|false positive|dropped|not a bug|invalid|withdrawn|discarded)\\b");
    private static final Pattern MOVED = Pattern.compile("(?i)(?:→|->|\\bto\\b)\\s*(?:an?\\s+)?(?:design observation|acknowledged limitation|testing gap|documentation|limitation|process note)");
    private static final Pattern ORIGINAL_ID = Pattern.compile("^\\s*([A-Z]{1,2}\\d{1,3})\\b");
    private static final Pattern FINAL_ID = Pattern.compile("\\b([CIS]\\d{1,3})\\b");
    private static final Pattern TITLE = Pattern.compile("^\\s*(?:\\(([^)]*)\\)|\"([^\"]*)\"|“([^”]*)”)");
    private static final Pattern REASON = Pattern.compile("(?i)(?:,?\\s*because\\s+|\\s+—\\s+|\\.\\s+|;\\s+|:\\s+|\\(\\s*|rationale:\\s*)(.*)$");
    private static final Pattern CALIBRATION = Pattern.compile(
            "(?i)\\b([A-Z][a-z]+)\\s+(?:originally\\s+|initially\\s+)?(?:flagged|rated|filed|raised|classified|marked|graded|reported)\\s+(?:this|it)\\s+(?:as\\s+)?(?:an?\\s+)?" + SEV);

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
                        split(m.group(1), para.line(), out);
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
        for (String s : plain.split("(?<=[.;])\\s+(?=[A-Z][a-z]+\\s+[A-Z]{1,2}\\d{1,3}\\b)")) {
            out.add(new Clause(s.strip(), line));
        }
    }

    record Clause(String text, int line) {
    }

    static List<SeverityChange> changes(List<Clause> clauses, ParseContext ctx) {
        List<SeverityChange> out = new ArrayList<>();
        for (Clause c : clauses) {
            Optional<String> family = ctx.agents().leadingFamily(c.text());
            if (family.isEmpty()) {
                // Commentary between changes ("All three agents …") is not a change.
                if (ARROW.matcher(c.text()).find()) {
                    ctx.report(DiagnosticCode.RECONCILIATION_UNREADABLE, "reconciliation clause names no agent: '"
                            + abbreviate(c.text()) + "'", c.line());
                }
                continue;
            }
            parse(c, family.get(), ctx).ifPresentOrElse(out::add, () -> ctx.report(
                    DiagnosticCode.RECONCILIATION_UNREADABLE,
                    "reconciliation clause gives no severity change: '" + abbreviate(c.text()) + "'", c.line()));
        }
        return out;
    }

    private static Optional<SeverityChange> parse(Clause c, String family, ParseContext ctx) {
        String rest = c.text().replaceFirst("^\\W*" + Pattern.quote(family) + "(?:'s)?\\s*", "");
        String originalId = "";
        Matcher id = ORIGINAL_ID.matcher(rest);
        if (id.find()) {
            originalId = id.group(1);
            rest = rest.substring(id.end());
        }
        String title = "";
        Matcher t = TITLE.matcher(rest);
        if (t.find()) {
            title = t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3);
        }
        Severity from = null;
        Severity to = null;
        int after;
        Matcher arrow = ARROW.matcher(rest);
        Matcher toOnly = TO_ONLY.matcher(rest);
        if (arrow.find()) {
            from = Severity.fromWord(arrow.group(1)).orElse(null);
            to = Severity.fromWord(arrow.group(2)).orElse(null);
            after = arrow.end();
        } else if (toOnly.find()) {
            to = Severity.fromWord(toOnly.group(1)).orElse(null);
            after = toOnly.end();
        } else {
            after = 0;
        }
        if (from == null) {
            from = severityFromTitleOrId(title, originalId);
        }
        if (from == null) {
            return Optional.empty();
        }
        ChangeKind kind;
        String finalId = "";
        if (to != null) {
            kind = to == from ? null : to.isMoreSevereThan(from) ? ChangeKind.UPGRADED : ChangeKind.DOWNGRADED;
            if (kind == null) {
                return Optional.empty();
            }
            Matcher f = FINAL_ID.matcher(rest.substring(after));
            if (f.find() && f.start() < 40) {
                finalId = f.group(1);
                after += f.end();
            }
        } else if (MOVED.matcher(rest).find()) {
            kind = ChangeKind.MOVED;
        } else if (REJECTED.matcher(rest).find()) {
            kind = ChangeKind.REJECTED;
        } else {
            return Optional.empty();
        }
        Matcher r = REASON.matcher(rest.substring(Math.min(after, rest.length())));
        String reason = r.find() ? r.group(1).replaceFirst("\\)?\\.?$", "").strip() : "";
        Agent agent = ctx.agents().resolve(Agent.of(family, "")).orElse(Agent.of(family, ""));
        return Optional.of(new SeverityChange(agent, originalId, title, from, to, finalId, kind, reason,
                ChangeSource.RECONCILIATION, c.line()));
    }

    private static Severity severityFromTitleOrId(String title, String originalId) {
        for (String w : title.split("[,\\s]+")) {
            Optional<Severity> s = Severity.fromWord(w);
            if (s.isPresent() && w.matches("(?i)critical|important|suggestion")) {
                return s.get();
            }
        }
        if (originalId.length() >= 2 && Character.isDigit(originalId.charAt(1))) {
            return Severity.fromLetter(originalId.charAt(0)).orElse(null);
        }
        return null;
    }

    /**
     * Calibration notes inside a finding ("Gemini flagged this as Critical …"), unless the
     * reconciliation already states the same change.
     */
    static List<SeverityChange> calibrations(List<Finding> findings, List<SeverityChange> known, ParseContext ctx) {
        List<SeverityChange> out = new ArrayList<>();
        for (Finding f : findings) {
            Matcher m = CALIBRATION.matcher(f.body());
            while (m.find()) {
                Optional<String> family = ctx.agents().family(m.group(1));
                Optional<Severity> from = Severity.fromWord(m.group(2));
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
                ChangeKind kind = f.severity().isMoreSevereThan(from.get()) ? ChangeKind.UPGRADED : ChangeKind.DOWNGRADED;
                out.add(new SeverityChange(agent, "", f.title(), from.get(), f.severity(), f.id(), kind,
                        abbreviate(m.group()), ChangeSource.FINDING_NOTE, f.line()));
            }
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
