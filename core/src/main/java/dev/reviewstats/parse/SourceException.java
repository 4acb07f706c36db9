package dev.reviewstats.parse;

/**
 * A path argument that names a git source ({@code REPOSITORY@REF}) which cannot be read: the folder
 * is no git repository, or the ref names no commit in it. The message is one line, fit for a usage
 * error; unlike an unreadable report, which is skipped and the run goes on, this stops the load,
 * because the user named the source on purpose and a run without it would answer another question.
 */
public final class SourceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, in one line
     * @param cause the underlying failure
     */
    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
