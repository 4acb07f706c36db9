package dev.reviewstats.samples;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.AgentStats;
import dev.reviewstats.model.JudgementOutcome;
import dev.reviewstats.model.JudgementSource;
import dev.reviewstats.model.Commit;
import dev.reviewstats.model.DesignObservation;
import dev.reviewstats.model.Downgrades;
import dev.reviewstats.model.Finding;
import dev.reviewstats.model.Location;
import dev.reviewstats.model.ObservationKind;
import dev.reviewstats.model.OriginalReview;
import dev.reviewstats.model.Outcome;
import dev.reviewstats.model.PullRequest;
import dev.reviewstats.model.Resolution;
import dev.reviewstats.model.ResolutionAction;
import dev.reviewstats.model.ResolutionItem;
import dev.reviewstats.model.Review;
import dev.reviewstats.model.Round;
import dev.reviewstats.model.SectionKind;
import dev.reviewstats.model.SectionState;
import dev.reviewstats.model.Severity;
import dev.reviewstats.model.Judgement;
import dev.reviewstats.model.SeverityCounts;
import dev.reviewstats.model.TextItem;
import dev.reviewstats.model.ToolCalls;
import dev.reviewstats.model.Verdict;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates realistic review histories from a seed: four agents with their own detection, false
 * positive and severity-inflation rates, model versions that change over time, PRs reviewed over
 * several rounds, severity changes, dropped findings, resolutions and missing sections. The same seed
 * always gives the same reviews.
 */
public final class ReviewGenerator {
    /** How one agent behaves. */
    private record Profile(String family, String firstModel, String laterModel, int switchDay, int joinDay, String effort,
            double detect, double falsePositive, double inflate, int minutes, List<String> tools) {
        Agent agentOn(int day) {
            return new Agent(family, day >= switchDay ? laterModel : firstModel, effort);
        }
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile("Claude", "Opus 4.6", "Opus 4.7", 45, 0, "xhigh", 0.78, 0.04, 0.06, 12, List.of("Read", "Grep", "Bash")),
            new Profile("Codex", "GPT 5.4", "GPT 5.5", 70, 0, "high", 0.62, 0.07, 0.08, 6, List.of("shell", "stdin")),
            new Profile("Gemini", "3.1 Pro", "3.1 Pro", 999, 0, "", 0.52, 0.22, 0.35, 4,
                    List.of("read_file", "run_shell_command", "grep_search")),
            new Profile("Qwen", "3 Coder", "3 Coder", 999, 55, "", 0.45, 0.14, 0.12, 7, List.of("read_file", "shell")));

    private static final List<String> SUBJECTS = List.of("cache", "scheduler", "webhook", "reconciler", "CLI", "importer",
            "exporter", "retry loop", "config loader", "metrics endpoint", "migration", "auth middleware");
    private static final List<String> PROBLEMS = List.of("drops an update under concurrent writes",
            "never releases its lock on error", "logs the token it was given", "ignores the context deadline",
            "retries without backoff", "returns stale data after a delete", "accepts an empty name",
            "misreports its exit code", "leaks a goroutine on shutdown", "double-counts the first event",
            "has a misleading doc comment", "lacks a test for the failure path");
    private static final List<String> PATHS = List.of("internal/cache/store.go", "internal/sched/queue.go",
            "pkg/webhook/validate.go", "pkg/controller/reconcile.go", "cmd/tool/main.go", "internal/importer/csv.go",
            "internal/export/json.go", "pkg/retry/backoff.go", "internal/config/load.go", "pkg/metrics/http.go",
            "db/migrate/0042_add_index.sql", "pkg/auth/middleware.go");
    private static final List<String> TAGS = List.of("regression", "gap", "enhancement");
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private ReviewGenerator() {
    }

    /**
     * A history of {@code count} reviews over about four months.
     *
     * @param seed the random seed
     * @param count how many reviews
     * @return the reviews in id order
     */
    public static List<Review> history(long seed, int count) {
        Random rnd = new Random(seed);
        List<Review> out = new ArrayList<>();
        int pr = 101;
        while (out.size() < count) {
            int day = rnd.nextInt(115);
            int rounds = 1 + (rnd.nextDouble() < 0.55 ? rnd.nextInt(3) + 1 : 0);
            for (int round = 1; round <= rounds && out.size() < count; round++) {
                out.add(review(rnd, pr, round, rounds, Math.min(day, 118)));
                day += 1 + rnd.nextInt(3);
            }
            pr++;
        }
        out.sort(Comparator.comparing(Review::id));
        return out;
    }

