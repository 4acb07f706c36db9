package dev.reviewstats.internal.outline;

import java.util.List;

/**
 * A table of inline-text cells.
 *
 * @param header the header cells (empty strings for an empty header row)
 * @param rows the body rows; rows may be shorter or longer than the header
 * @param rowLines the 1-based line of each body row, parallel to {@code rows}
 * @param line the 1-based line of the table
 */
public record TableBlock(List<String> header, List<List<String>> rows, List<Integer> rowLines, int line)
        implements Block {
    public TableBlock {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        rowLines = List.copyOf(rowLines);
        if (rowLines.size() != rows.size()) {
            throw new IllegalArgumentException("one line per row");
        }
    }

    public int rowLine(int row) {
        return rowLines.get(row);
    }
}
