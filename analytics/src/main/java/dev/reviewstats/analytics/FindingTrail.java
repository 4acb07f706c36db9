package dev.reviewstats.analytics;

import dev.reviewstats.model.Finding;
import dev.reviewstats.model.ResolutionAction;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What became of each finding of a PR reviewed over several rounds, from what the reports state: the
 * round's own Resolution rows (fixed, declined, deferred), and later rounds' findings that say they
 * carry it over ({@code [carry-over from Round 9 S1]}). Where nothing is stated, a later finding with
 * a similar title is a guess, kept apart and marked as one.
 *
 * @param repository the repository the reviews name ({@code ""} when none)
 * @param pullRequest the PR number
 * @param reviews the PR's reviews in round order
 * @param fates one per consolidated finding of every round
 */
public record FindingTrail(String repository, int pullRequest, List<Review> reviews, List<Fate> fates) {
    /** The lowest title similarity (shared words over all words) a guessed re-raise needs. */
    public static final double GUESS_THRESHOLD = 0.5;

    /**
     * Checks the components.
     *
     * @param repository the repository the reviews name ({@code ""} when none)
     * @param pullRequest the PR number
     * @param reviews the PR's reviews in round order
     * @param fates one per consolidated finding of every round
     */
    public FindingTrail {
        reviews = List.copyOf(reviews);
        fates = List.copyOf(fates);
    }

    /** What became of a finding. */
    public enum Outcome {
        /** The round's Resolution says it was fixed (or a test or documentation was written). */
        FIXED,
        /** The round's Resolution says it was declined or skipped. */
        DECLINED,
        /** The round's Resolution defers it. */
        DEFERRED,
        /** The round's Resolution says something else (commented, other). */
        RESOLVED_OTHERWISE,
        /** A later round carries it over, as its text states. */
        STILL_OPEN,
        /** A later round has a finding with a similar title: a guess, not a statement. */
        RE_RAISED_GUESS,
        /** Later rounds say nothing of it. */
        NOT_MENTIONED,
        /** It was found in the last round: nothing later can say. */
        LAST_ROUND
    }

    /**
     * One finding's fate.
     *
     * @param round the 1-based position of its review in the trail
     * @param laterRound the position of the round that carries or re-raises it, or 0
     * @param laterId that round's id for it, or {@code ""}
     * @param detail the evidence: the resolution's words, the carry-over reference, or the similarity
     */
    public record Fate(int round, String reviewId, String findingId, String title, Severity severity, List<String> agents,
            Outcome outcome, int laterRound, String laterId, String detail) {
        /**
         * Checks the components.
         *
         * @param round the 1-based position of its review in the trail
         * @param reviewId its review
         * @param findingId its id in that review
         * @param title its title
         * @param severity its severity
         * @param agents the families credited
         * @param outcome what became of it
         * @param laterRound the position of the round that carries or re-raises it, or 0
         * @param laterId that round's id for it, or {@code ""}
         * @param detail the evidence
         */
        public Fate {
            agents = List.copyOf(agents);
        }

        /**
         * Whether the outcome rests on a guess (a similar title), not on what a report states.
         *
         * @return whether it is a guess
         */
        public boolean guessed() {
            return outcome == Outcome.RE_RAISED_GUESS;
        }
    }

    /**
     * What a trail reads of a review, the rest left empty: its id, sources, date, repository, PR,
     * round, consolidated findings without their text (what a finding carries over is read at parse
     * time) and resolution. A run over years of reports holds every review at once, since a PR's rounds
     * may lie anywhere among them; this is all it needs to hold.
     *
     * @param r a review
     * @return a review with only what a trail reads
     */
    public static Review essentials(Review r) {
        return new Review(r.id(), r.sources(), r.date(), r.time(), r.repository(), r.pullRequest(), r.round(), "", "", List.of(),
                0, List.of(), List.of(), null, null, "", null, r.findings().stream().map(FindingTrail::withoutText).toList(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), r.resolution(), List.of(), List.of(), r.sections(), List.of());
    }

    private static Finding withoutText(Finding f) {
        return new Finding(f.id(), f.severity(), f.title(), f.locations(), f.agents(), f.tags(), "", "", f.earlierRounds(),
                f.carriedOver(), f.withdrawn(), f.line());
    }

    /**
     * The trails of every PR that was reviewed more than once, by repository and PR number; a review
     * naming no repository joins its folder's repository where {@link Repositories#inferred} places it.
     *
     * @param reviews the reviews
     * @return one trail per PR reviewed in more than one round
     */
    public static List<FindingTrail> of(List<Review> reviews) {
        Map<String, String> inferred = Repositories.inferred(reviews);
        Map<String, List<Review>> byPr = new LinkedHashMap<>();
        reviews.stream().filter(r -> r.pullRequest() != null).sorted(Comparator.comparing(Review::id))
                .forEach(r -> byPr.computeIfAbsent(inferred.getOrDefault(r.id(), r.repository()) + "#" + r.pullRequest().number(),
                        k -> new ArrayList<>()).add(r));
        List<FindingTrail> out = new ArrayList<>();
        for (List<Review> pr : byPr.values()) {
            if (pr.size() > 1) {
                out.add(trail(pr));
            }
        }
        out.sort(Comparator.comparing(FindingTrail::repository).thenComparingInt(FindingTrail::pullRequest));
        return out;
    }

