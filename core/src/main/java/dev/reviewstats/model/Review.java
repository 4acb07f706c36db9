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
 * @param droppedReviewers agents the report names as reviewers but struck out or noted as failed: runs that did not take part
 * @param verdict the verdict, or {@code null}
 * @param wallClock the review's wall-clock time, or {@code null}
 * @param executiveSummary the executive summary's text, or {@code ""}
 * @param statedStructure the counts the executive summary states, or {@code null} when it states none
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
 * @param ledger every finding of every agent's own review and what became of it (docs/metrics.md)
 * @param sections the state of every known section
 * @param diagnostics what could not be read, or was read by a rule worth knowing
 * @serial exclude
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
        List<Agent> droppedReviewers,
        Verdict verdict,
        Duration wallClock,
        String executiveSummary,
        StatedStructure statedStructure,
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
        List<LedgerEntry> ledger,
        Map<SectionKind, SectionState> sections,
        List<Diagnostic> diagnostics) implements java.io.Serializable {

    /**
     * Checks the components.
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
     * @param droppedReviewers agents named as reviewers but struck out or noted as failed
     * @param verdict the verdict, or {@code null}
     * @param wallClock the review's wall-clock time, or {@code null}
     * @param executiveSummary the executive summary's text, or {@code ""}
     * @param statedStructure the counts the executive summary states, or {@code null} when it states none
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
     * @param ledger every finding of every agent's own review and what became of it
     * @param sections the state of every known section
     * @param diagnostics what could not be read, or was read by a rule worth knowing
     */
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
        droppedReviewers = List.copyOf(droppedReviewers);
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
        ledger = List.copyOf(ledger);
        EnumMap<SectionKind, SectionState> all = new EnumMap<>(SectionKind.class);
        for (SectionKind k : SectionKind.values()) {
            all.put(k, sections.getOrDefault(k, SectionState.ABSENT));
        }
        sections = Collections.unmodifiableMap(all);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Date and time together, when the report gives both.
     *
     * @return the date and time, or empty
     */
    public Optional<LocalDateTime> dateTime() {
        return date == null || time == null ? Optional.empty() : Optional.of(date.atTime(time));
    }

    /**
     * The pull request, when the review names one.
     *
     * @return the pull request, or empty
     */
    public Optional<PullRequest> pullRequestIfKnown() {
        return Optional.ofNullable(pullRequest);
    }

    /**
     * The verdict, when the review gives one.
     *
     * @return the verdict, or empty
     */
    public Optional<Verdict> verdictIfKnown() {
        return Optional.ofNullable(verdict);
    }

    /**
     * The resolution, once the author has acted.
     *
     * @return the resolution, or empty
     */
    public Optional<Resolution> resolutionIfAny() {
        return Optional.ofNullable(resolution);
    }

    /**
     * What was found of one section.
     *
     * @param kind the section
     * @return its state; never {@code null}
     */
    public SectionState section(SectionKind kind) {
        return sections.get(kind);
    }

    /**
     * The consolidated findings of one severity.
     *
     * @param severity the severity
     * @return the findings in report order
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * A consolidated finding by its id.
     *
     * @param findingId the id, such as {@code I2}, in either case
     * @return the finding, or empty
     */
    public Optional<Finding> finding(String findingId) {
        return findings.stream().filter(f -> f.id().equalsIgnoreCase(findingId)).findFirst();
    }

    /**
     * Counts of consolidated, not withdrawn findings per severity.
     *
     * @return the counts
     */
    public SeverityCounts findingCounts() {
        SeverityCounts c = SeverityCounts.ZERO;
        for (Finding f : findings) {
            if (!f.withdrawn()) {
                c = c.plus(f.severity(), 1);
            }
        }
        return c;
    }

    /**
     * The summary table's entry for one agent.
     *
     * @param agent the agent, as the table names it
     * @return the entry, or empty
     */
    public Optional<AgentStats> statsFor(Agent agent) {
        return agentStats.stream().filter(s -> s.agent().equals(agent)).findFirst();
    }

    /**
     * How much of the review was read: sections, statements, ledger links, and what was not read.
     *
     * @return the reading summary
     */
    public ReadingSummary reading() {
        return ReadingSummary.of(this);
    }

    /**
     * The ledger entries of one agent.
     *
     * @param agent the agent
     * @return its entries in ledger order
     */
    public List<LedgerEntry> ledgerOf(Agent agent) {
        return ledger.stream().filter(e -> e.agent().equals(agent)).toList();
    }

    /**
     * A copy of this review with another ledger.
     *
     * @param newLedger the ledger
     * @return the copy
     */
    public Review withLedger(List<LedgerEntry> newLedger) {
        return new Review(id, sources, date, time, repository, pullRequest, round, author, branch, commits,
                earlierCommits, reviewers, droppedReviewers, verdict, wallClock, executiveSummary, statedStructure, findings, designObservations,
                testingAssessment, documentationAssessment, commitStructure, acknowledgedLimitations,
                unresolvedFeedback, processNotes, agentStats, judgements, resolution, originalReviews,
                newLedger, sections, diagnostics);
    }

    /**
     * A copy of this review with other sources and diagnostics; merging forms needs this.
     *
     * @param newSources the sources
     * @param newDiagnostics the diagnostics
     * @return the copy
     */
    public Review withSourcesAndDiagnostics(List<Source> newSources, List<Diagnostic> newDiagnostics) {
        return new Review(id, newSources, date, time, repository, pullRequest, round, author, branch, commits,
                earlierCommits, reviewers, droppedReviewers, verdict, wallClock, executiveSummary, statedStructure, findings, designObservations,
                testingAssessment, documentationAssessment, commitStructure, acknowledgedLimitations,
                unresolvedFeedback, processNotes, agentStats, judgements, resolution, originalReviews,
                ledger, sections, newDiagnostics);
    }

    /**
     * This review with a repository it does not name itself, inferred from elsewhere; {@code note}
     * (added to the diagnostics) says from where.
     *
     * @param inferred the repository
     * @param note the diagnostic that says where it came from
     * @return the copy
     */
    public Review withInferredRepository(String inferred, Diagnostic note) {
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.add(note);
        return new Review(id, sources, date, time, inferred, pullRequest, round, author, branch, commits,
                earlierCommits, reviewers, droppedReviewers, verdict, wallClock, executiveSummary, statedStructure, findings, designObservations,
                testingAssessment, documentationAssessment, commitStructure, acknowledgedLimitations,
                unresolvedFeedback, processNotes, agentStats, judgements, resolution, originalReviews,
                ledger, sections, all);
    }

    /**
     * A builder of a review, for parsers that assemble it step by step.
     *
     * @param id the review id
     * @return an empty builder
     */
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
        private final List<Agent> droppedReviewers = new ArrayList<>();
        private Verdict verdict;
        private Duration wallClock;
        private String executiveSummary = "";
        private StatedStructure statedStructure;
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
        private final List<LedgerEntry> ledger = new ArrayList<>();
        private final Map<SectionKind, SectionState> sections = new EnumMap<>(SectionKind.class);
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Sets the review's id.
         *
         * @param v the review id ({@code 20260415-184215-pr-316})
         * @return this builder
         */
        public Builder id(String v) {
            this.id = v;
            return this;
        }
        /**
         * Adds one to the review's sources.
         *
         * @param v one of the files the review was read from
         * @return this builder
         */
        public Builder source(Source v) {
            sources.add(v);
            return this;
        }
        /**
         * Sets the review's date.
         *
         * @param v the review date, or {@code null}
         * @return this builder
         */
        public Builder date(LocalDate v) {
            this.date = v;
            return this;
        }
        /**
         * Sets the review's time.
         *
         * @param v the time of day, or {@code null} when the report gives only a date
         * @return this builder
         */
        public Builder time(LocalTime v) {
            this.time = v;
            return this;
        }
        /**
         * Sets the review's repository.
         *
         * @param v the repository ({@code owner/name}), or {@code ""}
         * @return this builder
         */
        public Builder repository(String v) {
            this.repository = v;
            return this;
        }
        /**
         * Sets the review's pullRequest.
         *
         * @param v the PR, or {@code null} (branch reviews have none)
         * @return this builder
         */
        public Builder pullRequest(PullRequest v) {
            this.pullRequest = v;
            return this;
        }
        /**
         * Sets the review's round.
         *
         * @param v the round, or {@code null}
         * @return this builder
         */
        public Builder round(Round v) {
            this.round = v;
            return this;
        }
        /**
         * Sets the review's author.
         *
         * @param v the PR author without {@code @}, or {@code ""}
         * @return this builder
         */
        public Builder author(String v) {
            this.author = v;
            return this;
        }
        /**
         * Sets the review's branch.
         *
         * @param v the branch, or {@code ""}
         * @return this builder
         */
        public Builder branch(String v) {
            this.branch = v;
            return this;
        }
        /**
         * Adds one to the review's commits.
         *
         * @param v one of the commits listed
         * @return this builder
         */
        public Builder commit(Commit v) {
            commits.add(v);
            return this;
        }
        /**
         * Sets the review's earlierCommits.
         *
         * @param v how many further commits the report summarises as "plus N earlier"
         * @return this builder
         */
        public Builder earlierCommits(int v) {
            this.earlierCommits = v;
            return this;
        }
        /**
         * Adds one to the review's reviewers.
         *
         * @param v one of the agents that took part
         * @return this builder
         */
        public Builder reviewer(Agent v) {
            reviewers.add(v);
            return this;
        }
        /**
         * Adds an agent the report names as a reviewer but strikes out or notes as failed.
         *
         * @param v the agent whose run did not take part
         * @return this builder
         */
        public Builder droppedReviewer(Agent v) {
            droppedReviewers.add(v);
            return this;
        }
        /**
         * Sets the review's verdict.
         *
         * @param v the verdict, or {@code null}
         * @return this builder
         */
        public Builder verdict(Verdict v) {
            this.verdict = v;
            return this;
        }
        /**
         * Sets the review's wallClock.
         *
         * @param v the review's wall-clock time, or {@code null}
         * @return this builder
         */
        public Builder wallClock(Duration v) {
            this.wallClock = v;
            return this;
        }
        /**
         * Sets the review's executiveSummary.
         *
         * @param v the executive summary's text, or {@code ""}
         * @return this builder
         */
        public Builder executiveSummary(String v) {
            this.executiveSummary = v;
            return this;
        }

        /**
         * Sets the counts the executive summary states.
         *
         * @param v the counts, or {@code null}
         * @return this builder
         */
        public Builder statedStructure(StatedStructure v) {
            this.statedStructure = v;
            return this;
        }
        /**
         * Adds one to the review's findings.
         *
         * @param v one of the consolidated findings in report order
         * @return this builder
         */
        public Builder finding(Finding v) {
            findings.add(v);
            return this;
        }
        /**
         * Adds one to the review's designObservations.
         *
         * @param v one of the design observations
         * @return this builder
         */
        public Builder designObservation(DesignObservation v) {
            designObservations.add(v);
            return this;
        }
        /**
         * Adds items to the review's testingAssessment.
         *
         * @param v items to add: the testing assessment's items
         * @return this builder
         */
        public Builder testingAssessment(List<TextItem> v) {
            testingAssessment.addAll(v);
            return this;
        }
        /**
         * Adds items to the review's documentationAssessment.
         *
         * @param v items to add: the documentation assessment's items
         * @return this builder
         */
        public Builder documentationAssessment(List<TextItem> v) {
            documentationAssessment.addAll(v);
            return this;
        }
        /**
         * Adds items to the review's commitStructure.
         *
         * @param v items to add: the commit structure section's items
         * @return this builder
         */
        public Builder commitStructure(List<TextItem> v) {
            commitStructure.addAll(v);
            return this;
        }
        /**
         * Adds items to the review's acknowledgedLimitations.
         *
         * @param v items to add: the acknowledged limitations
         * @return this builder
         */
        public Builder acknowledgedLimitations(List<TextItem> v) {
            acknowledgedLimitations.addAll(v);
            return this;
        }
        /**
         * Adds items to the review's unresolvedFeedback.
         *
         * @param v items to add: the unresolved feedback items
         * @return this builder
         */
        public Builder unresolvedFeedback(List<TextItem> v) {
            unresolvedFeedback.addAll(v);
            return this;
        }
        /**
         * Adds items to the review's processNotes.
         *
         * @param v items to add: the review process notes
         * @return this builder
         */
        public Builder processNotes(List<TextItem> v) {
            processNotes.addAll(v);
            return this;
        }
        /**
         * Adds one to the review's agentStats.
         *
         * @param v one of the retro summary table, one entry per agent column
         * @return this builder
         */
        public Builder agentStats(AgentStats v) {
            agentStats.add(v);
            return this;
        }
        /**
         * Adds one to the review's judgements.
         *
         * @param v one of what consolidation concluded about the agents' own findings (re-graded, rejected, dropped, merged)
         * @return this builder
         */
        public Builder judgement(Judgement v) {
            judgements.add(v);
            return this;
        }
        /**
         * Sets the review's resolution.
         *
         * @param v the resolution, or {@code null} when the author has not acted yet
         * @return this builder
         */
        public Builder resolution(Resolution v) {
            this.resolution = v;
            return this;
        }
        /**
         * Adds one to the review's originalReviews.
         *
         * @param v one of each agent's own review per pass
         * @return this builder
         */
        public Builder originalReview(OriginalReview v) {
            originalReviews.add(v);
            return this;
        }

        /**
         * Adds ledger entries.
         *
         * @param v the entries
         * @return this builder
         */
        public Builder ledger(List<LedgerEntry> v) {
            ledger.addAll(v);
            return this;
        }

        /**
         * The original reviews added so far.
         *
         * @return them, unmodifiable
         */
        public List<OriginalReview> originalReviews() {
            return Collections.unmodifiableList(originalReviews);
        }

        /**
         * The judgements added so far.
         *
         * @return them, unmodifiable
         */
        public List<Judgement> judgements() {
            return Collections.unmodifiableList(judgements);
        }

        /**
         * The consolidated findings added so far.
         *
         * @return them, unmodifiable
         */
        public List<Finding> findings() {
            return Collections.unmodifiableList(findings);
        }

        /**
         * Adds one to the review's diagnostics.
         *
         * @param v one of what could not be read, or was read by a rule worth knowing
         * @return this builder
         */
        public Builder diagnostic(Diagnostic v) {
            diagnostics.add(v);
            return this;
        }

        /**
         * Records a section's state; a later, more informative state replaces ABSENT or NONE.
         *
         * @param kind the section
         * @param state what was found of it
         * @return this builder
         */
        public Builder section(SectionKind kind, SectionState state) {
            SectionState old = sections.get(kind);
            if (old == null || old == SectionState.ABSENT || old == SectionState.NONE) {
                sections.put(kind, state);
            }
            return this;
        }

        /**
         * The reviewers added so far; extractors resolve agent names against them.
         *
         * @return the reviewers, unmodifiable
         */
        public List<Agent> reviewers() {
            return Collections.unmodifiableList(reviewers);
        }

        /**
         * The summary-table entries added so far.
         *
         * @return the entries, unmodifiable
         */
        public List<AgentStats> agentStats() {
            return Collections.unmodifiableList(agentStats);
        }

        /**
         * Replaces the reviewers added so far (a later form of the review names them better).
         *
         * @param v the reviewers
         * @return this builder
         */
        public Builder replaceReviewers(List<Agent> v) {
            reviewers.clear();
            reviewers.addAll(v);
            return this;
        }

        /**
         * The review, checked by its compact constructor.
         *
         * @return the review
         * @throws IllegalArgumentException when the id is blank or a value is impossible
         */
        public Review build() {
            return new Review(id, sources, date, time, repository, pullRequest, round, author, branch, commits,
                    earlierCommits, reviewers, droppedReviewers, verdict, wallClock, executiveSummary, statedStructure, findings, designObservations,
                    testingAssessment, documentationAssessment, commitStructure, acknowledgedLimitations,
                    unresolvedFeedback, processNotes, agentStats, judgements, resolution, originalReviews,
                    ledger, sections, diagnostics);
        }
    }
}
