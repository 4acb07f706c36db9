package dev.reviewstats.internal.extract;

import dev.reviewstats.model.Agent;
import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import dev.reviewstats.model.DiagnosticLevel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The state of one parse: what was learnt so far and what went wrong. One per parse, never shared. */
final class ParseContext {
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<DiagnosticCode> reportedOnce = EnumSet.noneOf(DiagnosticCode.class);
    private final int lineCount;
    private final AgentNames agents;
    /** Families (lower case) a statement about which could not be read; {@code "*"} for one that names none. */
    private final Set<String> unreadStatements = new java.util.HashSet<>();

    ParseContext(int lineCount) {
        this(lineCount, java.util.Map.of(), java.util.function.UnaryOperator.identity());
    }

    /** A context whose agent names know {@code aliases} (alias → family) too, and name models as {@code models} does. */
    ParseContext(int lineCount, java.util.Map<String, String> aliases, java.util.function.UnaryOperator<dev.reviewstats.model.Agent> models) {
        this.agents = new AgentNames(aliases, models);
        this.lineCount = lineCount;
    }

    /** The web addresses the report links to (from the outline), for values the text only links. */
    private List<String> links = List.of();

    void links(List<String> addresses) {
        this.links = List.copyOf(addresses);
    }

    List<String> links() {
        return links;
    }

    /** Takes over what the front end noted. */
    void addAll(List<Diagnostic> notes) {
        diagnostics.addAll(notes);
    }

    AgentNames agents() {
        return agents;
    }

    void report(DiagnosticCode code, String message, int line) {
        diagnostics.add(Diagnostic.of(code, message, clamp(line)));
    }

    void report(DiagnosticCode code, DiagnosticLevel level, String message, int line) {
        diagnostics.add(new Diagnostic(code, level, message, clamp(line)));
    }

    /** Reports a code only the first time, for rules that apply to a whole document. */
    void reportOnce(DiagnosticCode code, String message, int line) {
        if (reportedOnce.add(code)) {
            report(code, message, line);
        }
    }

    private int clamp(int line) {
        return line < 0 || line > lineCount ? 0 : line;
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** Notes that a statement about the agents' findings could not be read; empty family: it names none. */
    void unreadStatement(java.util.Optional<String> family) {
        unreadStatements.add(family.map(f -> f.toLowerCase(java.util.Locale.ROOT)).orElse("*"));
    }

    Set<String> unreadStatementFamilies() {
        return Set.copyOf(unreadStatements);
    }

    void setReviewers(List<Agent> reviewers) {
        agents.setReviewers(reviewers);
    }
}
