package dev.reviewstats.model;

/** What a report says in a section: kept apart so "none" is never confused with "not there". */
public enum SectionState {
    /** The report has no such section. */
    ABSENT,
    /** The section is there and says there is nothing ("None."). */
    NONE,
    /** The section is there and was read. */
    PRESENT,
    /** The section is there but its content was lost or could not be read; see the diagnostics. */
    UNREADABLE
}
