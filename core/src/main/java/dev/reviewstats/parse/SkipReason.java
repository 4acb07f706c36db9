package dev.reviewstats.parse;

/** Why an input produced no review. */
public enum SkipReason {
    /** The document was read and is something else: an architecture review, a catalogue page, notes. */
    NOT_A_REVIEW(false),
    /** The file holds no text. */
    EMPTY(true),
    /** The file holds binary data. */
    BINARY(true),
    /** The file is larger than the documented limit. */
    TOO_LARGE(true),
    /** Parsing the file took longer than the per-file budget ({@link ReviewParser#withBudget}). */
    OVER_BUDGET(true),
    /** The file could not be read: permissions, deleted while running, an I/O error. */
    UNREADABLE(true),
    /** The path names a device, a pipe or a socket: not opened, since such a read may never end. */
    NOT_A_FILE(true),
    /** The path does not exist. */
    MISSING(true),
    /**
     * A directory link leads back into a directory being walked ({@code ln -s . self}). Its content
     * was walked once already, so nothing is lost: reported, but no problem.
     */
    LINK_LOOP(false);

    private final boolean problem;

    SkipReason(boolean problem) {
        this.problem = problem;
    }

    /**
     * Whether the skip means input was lost, as opposed to correctly set aside.
     *
     * @return whether the reason is a problem (the file could not be read), not a file of another kind
     */
    public boolean isProblem() {
        return problem;
    }

    /**
     * Whether some input among {@code skipped} was lost rather than correctly set aside.
     *
     * @param skipped inputs that gave no review
     * @return whether any was skipped for a problem
     */
    public static boolean anyProblem(java.util.Collection<ParseResult.Skipped> skipped) {
        return skipped.stream().anyMatch(s -> s.reason().isProblem());
    }
}
