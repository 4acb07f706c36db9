package dev.reviewstats.model;

/** Where a judgement was read from. */
public enum JudgementSource {
    /** The Reconciliation (or Severity changes) paragraph or list. */
    RECONCILIATION,
    /** A calibration note inside a consolidated finding's body ("Gemini rated this Critical"). */
    FINDING_NOTE,
    /** The agent's own review in the appendix, compared with the consolidated finding that cites it. */
    APPENDIX,
    /** The retro's prose about the agent, where it is the only statement. */
    RETRO
}
