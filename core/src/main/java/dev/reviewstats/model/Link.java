package dev.reviewstats.model;

import java.util.Locale;

/** How a ledger entry was tied to what became of its finding. */
public enum Link {
    /** The report states it: a reconciliation clause, an id map, a calibration note, the retro. */
    STATED,
    /** Matched by the parser to a consolidated finding, on location and wording, with a score. */
    MATCHED,
    /** Tied to nothing: the fate is what the absence of any link means (vanished), or unknown (unlinked). */
    NONE;

    /**
     * The lower-case name the JSON and the tables use.
     *
     * @return the name in the JSON form
     */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