    /**
     * One review, for property tests: any seed gives a well-formed review.
     *
     * @param seed the random seed
     * @return the review
     */
    public static Review one(long seed) {
        Random rnd = new Random(seed);
        return review(rnd, 100 + rnd.nextInt(900), 1 + rnd.nextInt(3), 3, rnd.nextInt(118));
    }

    private static Review review(Random rnd, int pr, int round, int rounds, int day) {
        LocalDate date = START.plusDays(day);
        LocalTime time = LocalTime.of(8 + rnd.nextInt(12), rnd.nextInt(60), rnd.nextInt(60));
        String id = date.format(ID_DATE) + "-" + String.format(Locale.ROOT, "%02d%02d%02d", time.getHour(), time.getMinute(),
                time.getSecond()) + "-pr-" + pr;
        List<Profile> active = new ArrayList<>();
        List<Agent> reviewers = new ArrayList<>();
        for (Profile p : PROFILES) {
            // Now and then an agent is out (rate limits, outages): the review goes on without it.
            if (day >= p.joinDay() && rnd.nextDouble() > 0.06) {
                active.add(p);
                reviewers.add(p.agentOn(day));
            }
        }
        if (active.isEmpty()) {
            active.add(PROFILES.get(0));
            reviewers.add(PROFILES.get(0).agentOn(day));
        }
        int issues = Math.max(1, (round == 1 ? 5 : 3) + (int) Math.round(rnd.nextGaussian() * 1.5));
        Map<Severity, List<Finding>> consolidated = new EnumMap<>(Severity.class);
        Map<Agent, List<Raised>> raised = new LinkedHashMap<>();
        reviewers.forEach(a -> raised.put(a, new ArrayList<>()));
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            double x = rnd.nextDouble();
            Severity truth = x < 0.06 ? Severity.CRITICAL : x < 0.4 ? Severity.IMPORTANT : Severity.SUGGESTION;
            List<Agent> finders = new ArrayList<>();
            List<Severity> claimed = new ArrayList<>();
            for (int k = 0; k < active.size(); k++) {
                Profile p = active.get(k);
                if (rnd.nextDouble() < p.detect()) {
                    finders.add(reviewers.get(k));
                    boolean inflate = truth != Severity.CRITICAL && rnd.nextDouble() < p.inflate();
                    claimed.add(inflate ? Severity.values()[truth.ordinal() - 1] : truth);
                }
            }
            if (!finders.isEmpty()) {
                planned.add(new Planned(truth, finders, claimed, title(rnd), location(rnd), TAGS.get(rnd.nextInt(TAGS.size()))));
            }
        }
        planned.sort(Comparator.comparing(Planned::truth));
        List<Judgement> changes = new ArrayList<>();
        Map<Severity, Integer> position = new EnumMap<>(Severity.class);
        for (Planned p : planned) {
            String fid = String.valueOf(p.truth().letter()) + position.merge(p.truth(), 1, Integer::sum);
            Finding f = new Finding(fid, p.truth(), p.title(), List.of(p.location()), p.finders(), List.of(p.tag()),
                    "The " + p.title().toLowerCase(Locale.ROOT) + " shows up when the input is large or the network is slow.",
                    "handle the case explicitly and add a test for it.", List.of(), false, 0);
            consolidated.computeIfAbsent(p.truth(), s -> new ArrayList<>()).add(f);
            for (int k = 0; k < p.finders().size(); k++) {
                raised.get(p.finders().get(k)).add(new Raised(p, p.claimed().get(k), fid));
            }
        }
        Map<Agent, Integer> falsePositives = new LinkedHashMap<>();
        for (int k = 0; k < active.size(); k++) {
            Agent a = reviewers.get(k);
            int fps = 0;
            for (int t = 0; t < 3; t++) {
                if (rnd.nextDouble() < active.get(k).falsePositive()) {
                    fps++;
                    Planned fake = new Planned(rnd.nextBoolean() ? Severity.IMPORTANT : Severity.CRITICAL, List.of(a),
                            List.of(), title(rnd), location(rnd), "regression");
                    raised.get(a).add(new Raised(fake, fake.truth(), ""));
                }
            }
            falsePositives.put(a, fps);
        }
        Review.Builder b = Review.builder(id).date(date).time(time).repository("example-org/inventory-service")
                .pullRequest(new PullRequest(pr, "feature work " + pr)).round(new Round(round, rounds > 1 ? "of PR #" + pr : ""))
                .author(rnd.nextBoolean() ? "sample-author" : "another-author").branch("feature-" + pr)
                .commit(new Commit(sha(rnd), "implement feature " + pr)).earlierCommits(round > 1 ? round : 0)
                .wallClock(Duration.ofSeconds(600 + rnd.nextInt(3000)));
        reviewers.forEach(b::reviewer);
        List<Finding> all = new ArrayList<>();
        for (Severity s : Severity.values()) {
            all.addAll(consolidated.getOrDefault(s, List.of()));
        }
        all.forEach(b::finding);
        SeverityCounts counts = SeverityCounts.ZERO;
        for (Finding f : all) {
            counts = counts.plus(f.severity(), 1);
        }
        int design = rnd.nextInt(4);
        b.executiveSummary("This sample PR changes the " + SUBJECTS.get(pr % SUBJECTS.size()) + ". Structure: "
                + counts.critical() + " critical, " + counts.important() + " important, " + counts.suggestion()
                + " suggestions, " + design + " design observations.");
        for (int i = 0; i < design; i++) {
            Agent a = reviewers.get(rnd.nextInt(reviewers.size()));
            b.designObservation(new DesignObservation(i == 0 ? ObservationKind.CONCERN : ObservationKind.STRENGTH,
                    "Observation " + (i + 1) + " on the " + SUBJECTS.get(rnd.nextInt(SUBJECTS.size())),
                    rnd.nextBoolean() ? "in-scope" : "future", List.of(a), "worth keeping in mind"));
        }
        if (rnd.nextDouble() < 0.8) {
            b.testingAssessment(List.of(new TextItem("Failure path", "no test covers the failure path"),
                    new TextItem("Large inputs", "no test uses a large input")));
        }
        if (rnd.nextDouble() < 0.5) {
            b.acknowledgedLimitations(List.of(new TextItem("Single region", "the feature assumes one region")));
        }
        // Changes in reconciliation order: each agent's downgrades, then its rejected findings.
        for (Agent a : reviewers) {
            List<Raised> own = ordered(raised.get(a));
            for (Raised r : own) {
                if (!r.finalId().isEmpty() && r.claimed() != r.plan().truth()) {
                    changes.add(new Judgement(a, r.originalId(), "", r.claimed(), r.plan().truth(), r.finalId(),
                            JudgementOutcome.DOWNGRADED, "", JudgementSource.RECONCILIATION, 0));
                }
            }
            for (Raised r : own) {
                if (r.finalId().isEmpty()) {
                    changes.add(new Judgement(a, r.originalId(), "", r.claimed(), null, "", JudgementOutcome.FALSE_POSITIVE, "",
                            JudgementSource.RECONCILIATION, 0));
                }
            }
        }
        changes.forEach(b::judgement);
        if (!changes.isEmpty()) {
            b.section(SectionKind.RECONCILIATION, SectionState.PRESENT);
        }
        for (int k = 0; k < reviewers.size(); k++) {
            Agent a = reviewers.get(k);
            SeverityCounts kept = SeverityCounts.ZERO;
            int unique = 0;
            for (Finding f : all) {
                if (f.agents().contains(a)) {
                    kept = kept.plus(f.severity(), 1);
                    unique += f.agents().size() == 1 ? 1 : 0;
                }
            }
            List<String> transitions = changes.stream().filter(c -> c.agent().equals(a) && c.outcome() == JudgementOutcome.DOWNGRADED)
                    .map(Judgement::transition).distinct().toList();
            int downs = (int) changes.stream().filter(c -> c.agent().equals(a) && c.outcome() == JudgementOutcome.DOWNGRADED).count();
            Profile p = active.get(k);
            int toolTotal = 5 + rnd.nextInt(60);
            Map<String, Integer> perTool = new LinkedHashMap<>();
            int left = toolTotal;
            for (int t = 0; t < p.tools().size(); t++) {
                int n = t == p.tools().size() - 1 ? left : rnd.nextInt(left + 1);
                perTool.put(p.tools().get(t), n);
                left -= n;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            b.agentStats(new AgentStats(a, Duration.ofSeconds(p.minutes() * 60L + rnd.nextInt(240) - 120), kept,
                    new ToolCalls(toolTotal, perTool), rnd.nextInt(4), falsePositives.get(a), unique, 6 + pr % 5, 0, kept,
                    new Downgrades(downs, transitions), falsePositives.get(a), cells));
        }
        if (rnd.nextDouble() < 0.7) {
            List<ResolutionItem> items = new ArrayList<>();
            int n = 1;
            for (Finding f : all) {
                double x = rnd.nextDouble();
                String action = x < 0.7 ? "Fixed" : x < 0.85 ? "Skipped" : "Test written";
                items.add(new ResolutionItem(n++, refWord(f.severity()) + " #" + f.id().substring(1) + ": " + f.title(), f.id(),
                        ResolutionAction.classify(action), action));
            }
            b.resolution(new Resolution(date.plusDays(1 + rnd.nextInt(3)), sha(rnd) + " address review findings", items));
        }
        // The first weeks' reports predate the appendix of original reviews.
        if (day >= 14) {
            for (Agent a : reviewers) {
                List<Finding> own = new ArrayList<>();
                for (Raised r : ordered(raised.get(a))) {
                    own.add(new Finding(r.originalId(), r.claimed(), r.plan().title(), List.of(r.plan().location()), List.of(a),
                            List.of(r.plan().tag()), "", "", List.of(), false, 0));
                }
                b.originalReview(new OriginalReview(a, 1, own, 0));
            }
        }
        b.verdict(verdict(counts));
        return dev.reviewstats.parse.Ledgers.linked(b.build());
    }

