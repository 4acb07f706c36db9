package dev.reviewstats.model;

import java.util.Objects;

/**
 * Something a parser could not read, or read by a rule worth knowing, at a place in the input.
 *
 * @param code the stable code
 * @param level how much it matters
 * @param message what happened, naming the value or section
 * @param line the 1-based input line, or 0 when it concerns the whole document
 * @serial exclude
 */
public record Diagnostic(DiagnosticCode code, DiagnosticLevel level, String message, int line) implements java.io.Serializable {
    /**
     * Checks the components.
     *
     * @param code the stable code
     * @param level how much it matters
     * @param message what happened, naming the value or section
     * @param line the 1-based input line, or 0 when it concerns the whole document
     */
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("negative line");
        }
    }

    /**
     * Document order: by line, then code, then message. Diagnostics are reported in this one order
     * whatever order the stages that found them ran in, so two runs print the same thing.
     */
    public static final java.util.Comparator<Diagnostic> DOCUMENT_ORDER = java.util.Comparator.comparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::code).thenComparing(Diagnostic::message);

    /**
     * A diagnostic at the code's default level.
     *
     * @param code what happened
     * @param message what, in words, with the values involved
     * @param line the 1-based input line, or 0
     * @return the diagnostic
     */
    public static Diagnostic of(DiagnosticCode code, String message, int line) {
        return new Diagnostic(code, code.defaultLevel(), message, line);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + code.id() + " " + level + " " + message;
    }
}
