package dev.reviewstats.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One deep review, as read from one or more of its forms.
 *
 * <p>Scalar values a report does not give, or gives unreadably, are {@code null} (text values are
 * {@code ""}); {@link #sections()} says for each known section whether it was absent, said "None",
 * was read, or was present but unreadable, and {@link #diagnostics()} says why.
 *
 * @param id the review id ({@code 20260415-184215-pr-316})
 * @param sources the files the review was read from
 * @param date the review date, or {@code null}
 * @param time the time of day, or {@code null} when the report gives only a date
 * @param repository the repository ({@code owner/name}), or {@code ""}
 * @param pullRequest the PR, or {@code null} (branch reviews have none)
 * @param round the round, or {@code null}
 * @param author the PR author without {@code @}, or {@code ""}
 * @param branch the branch, or {@code ""}
 * @param commits the commits listed
 * @param earlierCommits how many further commits the report summarises as "plus N earlier"
 * @param reviewers the agents that took part
 * @param verdict the verdict, or {@code null}
 * @param wallClock the review's wall-clock time, or {@code null}
 * @param executiveSummary the executive summary's text, or {@code ""}
 * @param findings the consolidated findings in report order
 * @param designObservations the design observations
 * @param testingAssessment the testing assessment's items
 * @param documentationAssessment the documentation assessment's items
 * @param commitStructure the commit structure section's items
 * @param acknowledgedLimitations the acknowledged limitations
 * @param unresolvedFeedback the unresolved feedback items
 * @param processNotes the review process notes
 * @param agentStats the retro summary table, one entry per agent column
 * @param judgements what consolidation concluded about the agents' own findings (re-graded, rejected, dropped, merged)
 * @param resolution the resolution, or {@code null} when the author has not acted yet
 * @param originalReviews each agent's own review per pass
 * @param sections the state of every known section
 * @param diagnostics what could not be read, or was read by a rule worth knowing
 */
public record Review(
        String id,
        List<Source> sources,
        LocalDate date,
        LocalTime time,
        String repository,
        PullRequest pullRequest,
        Round round,
        String author,
        String branch,
        List<Commit> commits,
        int earlierCommits,
        List<Agent> reviewers,
        Verdict verdict,
        Duration wallClock,
        String executiveSummary,
        List<Finding> findings,
        List<DesignObservation> designObservations,
        List<TextItem> testingAssessment,
        List<TextItem> documentationAssessment,
        List<TextItem> commitStructure,
        List<TextItem> acknowledgedLimitations,
        List<TextItem> unresolvedFeedback,
        List<TextItem> processNotes,
        List<AgentStats> agentStats,
        List<Judgement> judgements,
        Resolution resolution,
        List<OriginalReview> originalReviews,
        Map<SectionKind, SectionState> sections,
        List<Diagnostic> diagnostics) implements java.io.Serializable {

    public Review {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("review id must not be blank");
        }
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(executiveSummary, "executiveSummary");
        if (earlierCommits < 0) {
            throw new IllegalArgumentException("negative earlier commits");
        }
        if (time != null && date == null) {
            throw new IllegalArgumentException("a time needs a date");
        }
        sources = List.copyOf(sources);
        commits = List.copyOf(commits);
        reviewers = List.copyOf(reviewers);
        findings = List.copyOf(findings);
        designObservations = List.copyOf(designObservations);
        testingAssessment = List.copyOf(testingAssessment);
        documentationAssessment = List.copyOf(documentationAssessment);
        commitStructure = List.copyOf(commitStructure);
        acknowledgedLimitations = List.copyOf(acknowledgedLimitations);
        unresolvedFeedback = List.copyOf(unresolvedFeedback);
        processNotes = List.copyOf(processNotes);
        agentStats = List.copyOf(agentStats);
        judgements = List.copyOf(judgements);
        originalReviews = List.copyOf(originalReviews);
        EnumMap<SectionKind, SectionState> all = new EnumMap<>(SectionKind.class);
        for (SectionKind k : SectionKind.values()) {
            all.put(k, sections.getOrDefault(k, SectionState.ABSENT));
        }
        sections = Collections.unmodifiableMap(all);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Date and time together, when the report gives both. */
    public Optional<LocalDateTime> dateTime() {
        return date == null || time == null ? Optional.empty() : Optional.of(date.atTime(time));
    }

    public Optional<PullRequest> pullRequestIfKnown() {
        return Optional.ofNullable(pullRequest);
    }

    public Optional<Verdict> verdictIfKnown() {
        return Optional.ofNullable(verdict);
    }

    public Optional<Resolution> resolutionIfAny() {
        return Optional.ofNullable(resolution);
    }

    public SectionState section(SectionKind kind) {
        return sections.get(kind);
    }

    /** The consolidated findings of one severity. */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    public Optional<Finding> finding(String findingId) {
        return findings.stream().filter(f -> f.id().equalsIgnoreCase(findingId)).findFirst();
    }

    /** Counts of consolidated, not withdrawn findings per severity. */
    public SeverityCounts findingCounts() {
        SeverityCounts c = SeverityCounts.ZERO;
        for (Finding f : findings) {
            if (!f.withdrawn()) {
                c = c.plus(f.severity(), 1);
            }
        }
        return c;
    }

    public Optional<AgentStats> statsFor(Agent agent) {
        return agentStats.stream().filter(s -> s.agent().equals(agent)).findFirst();
    }

    /** A copy of this review with other sources and diagnostics; merging forms needs this. */
    public Review withSourcesAndDiagnostics(List<Source> newSources, List<Diagnostic> newDiagnostics) {
        return new Review(id, newSources, date, time, repository, pullRequest, round, author, branch, commits,
                earlierCommits, reviewers, verdict, wallClock, executiveSummary, findings, designObservations,
                testingAssessment, documentationAssessment, commitStructure, acknowledgedLimitations,
                unresolvedFeedback, processNotes, agentStats, judgements, resolution, originalReviews,
                sections, newDiagnostics);
    }

    /**
     * This review with a repository it does not name itself, inferred from elsewhere; {@code note}
     * (added to the diagnostics) says from where.
     */
    public Review withInferredRepository(String inferred, Diagnostic note) {
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.add(note);
        return new Review(id, sources, date, time, inferred, pullRequest, round, author, branch, commits,
                earlierCommits, reviewers, verdict, wallClock, executiveSummary, findings, designObservations,
                testingAssessment, documentationAssessment, commitStructure, acknowledgedLimitations,
                unresolvedFeedback, processNotes, agentStats, judgements, resolution, originalReviews,
                sections, all);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Assembles a review step by step, as a parser reads it. Not thread-safe. */
    public static final class Builder {
        private String id;
        private final List<Source> sources = new ArrayList<>();
        private LocalDate date;
        private LocalTime time;
        private String repository = "";
        private PullRequest pullRequest;
        private Round round;
        private String author = "";
        private String branch = "";
        private final List<Commit> commits = new ArrayList<>();
        private int earlierCommits;
        private final List<Agent> reviewers = new ArrayList<>();
        private Verdict verdict;
        private Duration wallClock;
        private String executiveSummary = "";
        private final List<Finding> findings = new ArrayList<>();
        private final List<DesignObservation> designObservations = new ArrayList<>();
        private final List<TextItem> testingAssessment = new ArrayList<>();
        private final List<TextItem> documentationAssessment = new ArrayList<>();
        private final List<TextItem> commitStructure = new ArrayList<>();
        private final List<TextItem> acknowledgedLimitations = new ArrayList<>();
        private final List<TextItem> unresolvedFeedback = new ArrayList<>();
        private final List<TextItem> processNotes = new ArrayList<>();
        private final List<AgentStats> agentStats = new ArrayList<>();
        private final List<Judgement> judgements = new ArrayList<>();
        private Resolution resolution;
        private final List<OriginalReview> originalReviews = new ArrayList<>();
        private final Map<SectionKind, SectionState> sections = new EnumMap<>(SectionKind.class);
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder id(String v) { this.id = v; return this; }
        public Builder source(Source v) { sources.add(v); return this; }
        public Builder date(LocalDate v) { this.date = v; return this; }
        public Builder time(LocalTime v) { this.time = v; return this; }
        public Builder repository(String v) { this.repository = v; return this; }
        public Builder pullRequest(PullRequest v) { this.pullRequest = v; return this; }
        public Builder round(Round v) { this.round = v; return this; }
        public Builder author(String v) { this.author = v; return this; }
        public Builder branch(String v) { this.branch = v; return this; }
        public Builder commit(Commit v) { commits.add(v); return this; }
        public Builder earlierCommits(int v) { this.earlierCommits = v; return this; }
        public Builder reviewer(Agent v) { reviewers.add(v); return this; }
        public Builder verdict(Verdict v) { this.verdict = v; return this; }
        public Builder wallClock(Duration v) { this.wallClock = v; return this; }
        public Builder executiveSummary(String v) { this.executiveSummary = v; return this; }
        public Builder finding(Finding v) { findings.add(v); return this; }
        public Builder designObservation(DesignObservation v) { designObservations.add(v); return this; }
        public Builder testingAssessment(List<TextItem> v) { testingAssessment.addAll(v); return this; }
        public Builder documentationAssessment(List<TextItem> v) { documentationAssessment.addAll(v); return this; }
        public Builder commitStructure(List<TextItem> v) { commitStructure.addAll(v); return this; }
        public Builder acknowledgedLimitations(List<TextItem> v) { acknowledgedLimitations.addAll(v); return this; }
        public Builder unresolvedFeedback(List<TextItem> v) { unresolvedFeedback.addAll(v); return this; }
        public Builder processNotes(List<TextItem> v) { processNotes.addAll(v); return this; }
        public Builder agentStats(AgentStats v) { agentStats.add(v); return this; }
        public Builder judgement(Judgement v) { judgements.add(v); return this; }
        public Builder resolution(Resolution v) { this.resolution = v; return this; }
        public Builder originalReview(OriginalReview v) { originalReviews.add(v); return this; }
        public Builder diagnostic(Diagnostic v) { diagnostics.add(v); return this; }

        /** Records a section's state; a later, more informative state replaces ABSENT or NONE. */
        public Builder section(SectionKind kind, SectionState state) {
            SectionState old = sections.get(kind);
            if (old == null || old == SectionState.ABSENT || old == SectionState.NONE) {
                sections.put(kind, state);
            }
            return this;
        }

        /** The reviewers added so far; extractors resolve agent names against them. */
        public List<Agent> reviewers() { return Collections.unmodifiableList(reviewers); }
        public List<AgentStats> agentStats() { return Collections.unmodifiableList(agentStats); }
        public Builder replaceReviewers(List<Agent> v) { reviewers.clear(); reviewers.addAll(v); return this; }

        public Review build() {
            return new Review(id, sources, date, time, repository, pullRequest, round, author, branch, commits,
                    earlierCommits, reviewers, verdict, wallClock, executiveSummary, findings, designObservations,
                    testingAssessment, documentationAssessment, commitStructure, acknowledgedLimitations,
                    unresolvedFeedback, processNotes, agentStats, judgements, resolution, originalReviews,
                    sections, diagnostics);
        }
    }
}
