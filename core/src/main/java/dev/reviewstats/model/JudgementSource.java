package dev.reviewstats.model;

/** Where a judgement (or a ledger entry's fate) was read from. */
public enum JudgementSource {
    /** The Reconciliation (or Severity changes) paragraph or list. */
    RECONCILIATION,
    /** A calibration note inside a consolidated finding's body ("Gemini rated this Critical"). */
    FINDING_NOTE,
    /** The agent's own review in the appendix, compared with the consolidated finding that cites it. */
    APPENDIX,
    /** The retro's prose about the agent, where it is the only statement. */
    RETRO,
    /** An appendix that maps each of the agent's finding ids to the consolidated one ({@code I1 → S2}). */
    ID_MAP,
    /** The retro summary table's counts (False positives, Downgraded, Dropped), where they are the only statement. */
    RETRO_TABLE
}
