package dev.reviewstats.internal.flattened;

import dev.reviewstats.internal.outline.Block;
import dev.reviewstats.internal.outline.SectionCollector;
import dev.reviewstats.internal.read.InputLimits;
import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/** The state of one read of flattened text, shared by the line walk and the table readers. */
final class FlatRead {
    final FlatLines lines;
    final SectionCollector sections = new SectionCollector();
    final Attributions agents = new Attributions();
    private final List<Diagnostic> notes = new ArrayList<>();

    /** A read of the input with the line limits applied; where they cut is the first of the notes. */
    FlatRead(String text) {
        InputLimits.Limited limited = InputLimits.apply(text, false);
        ExtractorArtifacts.Cleaned cleaned = ExtractorArtifacts.clean(limited.text());
        this.lines = new FlatLines(cleaned.text(), cleaned.layout());
        notes.addAll(limited.notes());
        notes.addAll(cleaned.notes());
    }

    void add(Block b) {
        sections.add(b);
    }

    void note(DiagnosticCode code, String message, int line) {
        notes.add(Diagnostic.of(code, message, line));
    }

    List<Diagnostic> notes() {
        return notes;
    }
}
