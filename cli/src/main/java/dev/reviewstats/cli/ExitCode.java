package dev.reviewstats.cli;

/** Every exit status review-stats returns, in one place (documented in the README). */
public enum ExitCode {
    /** Everything given was read, or correctly set aside as not a review. */
    OK(0),
    /** An unexpected internal error; a bug. */
    INTERNAL_ERROR(1),
    /** The command line was wrong. */
    USAGE(2),
    /** The run finished, but some input could not be read and was skipped (each named on stderr). */
    SKIPPED_INPUT(3),
    /** {@code --strict} found inconsistencies. */
    STRICT_FAILURE(4),
    /** The output could not be written whole (a full disk, a closed pipe, an unwritable file). */
    OUTPUT_FAILED(5),
    /** A {@code --fail-if} quality gate failed (the data was printed; each gate's verdict is on stderr). */
    GATE_FAILED(6),
    /**
     * The reports did not fit in the JVM's heap; nothing, or not all, was written. The leaderboard,
     * {@code parse}, {@code table}, {@code findings} and {@code lint} stream and fit a small heap; the
     * others keep every review for the run.
     */
    OUT_OF_MEMORY(7);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /**
     * The process exit status.
     *
     * @return the status
     */
    public int code() {
        return code;
    }
}
