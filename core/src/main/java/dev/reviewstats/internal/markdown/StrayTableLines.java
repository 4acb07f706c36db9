package dev.reviewstats.internal.markdown;

import dev.reviewstats.model.Diagnostic;
import dev.reviewstats.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line without cell bars between two rows of a table (a bad paste, a note typed into the metadata
 * table) ends the table for a Markdown parser, and every row after it is read as a paragraph: one
 * stray line loses a review's reviewers, verdict and PR. Such a line is made a row of its own, so the
 * rows after it stay in the table; the line count is unchanged and a diagnostic names the line.
 */
final class StrayTableLines {
    /** A delimiter row: cells of dashes with optional colons, such as {@code |---|:--:|}. */
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\s{0,3}\\|?\\s*:?-{1,64}:?\\s*(\\|\\s*:?-{1,64}:?\\s*){0,64}\\|?\\s*");

    private StrayTableLines() {
    }

    record Repaired(String text, List<Diagnostic> notes) {
        Repaired {
            notes = List.copyOf(notes);
        }
    }

    static Repaired repair(String text) {
        String[] lines = text.split("\n", -1);
        List<Diagnostic> notes = new ArrayList<>();
        boolean inFence = false;
        boolean inTable = false;
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                inFence = !inFence;
                inTable = false;
                continue;
            }
            if (inFence) {
                continue;
            }
            if (line.isBlank()) {
                inTable = false;
            } else if (isRow(stripped)) {
                // A table starts at a delimiter row under a header row.
                inTable = inTable || (i > 0 && isRow(lines[i - 1].stripLeading()) && DELIMITER_ROW.matcher(line).matches());
            } else if (inTable && line.indexOf('|') < 0 && i + 1 < lines.length && isRow(lines[i + 1].stripLeading())) {
                lines[i] = "| " + line.strip() + " |";
                changed = true;
                notes.add(Diagnostic.of(DiagnosticCode.MARKUP_REPAIRED, "line " + (i + 1) + " inside a table has no cell bars;"
                        + " it was read as a row of the table, so that the rows after it are kept", i + 1));
            } else {
                inTable = false;
            }
        }
        return new Repaired(changed ? String.join("\n", lines) : text, notes);
    }

    private static boolean isRow(String stripped) {
        return stripped.startsWith("|");
    }
}