    private static FindingTrail trail(List<Review> pr) {
        List<Review> ordered = new ArrayList<>(pr);
        // Round numbers where every review states one, else the order in time (ids begin with the date).
        boolean allNumbered = ordered.stream().allMatch(r -> r.round() != null);
        ordered.sort(allNumbered ? Comparator.comparingInt((Review r) -> r.round().number()).thenComparing(Review::id)
                : Comparator.comparing(Review::id));
        List<Fate> fates = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Review r = ordered.get(i);
            int roundNumber = r.round() != null ? r.round().number() : i + 1;
            for (Finding f : r.findings()) {
                if (!f.withdrawn()) {
                    fates.add(fate(ordered, i, roundNumber, r, f));
                }
            }
        }
        Review first = ordered.get(0);
        String repository = ordered.stream().map(Review::repository).filter(x -> !x.isEmpty()).findFirst().orElse("");
        return new FindingTrail(repository, first.pullRequest().number(), ordered, fates);
    }

    private static Fate fate(List<Review> ordered, int i, int roundNumber, Review r, Finding f) {
        Optional<ResolutionItem> resolved = r.resolution() == null ? Optional.empty()
                : r.resolution().items().stream().filter(it -> it.findingId().equalsIgnoreCase(f.id())).findFirst();
        if (resolved.isPresent()) {
            ResolutionAction a = resolved.get().action();
            Outcome o = switch (a) {
                case FIXED, TEST_WRITTEN, DOCUMENTED -> Outcome.FIXED;
                case SKIPPED -> Outcome.DECLINED;
                case DEFERRED -> Outcome.DEFERRED;
                default -> Outcome.RESOLVED_OTHERWISE;
            };
            return new Fate(i + 1, r.id(), f.id(), f.title(), f.severity(), families(f), o, 0, "",
                    "resolution: " + resolved.get().actionRaw());
        }
        String ref = ("R" + roundNumber + " " + f.id()).toUpperCase(Locale.ROOT);
        for (int j = i + 1; j < ordered.size(); j++) {
            for (Finding g : ordered.get(j).findings()) {
                if (g.carriesOver(roundNumber, f.id())) {
                    return new Fate(i + 1, r.id(), f.id(), f.title(), f.severity(), families(f), Outcome.STILL_OPEN, j + 1, g.id(),
                            "carried over: " + ordered.get(j).id() + " " + g.id() + " names " + ref);
                }
            }
        }
        if (i + 1 == ordered.size()) {
            return new Fate(i + 1, r.id(), f.id(), f.title(), f.severity(), families(f), Outcome.LAST_ROUND, 0, "", "");
        }
        Review next = ordered.get(i + 1);
        Finding best = null;
        double bestScore = 0;
        for (Finding g : next.findings()) {
            double s = similarity(f.title(), g.title());
            if (s > bestScore) {
                bestScore = s;
                best = g;
            }
        }
        if (best != null && bestScore >= GUESS_THRESHOLD) {
            return new Fate(i + 1, r.id(), f.id(), f.title(), f.severity(), families(f), Outcome.RE_RAISED_GUESS, i + 2, best.id(),
                    String.format(Locale.ROOT, "guess: title similarity %.2f with %s %s", bestScore, next.id(), best.id()));
        }
        return new Fate(i + 1, r.id(), f.id(), f.title(), f.severity(), families(f), Outcome.NOT_MENTIONED, 0, "", "");
    }

    /** Shared title words over all title words (words of three letters or more, case folded). */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / (x.size() + y.size() - common.size());
    }

    /** The title's runs of letters and numbers (Unicode's L and N), lower-cased, of three chars or more. */
    static Set<String> words(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean inWord = Character.isLetter(cp) || isNumber(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (i - start >= 3) {
                    out.add(lower.substring(start, i));
                }
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * Per agent (family), over findings that have a later round: how many, how many the round's
     * Resolution says were fixed, and how many rounds they stayed open on average (1 + the stated
     * carry-overs that follow).
     *
     * @param agent the family
     * @param followed findings with a later round
     * @param fixed of those, fixed by the next round
     * @param meanRoundsOpen mean rounds open (stated carry-overs only)
     */
    public record AgentSummary(String agent, int followed, int fixed, Rate fixedByNextRound, double meanRoundsOpen) {
    }

    /**
     * The per-agent summary over trails.
     *
     * @param trails the trails
     * @return one summary per agent family
     */
    public static List<AgentSummary> summary(List<FindingTrail> trails) {
        Map<String, int[]> acc = new java.util.TreeMap<>();
        Map<String, List<Integer>> open = new java.util.TreeMap<>();
        for (FindingTrail t : trails) {
            for (Fate f : t.fates()) {
                if (f.outcome() == Outcome.LAST_ROUND) {
                    continue;
                }
                int rounds = 1 + carried(t, f);
                for (String a : new java.util.LinkedHashSet<>(f.agents())) {
                    int[] c = acc.computeIfAbsent(a, k -> new int[2]);
                    c[0]++;
                    c[1] += f.outcome() == Outcome.FIXED ? 1 : 0;
                    open.computeIfAbsent(a, k -> new ArrayList<>()).add(rounds);
                }
            }
        }
        List<AgentSummary> out = new ArrayList<>();
        acc.forEach((a, c) -> out.add(new AgentSummary(a, c[0], c[1], Rate.of(c[1], c[0]),
                open.get(a).stream().mapToInt(Integer::intValue).average().orElse(Double.NaN))));
        return out;
    }

    /** How many later rounds carry this finding over, following the stated chain. */
    private static int carried(FindingTrail t, Fate f) {
        int n = 0;
        Fate at = f;
        Set<String> seen = new HashSet<>();
        while (at != null && at.outcome() == Outcome.STILL_OPEN && seen.add(at.reviewId() + at.findingId())) {
            n++;
            Fate current = at;
            at = t.fates().stream().filter(x -> x.round() == current.laterRound() && x.findingId().equals(current.laterId()))
                    .findFirst().orElse(null);
        }
        return n;
    }

    private static List<String> families(Finding f) {
        return f.agents().stream().map(dev.reviewstats.model.Agent::family).distinct().toList();
    }
}