    private record Planned(Severity truth, List<Agent> finders, List<Severity> claimed, String title, Location location, String tag) {
    }

    /** A finding as one agent raised it; {@code finalId} is empty when consolidation rejected it. */
    private record Raised(Planned plan, Severity claimed, String finalId, String originalId) {
        Raised(Planned plan, Severity claimed, String finalId) {
            this(plan, claimed, finalId, "");
        }
    }

    /** The agent's own findings ordered by the severity it gave them, with ids in that order. */
    private static List<Raised> ordered(List<Raised> raised) {
        List<Raised> sorted = new ArrayList<>(raised);
        sorted.sort(Comparator.comparing(Raised::claimed));
        Map<Severity, Integer> pos = new EnumMap<>(Severity.class);
        List<Raised> out = new ArrayList<>();
        for (Raised r : sorted) {
            out.add(new Raised(r.plan(), r.claimed(), r.finalId(), String.valueOf(r.claimed().letter()) + pos.merge(r.claimed(), 1, Integer::sum)));
        }
        return out;
    }

    private static String refWord(Severity s) {
        return switch (s) {
            case CRITICAL -> "Critical";
            case IMPORTANT -> "Important";
            case SUGGESTION -> "Suggestion";
        };
    }

    private static Verdict verdict(SeverityCounts c) {
        if (c.critical() > 0) {
            return new Verdict(Outcome.REWORK, "a critical finding blocks the merge", "");
        }
        if (c.important() > 0) {
            return new Verdict(Outcome.MERGE_WITH_FIXES, "the important findings need fixes first", "");
        }
        if (c.suggestion() > 0) {
            return new Verdict(Outcome.MERGE_WITH_SUGGESTIONS, "only suggestions remain", "");
        }
        return new Verdict(Outcome.MERGE, "nothing to fix", "");
    }

    private static String title(Random rnd) {
        String subject = SUBJECTS.get(rnd.nextInt(SUBJECTS.size()));
        return Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " " + PROBLEMS.get(rnd.nextInt(PROBLEMS.size()));
    }

    private static Location location(Random rnd) {
        int start = 10 + rnd.nextInt(400);
        return new Location(PATHS.get(rnd.nextInt(PATHS.size())), start, start + rnd.nextInt(30));
    }

    private static String sha(Random rnd) {
        return String.format(Locale.ROOT, "%07x", rnd.nextInt(0x10000000));
    }
}
