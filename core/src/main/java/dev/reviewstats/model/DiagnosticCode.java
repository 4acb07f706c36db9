package dev.reviewstats.model;

/**
 * The stable codes of parse diagnostics. The code strings ({@code RS101}) never change meaning; new
 * codes are only ever added. {@code docs/diagnostics.md} lists them.
 */
public enum DiagnosticCode {
    // 1xx: input and document level
    /** Bytes that are not valid in the detected encoding were replaced. */
    INPUT_DECODING("RS101", DiagnosticLevel.WARNING, "bytes that are not valid in the detected encoding were replaced"),
    /** The title carries no review id; the file name gave it. */
    ID_FROM_FILE_NAME("RS102", DiagnosticLevel.INFO, "the title carries no review id; the file name gave it"),
    /** Neither the title nor the file name carries a review id. */
    ID_UNKNOWN("RS103", DiagnosticLevel.WARNING, "neither the title nor the file name carries a review id"),
    /** A section is present but its content was lost or could not be read. */
    SECTION_UNREADABLE("RS104", DiagnosticLevel.WARNING, "a section is present but its content was lost or could not be read"),
    /** A top-level section the parser does not know was kept as text only. */
    SECTION_UNKNOWN("RS105", DiagnosticLevel.INFO, "a top-level section the parser does not know was kept as text only"),
    /** Part of the input is past a structural limit (line length, block length, nesting, cell size) and was not read. */
    INPUT_LIMIT("RS106", DiagnosticLevel.WARNING, "part of the input is past a structural limit (line length, block length, nesting, cell size) and was not read"),
    /** A code fence that quotes Markdown (an agent's pasted review), or one left over from such a quote, was read as Markdown. */
    MARKUP_REPAIRED("RS107", DiagnosticLevel.INFO, "broken markup was repaired and read: a code fence that quotes Markdown, a stray fence left over from one, or a stray line inside a table"),

    // 2xx: metadata
    /** A metadata field every deep review has is missing. */
    METADATA_MISSING("RS201", DiagnosticLevel.WARNING, "a metadata field every deep review has is missing"),
    /** A metadata value could not be read. */
    METADATA_UNREADABLE("RS202", DiagnosticLevel.WARNING, "a metadata value could not be read"),
    /** A reviewer is struck out in the metadata and did not take part. */
    REVIEWER_DROPPED("RS203", DiagnosticLevel.INFO, "a reviewer is struck out in the metadata and did not take part"),
    /** The review's date or time of day was taken from its id. */
    DATE_FROM_ID("RS204", DiagnosticLevel.INFO, "the review's date or time of day was taken from its id"),
    /** The Date row and the review id name different times; the Date row was kept. */
    DATE_CONFLICT("RS205", DiagnosticLevel.WARNING, "the Date row and the review id name different times; the Date row was kept"),
    /** The review names no repository; every other review of its folder that names one names the same, and it was taken. */
    REPOSITORY_INFERRED("RS206", DiagnosticLevel.INFO, "the review names no repository; every other review of its folder that names one names the same, and it was taken"),
    /** No row names the repository; it was read from the report's PR or commit links. */
    REPOSITORY_FROM_LINK("RS207", DiagnosticLevel.INFO, "no row names the repository; it was read from the report's PR or commit links"),

    // 3xx: findings
    /** Findings are numbered per section or not at all; ids were derived from section and position. */
    FINDING_ID_SYNTHESIZED("RS301", DiagnosticLevel.INFO, "findings are numbered per section or not at all; ids were derived from section and position"),
    /** A finding's id, tag and section disagree on its severity. */
    FINDING_SEVERITY_CONFLICT("RS302", DiagnosticLevel.WARNING, "a finding's id, tag and section disagree on its severity"),
    /** A finding credits an agent that is not among the reviewers. */
    FINDING_AGENT_UNKNOWN("RS303", DiagnosticLevel.INFO, "a finding credits an agent that is not among the reviewers"),
    /** Two findings carry the same id. */
    FINDING_DUPLICATE_ID("RS304", DiagnosticLevel.WARNING, "two findings carry the same id"),
    /** Text in a findings section could not be read as a finding. */
    FINDING_UNREADABLE("RS305", DiagnosticLevel.WARNING, "text in a findings section could not be read as a finding"),
    /** A finding names no agent. */
    FINDING_NO_AGENTS("RS306", DiagnosticLevel.INFO, "a finding names no agent"),
    /** A finding is credited to the consolidation step or carried over from an earlier round, so to no reviewer. */
    FINDING_CREDITED_TO_PROCESS("RS307", DiagnosticLevel.INFO,
            "a finding is credited to the consolidation step or carried over from an earlier round, so to no reviewer"),

    // 4xx: retro and reconciliation
    /** The retro has no summary table. */
    RETRO_TABLE_MISSING("RS401", DiagnosticLevel.INFO, "the retro has no summary table"),
    /** A summary-table column names no known reviewer. */
    RETRO_AGENT_UNKNOWN("RS402", DiagnosticLevel.WARNING, "a summary-table column names no known reviewer"),
    /** A summary-table cell could not be read. */
    RETRO_CELL_UNREADABLE("RS403", DiagnosticLevel.WARNING, "a summary-table cell could not be read"),
    /** A summary-table row the parser does not know was kept as raw cells only. */
    RETRO_ROW_UNKNOWN("RS404", DiagnosticLevel.INFO, "a summary-table row the parser does not know was kept as raw cells only"),
    /** A reconciliation clause could not be read as a severity change. */
    RECONCILIATION_UNREADABLE("RS405", DiagnosticLevel.WARNING, "a reconciliation clause could not be read as a severity change"),
    /** A summary-table False positives cell counts severity misjudgements, not wrong claims; it was read as 0. */
    RETRO_FALSE_POSITIVE_SEVERITY("RS406", DiagnosticLevel.INFO, "a summary-table False positives cell counts severity misjudgements, not wrong claims; it was read as 0"),

