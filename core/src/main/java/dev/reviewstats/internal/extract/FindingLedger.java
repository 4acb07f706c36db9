package dev.reviewstats.internal.extract;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.Fate;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.LedgerEntry;
import dev.reviewstats.model.Link;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the finding ledger: one entry for every finding of every agent's own review, with what became
 * of it and how that was established (docs/metrics.md, "The finding ledger").
 *
 * <p>For each agent, in this order:
 * <ol>
 * <li>a later pass's finding that repeats an earlier pass's is {@link Fate#REPEATED};
 * <li>each statement (reconciliation clause, id map, calibration note, retro remark) is placed on the
 *     finding it names: by id (and pass), else by its words; the finding takes the stated fate;
 * <li>the remaining findings are matched to the consolidated findings that credit the agent, best
 *     score first; the first finding on a consolidated one is kept (at its severity: a re-grading when it
 *     differs), a further one is merged;
 * <li>statements that named no finding the parser could find are placed on what is left by
 *     elimination, or stand alone (pass 0);
 * <li>where the report has no reconciliation, the summary table's counts are the statement: its false
 *     positives are what vanished, and with no appendix its counts stand alone;
 * <li>what is left vanished, when the report was read whole and nothing forbids it; otherwise it is
 *     {@link Fate#UNLINKED} and a diagnostic names it.
 * </ol>
 */
final class FindingLedger {
    /** A later pass repeating an earlier one's finding: the same wording, not just the same file. */
    private static final double REPEAT_THRESHOLD = 0.5;
    /** Location evidence worth "the same file at nearby lines". */
    private static final double NEAR_PLACE = 0.5;
    /** At the same place, a repeat needs a little shared wording on top. */
    private static final double REPEAT_AT_THE_SAME_PLACE = 0.65;
    /** A second own finding on one consolidated finding is merged into it only on strong evidence. */
    private static final double MERGE_THRESHOLD = 0.75;
    /** A statement's words must cover this share of a finding's words to name it. */
    private static final double DESCRIBES_THRESHOLD = 0.34;

    private FindingLedger() {
    }

    /**
     * What the ledger is built from.
     *
     * @param reviewers the agents that took part
     * @param originals each agent's own review per pass
     * @param consolidated the consolidated findings
     * @param statements what the report states about the agents' findings
     * @param table the retro summary table's columns
     * @param reconciled whether a reconciliation was read
     * @param findingsRead whether every consolidated findings section was read
     * @param unreadFamilies families (lower case) some statement about which could not be read; {@code "*"} when
     *     an unreadable statement names no agent
     */
    record Inputs(List<Agent> reviewers, List<OriginalReview> originals, List<Finding> consolidated,
            List<Judgement> statements, List<AgentStats> table, boolean reconciled, boolean findingsRead,
            Set<String> unreadFamilies, Map<String, Integer> reviewersPerFamily) {
        Inputs(List<Agent> reviewers, List<OriginalReview> originals, List<Finding> consolidated,
                List<Judgement> statements, List<AgentStats> table, boolean reconciled, boolean findingsRead,
                Set<String> unreadFamilies) {
            this(reviewers, originals, consolidated, statements, table, reconciled, findingsRead, unreadFamilies,
                    perFamily(reviewers));
        }

        private static Map<String, Integer> perFamily(List<Agent> reviewers) {
            Map<String, Integer> out = new HashMap<>();
            for (Agent a : new java.util.LinkedHashSet<>(reviewers)) {
                out.merge(a.family().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            return out;
        }

        /** Whether a name in the report means this reviewer: the same model, or the family's only reviewer. */
        boolean means(Agent named, Agent reviewer) {
            if (named.equals(reviewer)) {
                return true;
            }
            if (!named.family().equalsIgnoreCase(reviewer.family()) || named.hasModel() && reviewer.hasModel()) {
                return false;
            }
            return reviewersPerFamily.getOrDefault(named.family().toLowerCase(Locale.ROOT), 0) == 1;
        }
    }

    /** One finding of an agent's own review while the ledger is built. */
    private static final class Item {
        final Agent agent;
        final int pass;
        final Finding finding;
        LedgerEntry entry;

        Item(Agent agent, int pass, Finding finding) {
            this.agent = agent;
            this.pass = pass;
            this.finding = finding;
        }

        boolean open() {
            return entry == null;
        }
    }

    static List<LedgerEntry> build(Inputs in, ParseContext ctx) {
        List<LedgerEntry> out = new ArrayList<>();
        Similarity sim = new Similarity();
        Map<String, Finding> byId = new HashMap<>();
        for (Finding f : in.consolidated()) {
            byId.putIfAbsent(f.id().toUpperCase(Locale.ROOT), f);
        }
        List<Judgement> pending = new ArrayList<>(in.statements());
        pending.sort(Comparator.comparingInt(Judgement::line));
        // A reviewer named twice is one agent; the work below is per agent, so it is done once.
        for (Agent agent : new java.util.LinkedHashSet<>(in.reviewers())) {
            List<Item> items = items(in, agent);
            List<Judgement> mine = new ArrayList<>();
            for (java.util.Iterator<Judgement> it = pending.iterator(); it.hasNext(); ) {
                Judgement j = it.next();
                if (in.means(j.agent(), agent)) {
                    mine.add(j);
                    it.remove();
                }
            }
            out.addAll(agentLedger(in, ctx, agent, items, mine, byId, sim));
        }
        // Statements about an agent that is not a reviewer (or one the name cannot tell apart) stand alone.
        for (Judgement j : pending) {
            out.add(alone(j, byId));
        }
        return out;
    }

    private static List<Item> items(Inputs in, Agent agent) {
        List<Item> items = new ArrayList<>();
        for (OriginalReview o : in.originals()) {
            if (o.itemised() && o.agent().equals(agent)) {
                for (Finding f : o.findings()) {
                    items.add(new Item(agent, Math.max(1, o.pass()), f));
                }
            }
        }
        return items;
    }

    private static List<LedgerEntry> agentLedger(Inputs in, ParseContext ctx, Agent agent, List<Item> items,
            List<Judgement> statements, Map<String, Finding> byId, Similarity sim) {
        List<LedgerEntry> alone = new ArrayList<>();
        markRepeats(items, sim);
        List<Judgement> unplaced = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Judgement j : statements) {
            Item named = named(j, items, byId, sim);
            if (named == null) {
                if (!restates(j, items, sim)) {
                    unplaced.add(j);
                }
                continue;
            }
            named.entry = stated(named, j, byId, "");
            String target = named.entry.finalId().toUpperCase(Locale.ROOT);
            if (named.entry.fate().kept() && !target.isEmpty() && !taken.add(target) && named.entry.fate() != Fate.MERGED) {
                // "I2 → S1", "S2 → S1": a second finding of the agent on one consolidated finding is merged into it.
                LedgerEntry e = named.entry;
                named.entry = new LedgerEntry(e.agent(), e.pass(), e.originalId(), e.severity(), e.title(), e.line(), Fate.MERGED,
                        e.finalId(), e.finalSeverity(), e.link(), e.score(), e.evidence(), e.evidenceLine(),
                        "another finding of the agent became " + e.finalId() + " too; " + e.reason());
            }
        }
        List<Finding> credited = in.consolidated().stream()
                .filter(f -> !f.withdrawn() && f.agents().stream().anyMatch(a -> in.means(a, agent)))
                .toList();
        Set<String> claimed = new HashSet<>();
        for (Item i : items) {
            if (i.entry != null && i.entry.fate().kept() && !i.entry.finalId().isEmpty()) {
                claimed.add(i.entry.finalId().toUpperCase(Locale.ROOT));
            }
        }
        match(items, credited, claimed, Similarity.LINK_THRESHOLD, sim);
        placeByElimination(items, unplaced, byId, sim);
        boolean reconciled = in.reconciled();
        AgentStats table = in.table().stream().filter(s -> in.means(s.agent(), agent)).findFirst().orElse(null);
        boolean itemised = in.originals().stream().anyMatch(o -> o.itemised() && o.agent().equals(agent));
        for (Judgement j : unplaced) {
            if (itemised) {
                // The agent's review is the record of what it raised: a statement about something else
                // (a design observation, a testing note) or one the parser cannot tie to a finding is no
                // raised finding's fate.
                ctx.report(DiagnosticCode.STATEMENT_UNPLACED, agent.displayName() + ": '" + describe(j)
                        + "' names no finding of the agent's own review and is not counted", j.line());
            } else {
                alone.add(alone(j, byId));
            }
        }
        if (!reconciled && table != null) {
            fromTable(agent, items, statements, table, itemised, alone);
        }
        boolean statedDrop = statements.stream().anyMatch(j -> j.outcome().countsAsDropped())
                || items.stream().anyMatch(i -> i.entry != null && i.entry.fate().countsAsDropped());
        boolean tableSaysNoneDropped = table != null && table.dropped() != null && table.dropped() == 0 && !statedDrop;
        if (tableSaysNoneDropped) {
            // The table states that nothing was dropped: what is left was kept somewhere, however reworded.
            match(items, credited, claimed, Double.MIN_VALUE, sim);
        }
        boolean readWhole = in.findingsRead() && !in.unreadFamilies().contains("*")
                && !in.unreadFamilies().contains(agent.family().toLowerCase(Locale.ROOT));
        int unlinked = 0;
        for (Item i : items) {
            if (!i.open()) {
                continue;
            }
            if (readWhole && !tableSaysNoneDropped) {
                i.entry = entry(i, Fate.VANISHED, "", null, Link.NONE, 0, null, 0,
                        "no statement names it and no consolidated finding crediting the agent matches it");
            } else {
                unlinked++;
                String why = tableSaysNoneDropped ? "the summary table counts no dropped finding for the agent, yet no"
                        + " consolidated finding crediting it matches this one" : "part of the report was not read";
                i.entry = entry(i, Fate.UNLINKED, "", null, Link.NONE, 0, null, 0, why);
                ctx.report(DiagnosticCode.LEDGER_UNLINKED, agent.displayName() + "'s " + (i.pass > 1 ? "pass " + i.pass + " " : "")
                        + label(i) + " ('"
                        + abbreviate(i.finding.title()) + "') is linked to nothing: " + why, i.finding.line());
            }
        }
        List<LedgerEntry> out = new ArrayList<>();
        for (Item i : items) {
            out.add(i.entry);
        }
        out.addAll(alone);
        if (unlinked == 0 && items.stream().anyMatch(i -> i.entry.link() == Link.MATCHED)) {
            long matched = items.stream().filter(i -> i.entry.link() == Link.MATCHED).count();
            ctx.report(DiagnosticCode.JUDGEMENT_INFERRED, agent.displayName() + ": " + matched
                    + " finding(s) linked to consolidated findings by location and wording", 0);
        }
        return out;
    }

    /** A later pass's finding that repeats one of an earlier pass of the same agent. */
    private static void markRepeats(List<Item> items, Similarity sim) {
        for (int k = 0; k < items.size(); k++) {
            Item later = items.get(k);
            for (int e = 0; e < k && later.open(); e++) {
                Item earlier = items.get(e);
                if (earlier.pass < later.pass && earlier.open() && repeats(earlier.finding, later.finding, sim)) {
                    later.entry = entry(later, Fate.REPEATED, "", null, Link.NONE, 0, JudgementSource.APPENDIX,
                            earlier.finding.line(), "repeats " + label(earlier) + " of pass " + earlier.pass);
                }
            }
        }
    }

    /**
     * Whether a statement names a finding another statement placed already: the reconciliation and an
     * id map in the appendix often say the same thing, and it is one finding.
     */
    private static boolean restates(Judgement j, List<Item> items, Similarity sim) {
        String id = j.originalId();
        for (Item i : items) {
            if (i.entry == null || i.entry.link() != Link.STATED || (j.pass() > 0 && i.pass != j.pass())) {
                continue;
            }
            if (!id.isEmpty() && i.finding.id().equalsIgnoreCase(id)) {
                return true;
            }
            if (id.isEmpty() && !j.originalTitle().isBlank() && (j.from() == null || j.from() == i.finding.severity())
                    && sim.describes(j.originalTitle(), i.finding) >= DESCRIBES_THRESHOLD
                    && i.entry.fate() == Fate.of(j.outcome())) {
                return true;
            }
        }
        return false;
    }

    /** The same wording, or the same place and much the same wording. */
    private static boolean repeats(Finding earlier, Finding later, Similarity sim) {
        double wording = sim.wording(earlier, later);
        return wording >= REPEAT_THRESHOLD || (sim.score(earlier, later) - wording >= NEAR_PLACE
                && sim.score(earlier, later) >= REPEAT_AT_THE_SAME_PLACE);
    }

    /** The finding a statement names, by its id (and pass), else by its words; {@code null} when none. */
    private static Item named(Judgement j, List<Item> items, Map<String, Finding> byId, Similarity sim) {
        List<Item> open = items.stream().filter(Item::open).toList();
        if (open.isEmpty()) {
            return null;
        }
        String id = j.originalId().toUpperCase(Locale.ROOT);
        if (id.length() >= 2 && "CIS".indexOf(id.charAt(0)) >= 0 && Character.isDigit(id.charAt(1))) {
            List<Item> same = open.stream().filter(i -> i.finding.id().equalsIgnoreCase(id)
                    && (j.pass() == 0 || i.pass == j.pass())).toList();
            if (same.size() == 1) {
                return same.get(0);
            }
            if (same.size() > 1) {
                return best(j, same, byId, 0, sim);
            }
        }
        List<Item> candidates = j.from() == null ? open
                : open.stream().filter(i -> i.finding.severity() == j.from()).toList();
        if (j.pass() > 0) {
            List<Item> inPass = candidates.stream().filter(i -> i.pass == j.pass()).toList();
            candidates = inPass.isEmpty() ? candidates : inPass;
        }
        return best(j, candidates, byId, DESCRIBES_THRESHOLD, sim);
    }

    /** The candidate the statement's words (and the finding it became) describe best, at or above {@code floor}. */
    private static Item best(Judgement j, List<Item> candidates, Map<String, Finding> byId, double floor, Similarity sim) {
        String words = j.originalTitle();
        Finding target = j.finalId().isEmpty() ? null : byId.get(j.finalId().toUpperCase(Locale.ROOT));
        Item best = null;
        double bestScore = -1;
        for (Item i : candidates) {
            double s = words.isBlank() ? 0 : sim.describes(words, i.finding);
            if (target != null) {
                s += 0.5 * sim.score(i.finding, target);
            }
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        if (best == null) {
            return null;
        }
        if (floor > 0 && bestScore < floor) {
            return null;
        }
        return best;
    }

    /** The entry a statement gives a finding it names. */
    private static LedgerEntry stated(Item i, Judgement j, Map<String, Finding> byId, String how) {
        Finding target = j.finalId().isEmpty() ? null : byId.get(j.finalId().toUpperCase(Locale.ROOT));
        Severity own = i.finding.severity();
        Fate fate = Fate.of(j.outcome());
        Severity to = null;
        if (fate.kept()) {
            to = target != null ? target.severity() : j.to() != null ? j.to() : own;
            if (fate != Fate.MERGED) {
                fate = to == own ? Fate.KEPT : to.isMoreSevereThan(own) ? Fate.UPGRADED : Fate.DOWNGRADED;
            }
        }
        String reason = how.isEmpty() ? j.reason() : how + (j.reason().isEmpty() ? "" : "; " + j.reason());
        if (fate.kept() && target != null && !target.withdrawn() && target.agents().stream().noneMatch(a -> a.family().equalsIgnoreCase(i.agent.family()))) {
            // "dropped as subsumed by Codex I1", and I1 does not credit the agent: the guide's merge keeps
            // the agent's credit; without it the finding was not kept for this agent.
            return entry(i, Fate.DROPPED, "", null, Link.STATED, 0, j.source(), j.line(),
                    "went into " + target.id() + ", which does not credit the agent" + (reason.isEmpty() ? "" : "; " + reason));
        }
        return entry(i, fate, target != null ? target.id() : j.finalId(), to, Link.STATED, 0, j.source(), j.line(), reason);
    }

    /**
     * Matches open findings to the consolidated findings that credit the agent, best score first. The
     * first finding on a consolidated finding is kept at its severity; a further one is merged into it.
     */
    private static void match(List<Item> items, List<Finding> credited, Set<String> claimed, double threshold, Similarity sim) {
        record Pair(Item item, Finding target, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Item i : items) {
            if (!i.open()) {
                continue;
            }
            for (Finding c : credited) {
                double s = sim.score(i.finding, c);
                if (s >= threshold && s > 0) {
                    pairs.add(new Pair(i, c, s));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        // Unclaimed targets first: a finding takes a consolidated finding of its own before it is merged.
        for (Pair p : pairs) {
            String id = p.target().id().toUpperCase(Locale.ROOT);
            if (p.item().open() && !claimed.contains(id)) {
                claimed.add(id);
                Severity own = p.item().finding.severity();
                Severity to = p.target().severity();
                Fate fate = to == own ? Fate.KEPT : to.isMoreSevereThan(own) ? Fate.UPGRADED : Fate.DOWNGRADED;
                p.item().entry = entry(p.item(), fate, p.target().id(), to, Link.MATCHED, p.score(), JudgementSource.APPENDIX,
                        p.target().line(), String.format(Locale.ROOT, "matched to %s by location and wording (score %.2f)",
                                p.target().id(), p.score()));
            }
        }
        double mergeAt = Math.max(threshold, MERGE_THRESHOLD);
        for (Pair p : pairs) {
            if (p.item().open() && (p.score() >= mergeAt || threshold < Similarity.LINK_THRESHOLD)) {
                p.item().entry = entry(p.item(), Fate.MERGED, p.target().id(), p.target().severity(), Link.MATCHED, p.score(),
                        JudgementSource.APPENDIX, p.target().line(), String.format(Locale.ROOT,
                                "matched to %s, which another finding of the agent already became (score %.2f)",
                                p.target().id(), p.score()));
            }
        }
    }

    /**
     * Statements whose finding the parser could not name are placed on what is left: one of the
     * statement's severity, the one its words describe best. A statement that keeps a finding at the
     * severity a match already found confirms that match instead ("2 downgraded to suggestion
     * (TrimLeft P4, …)" on a finding matched to a suggestion).
     */
    private static void placeByElimination(List<Item> items, List<Judgement> unplaced, Map<String, Finding> byId,
            Similarity sim) {
        for (java.util.Iterator<Judgement> it = unplaced.iterator(); it.hasNext(); ) {
            Judgement j = it.next();
            List<Item> open = items.stream().filter(i -> i.open() && (j.from() == null || i.finding.severity() == j.from()))
                    .filter(i -> j.pass() == 0 || i.pass == j.pass()).toList();
            if (open.isEmpty()) {
                open = items.stream().filter(i -> i.open() && (j.from() == null || i.finding.severity() == j.from())).toList();
            }
            Item confirmed = j.outcome().kept() ? confirms(j, items, sim) : null;
            if (confirmed != null && (open.isEmpty() || sim.describes(j.originalTitle(), confirmed.finding)
                    > sim.describes(j.originalTitle(), best(j, open, byId, 0, sim).finding))) {
                LedgerEntry m = confirmed.entry;
                confirmed.entry = new LedgerEntry(m.agent(), m.pass(), m.originalId(), m.severity(), m.title(), m.line(), m.fate(),
                        m.finalId(), m.finalSeverity(), Link.STATED, 0, j.source(), j.line(),
                        "the statement names it by its words; " + m.reason());
                it.remove();
                continue;
            }
            if (open.isEmpty()) {
                continue;
            }
            Item i = best(j, open, byId, 0, sim);
            i.entry = stated(i, j, byId, "placed on the one open finding it can mean");
            it.remove();
        }
    }

    /** The matched finding, kept where the statement says, whose words the statement describes best; or {@code null}. */
    private static Item confirms(Judgement j, List<Item> items, Similarity sim) {
        Item best = null;
        double bestScore = 0;
        for (Item i : items) {
            if (i.entry == null || i.entry.link() != Link.MATCHED || !i.entry.fate().kept()
                    || (j.to() != null && i.entry.finalSeverity() != j.to()) || (j.pass() > 0 && i.pass != j.pass())) {
                continue;
            }
            double s = sim.describes(j.originalTitle(), i.finding);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return bestScore >= DESCRIBES_THRESHOLD ? best : null;
    }

    /**
     * Where the report has no reconciliation, the summary table's counts are the statement: its false
     * positives are among the findings that vanished, most severe first (the table does not say which);
     * with no appendix, each count stands alone.
     */
    private static void fromTable(Agent agent, List<Item> items, List<Judgement> statements, AgentStats table,
            boolean itemised, List<LedgerEntry> alone) {
        // Retro prose re-labels some of the table's false positives (out of scope, declined, withdrawn).
        List<Judgement> relabels = statements.stream().filter(j -> j.source() == JudgementSource.RETRO).toList();
        // False positives a statement already names (an id map, a note) are among the table's count.
        long named = items.stream().filter(i -> i.entry != null && i.entry.fate() == Fate.FALSE_POSITIVE).count();
        int fp = table.falsePositives() == null ? 0 : (int) Math.max(0, table.falsePositives() - relabels.size() - named);
        if (fp > 0) {
            List<Item> vanished = items.stream().filter(Item::open)
                    .sorted(Comparator.comparing((Item i) -> i.finding.severity().ordinal())).toList();
            for (Item i : vanished) {
                if (fp == 0) {
                    break;
                }
                i.entry = entry(i, Fate.FALSE_POSITIVE, "", null, Link.STATED, 0, JudgementSource.RETRO_TABLE, 0,
                        "the summary table counts the agent's false positives and does not name them; this one vanished");
                fp--;
            }
            for (int k = 0; k < fp; k++) {
                alone.add(new LedgerEntry(agent, 0, "", null, "", 0, Fate.FALSE_POSITIVE, "", null, Link.STATED, 0,
                        JudgementSource.RETRO_TABLE, 0, "counted by the summary table's False positives row"));
            }
        }
        if (itemised) {
            return;
        }
        if (table.downgraded() != null && statements.stream().noneMatch(j -> j.outcome() == JudgementOutcome.DOWNGRADED)) {
            List<String> transitions = table.downgraded().transitions();
            // A move the Downgraded cell counts ("I1→ack'd") is a drop, as the guide rules.
            for (int k = 0; k < table.downgraded().moves(); k++) {
                alone.add(new LedgerEntry(agent, 0, "", null, "", 0, Fate.MOVED, "", null, Link.STATED, 0,
                        JudgementSource.RETRO_TABLE, 0, "the summary table's Downgraded row counts it, as a move out of the findings"));
            }
            for (int k = 0; k < table.downgraded().regradings(); k++) {
                // "2 (I→S)" names the kinds of downgrade, not one per finding: a single kind is every one's.
                String t = transitions.size() == 1 ? transitions.get(0) : k < transitions.size() ? transitions.get(k) : "";
                Severity from = t.length() >= 3 ? Severity.fromLetter(t.charAt(0)).orElse(null) : null;
                Severity to = t.length() >= 3 ? Severity.fromLetter(t.charAt(t.length() - 1)).orElse(null) : null;
                boolean known = from != null && to != null && from.isMoreSevereThan(to);
                alone.add(new LedgerEntry(agent, 0, "", known ? from : null, "", 0, Fate.DOWNGRADED, "",
                        known ? to : null, Link.STATED, 0, JudgementSource.RETRO_TABLE, 0,
                        known ? "counted by the summary table's Downgraded row" : "counted by the summary table's Downgraded"
                                + " row, which does not say from which severity to which"));
            }
        }
        if (table.dropped() != null) {
            for (int k = 0; k < table.dropped(); k++) {
                alone.add(new LedgerEntry(agent, 0, "", null, "", 0, Fate.DROPPED, "", null, Link.STATED, 0,
                        JudgementSource.RETRO_TABLE, 0, "counted by the summary table's Dropped row"));
            }
        }
        for (Judgement j : relabels) {
            alone.add(alone(j, Map.of()));
        }
    }

    /** A statement no appendix item carries: it counts in what it states, with pass 0. */
    private static LedgerEntry alone(Judgement j, Map<String, Finding> byId) {
        Finding target = j.finalId().isEmpty() ? null : byId.get(j.finalId().toUpperCase(Locale.ROOT));
        Fate fate = Fate.of(j.outcome());
        Severity to = fate.kept() ? (target != null ? target.severity() : j.to()) : null;
        Severity from = j.from();
        if ((fate == Fate.DOWNGRADED || fate == Fate.UPGRADED) && from != null && to != null
                && (from == to || to.isMoreSevereThan(from) != (fate == Fate.UPGRADED))) {
            // The target finding's severity disagrees with the statement's words: the words are the statement.
            to = j.to();
        }
        return new LedgerEntry(j.agent(), 0, j.originalId(), from, j.originalTitle(), 0, fate,
                target != null ? target.id() : j.finalId(), to, Link.STATED, 0, j.source(), j.line(), j.reason());
    }

    private static LedgerEntry entry(Item i, Fate fate, String finalId, Severity to, Link link, double score,
            JudgementSource evidence, int evidenceLine, String reason) {
        return new LedgerEntry(i.agent, i.pass, i.finding.id(), i.finding.severity(), i.finding.title(), i.finding.line(), fate,
                finalId, fate.kept() ? to : null, link, link == Link.MATCHED ? Math.max(score, Double.MIN_VALUE) : 0,
                evidence, evidenceLine, reason);
    }

    private static String label(Item i) {
        return i.finding.id().isEmpty() ? "finding" : i.finding.id();
    }

    private static String describe(Judgement j) {
        String what = !j.originalId().isEmpty() ? j.originalId() : j.originalTitle();
        return abbreviate((what.isEmpty() ? "" : what + ": ") + j.outcome().jsonName());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
