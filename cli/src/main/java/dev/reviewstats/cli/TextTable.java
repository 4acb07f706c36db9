package dev.reviewstats.cli;

import java.util.ArrayList;
import java.util.List;

/** A table of text cells as a terminal shows it (left-aligned columns two spaces apart) or as Markdown. */
final class TextTable {
    private TextTable() {
    }

    /**
     * The rows under the head; cells are made safe for a terminal, and in Markdown a bar in a cell
     * is escaped.
     */
    static String render(List<String> head, List<List<String>> rows, boolean markdown) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(head);
        rows.forEach(r -> cells.add(r.stream().map(TerminalText::safe).toList()));
        int[] width = new int[head.size()];
        cells.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            if (markdown) {
                out.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
                if (r == 0) {
                    out.append("|").append(" --- |".repeat(row.size())).append('\n');
                }
            } else {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.size(); i++) {
                    line.append(String.format("%-" + width[i] + "s", row.get(i))).append(i + 1 < row.size() ? "  " : "");
                }
                out.append(line.toString().stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }
}