    // 5xx: resolution
    /** A resolution row names a finding that is not in the review. */
    RESOLUTION_REF_UNRESOLVED("RS501", DiagnosticLevel.INFO, "a resolution row names a finding that is not in the review"),
    /** A resolution value could not be read. */
    RESOLUTION_UNREADABLE("RS502", DiagnosticLevel.WARNING, "a resolution value could not be read"),

    // 6xx: appendix
    /** An appendix entry's heading names no agent. */
    APPENDIX_AGENT_UNKNOWN("RS601", DiagnosticLevel.WARNING, "an appendix entry's heading names no agent"),
    /** An agent's original review has no readable findings. */
    APPENDIX_NO_FINDINGS("RS602", DiagnosticLevel.INFO, "an agent's original review has no readable findings"),
    /** An agent's original review is a summary that lists its findings by id; they were counted from that list. */
    APPENDIX_SUMMARY_LIST("RS603", DiagnosticLevel.INFO, "an agent's original review is a summary that lists its findings by id; they were counted from that list"),
    /** A re-grading or a vanished finding was inferred by comparing the agent's own review with the consolidated findings. */
    JUDGEMENT_INFERRED("RS604", DiagnosticLevel.INFO, "a re-grading or a vanished finding was inferred by comparing the agent's own review with the consolidated findings"),
    /** An agent's finding could not be linked to any statement or consolidated finding; its fate, and the agent's dropped count for the review, are unknown. */
    LEDGER_UNLINKED("RS605", DiagnosticLevel.WARNING, "an agent's finding could not be linked to any statement or consolidated finding; its fate, and the agent's dropped count for the review, are unknown"),
    /** A statement about an agent's finding names no finding of the agent's own review; it is not counted. */
    STATEMENT_UNPLACED("RS606", DiagnosticLevel.INFO, "a statement names no finding of the agent's own review (a design observation, a note, or wording the parser cannot tie to a finding); it is not counted"),

    // 7xx: merging forms of one review
    /** Two forms of the same review disagree on a value; the richer form's value was kept. */
    MERGE_CONFLICT("RS701", DiagnosticLevel.WARNING, "two forms of the same review disagree on a value; the richer form's value was kept"),
    /** A value missing from the richer form was taken from another form of the same review. */
    MERGE_FILLED("RS702", DiagnosticLevel.INFO, "a value missing from the richer form was taken from another form of the same review"),

    // 8xx: flattened text
    /** A glued table row could be split in more than one way; the documented rule chose one. */
    FLATTENED_SPLIT_AMBIGUOUS("RS801", DiagnosticLevel.WARNING, "a glued table row could be split in more than one way; cells the splits disagree on are left unknown"),
    /** A glued table row could not be split into the agents' cells. */
    FLATTENED_SPLIT_FAILED("RS802", DiagnosticLevel.WARNING, "a glued table row could not be split into the agents' cells"),
    /** The flattened text lost a value the other forms carry. */
    FLATTENED_LOST("RS803", DiagnosticLevel.INFO, "the flattened text lost a value the other forms carry"),
    /** What a text extractor added to the page or mangled in it was set right: lynx's link numbers and reference list, UTF-8 read as Latin-1. */
    EXTRACTOR_ARTIFACT("RS804", DiagnosticLevel.INFO, "what a text extractor added or mangled was set right: lynx's link numbers and reference list, UTF-8 read as Latin-1"),
    /** A reviewer the page names elsewhere is missing from the reviewers row as read: flattening lost it. */
    REVIEWER_LOST("RS805", DiagnosticLevel.WARNING, "the summary table has a column for a reviewer the reviewers row, as read, does not name: flattening lost part of the row");

    private final String id;
    private final DiagnosticLevel defaultLevel;
    private final String description;

    DiagnosticCode(String id, DiagnosticLevel defaultLevel, String description) {
        this.id = id;
        this.defaultLevel = defaultLevel;
        this.description = description;
    }

    /**
     * The stable code string, such as {@code RS101}.
     *
     * @return the stable code, such as {@code RS301}
     */
    public String id() {
        return id;
    }

    /**
     * The level the parser reports this code at.
     *
     * @return the level
     */
    public DiagnosticLevel defaultLevel() {
        return defaultLevel;
    }

    /**
     * What the code means, in one line.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Whether the code says some content was not read (as opposed to read by a rule worth knowing):
     * the footers and {@code lint} count reviews by these codes.
     *
     * @return whether it marks something unread
     */
    public boolean meansUnread() {
        return switch (this) {
            case INPUT_LIMIT, SECTION_UNREADABLE, METADATA_UNREADABLE, FINDING_UNREADABLE, RETRO_CELL_UNREADABLE,
                    RECONCILIATION_UNREADABLE, RESOLUTION_UNREADABLE, APPENDIX_AGENT_UNKNOWN, LEDGER_UNLINKED,
                    FLATTENED_SPLIT_FAILED -> true;
            default -> false;
        };
    }
}
