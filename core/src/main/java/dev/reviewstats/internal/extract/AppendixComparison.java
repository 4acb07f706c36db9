package dev.reviewstats.internal.extract;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.Location;
import dev.reviewstats.model.OriginalReview;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Judgements the report never states but implies: an agent's own finding (appendix) linked to the
 * consolidated finding that credits the agent, at another severity, was re-graded; one linked to none
 * vanished, which the gold guide counts as dropped. A finding the report already judges (by its id,
 * or the consolidated finding it became) is left alone, so a stated judgement always wins.
 *
 * <p>Links are made on the evidence a reader uses: the same file at nearby lines, and shared title
 * words. Each link is a judgement with source {@link JudgementSource#APPENDIX} and its score in the
 * reason, so a reader can see it was inferred.
 */
final class AppendixComparison {
    /** The lowest score that links two findings: a shared file alone is not enough, nor a word or two. */
    static final double LINK_THRESHOLD = 0.34;
    private static final double SAME_FILE = 0.25;
    private static final double NEAR_LINES = 0.25;
    private static final int NEAR = 12;
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "when", "not", "are", "was", "from",
            "into", "that", "this", "its", "but", "can", "has", "have", "does", "doesn", "than", "then", "use", "uses",
            "used", "may", "after", "before", "only", "all", "any", "one", "two", "new", "via", "per", "out", "without");

    private AppendixComparison() {
    }

    static List<Judgement> judgements(List<OriginalReview> originals, List<Finding> consolidated, List<Judgement> stated) {
        Set<String> statedIds = new HashSet<>();
        Set<String> statedTargets = new HashSet<>();
        for (Judgement j : stated) {
            if (!j.originalId().isEmpty()) {
                statedIds.add(key(j.agent(), j.originalId()));
            }
            if (!j.finalId().isEmpty()) {
                statedTargets.add(key(j.agent(), j.finalId()));
            }
        }
        List<Judgement> out = new ArrayList<>();
        List<OriginalReview> earlier = new ArrayList<>();
        for (OriginalReview o : originals) {
            if (!o.itemised()) {
                continue;
            }
            List<Finding> credited = consolidated.stream()
                    .filter(c -> !c.withdrawn() && c.agents().stream().anyMatch(a -> sameAgent(a, o.agent())))
                    .toList();
            for (Finding own : o.findings()) {
                if (statedIds.contains(key(o.agent(), own.id())) || repeatsEarlierPass(own, o.agent(), earlier)) {
                    continue;
                }
                Finding best = null;
                double bestScore = 0;
                for (Finding c : credited) {
                    double s = score(own, c);
                    if (s > bestScore) {
                        bestScore = s;
                        best = c;
                    }
                }
                if (best == null || bestScore < LINK_THRESHOLD) {
                    out.add(new Judgement(o.agent(), own.id(), own.title(), own.severity(), null, "",
                            JudgementOutcome.OTHER, "no consolidated finding crediting the agent matches it",
                            JudgementSource.APPENDIX, own.line()));
                } else if (best.severity() != own.severity() && !statedTargets.contains(key(o.agent(), best.id()))) {
                    JudgementOutcome outcome = best.severity().isMoreSevereThan(own.severity())
                            ? JudgementOutcome.UPGRADED : JudgementOutcome.DOWNGRADED;
                    out.add(new Judgement(o.agent(), own.id(), own.title(), own.severity(), best.severity(), best.id(),
                            outcome, String.format(Locale.ROOT, "linked to %s by location and title (score %.2f)",
                                    best.id(), bestScore), JudgementSource.APPENDIX, own.line()));
                }
            }
            earlier.add(o);
        }
        return out;
    }

    /** Judgements and findings are matched by family and id; ids are unique per agent within a review. */
    private static String key(Agent agent, String id) {
        return agent.family().toLowerCase(Locale.ROOT) + " " + id.toUpperCase(Locale.ROOT);
    }

    /** A later pass that repeats a finding of the same agent's earlier pass: one finding, judged once. */
    private static boolean repeatsEarlierPass(Finding own, Agent agent, List<OriginalReview> earlier) {
        for (OriginalReview e : earlier) {
            if (e.agent().equals(agent) && e.findings().stream().anyMatch(f -> score(own, f) >= LINK_THRESHOLD)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAgent(Agent named, Agent reviewer) {
        return named.family().equalsIgnoreCase(reviewer.family())
                && (!named.hasModel() || !reviewer.hasModel() || named.model().equalsIgnoreCase(reviewer.model()));
    }

    /** How alike two findings are: location evidence plus the share of title words they have in common. */
    static double score(Finding a, Finding b) {
        double loc = 0;
        for (Location x : a.locations()) {
            for (Location y : b.locations()) {
                if (!baseName(x.path()).equals(baseName(y.path()))) {
                    continue;
                }
                double here = SAME_FILE;
                if (x.hasLines() && y.hasLines() && x.startLine() <= y.endLine() + NEAR && y.startLine() <= x.endLine() + NEAR) {
                    here += NEAR_LINES;
                }
                loc = Math.max(loc, here);
            }
        }
        return loc + jaccard(words(a.title()), words(b.title()));
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return (slash < 0 ? path : path.substring(slash + 1)).toLowerCase(Locale.ROOT);
    }

    static Set<String> words(String title) {
        Set<String> out = new HashSet<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= title.length(); i++) {
            char c = i < title.length() ? title.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                String word = stem(w.toString());
                if (word.length() >= 3 && !STOP.contains(word)) {
                    out.add(word);
                }
                w.setLength(0);
            }
        }
        return out;
    }

    /** A crude stem, enough that "directory" meets "directories" and "fails" meets "failing". */
    private static String stem(String w) {
        String[] endings = {"ies", "ing", "ed", "es", "s"};
        for (String e : endings) {
            if (w.length() > e.length() + 3 && w.endsWith(e)) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            common += b.contains(w) ? 1 : 0;
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
