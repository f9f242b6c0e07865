package org.esafetyhub.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of counts with its row and column totals, as the dashboard and its CSV show it: each count as a
 * number, or "fewer than 5" where {@link Suppression} hides it (only for readers who are not the academy's own).
 */
public record CountTable(List<String> columns, List<Row> rows) {

    public static final String HIDDEN = "fewer than 5";
    public static final String TOTAL = "Total";

    /** @param total whether this is the totals row; {@code counts} holds null where a count is hidden */
    public record Row(String label, List<String> cells, List<Long> counts, boolean total) {
    }

    /** @param suppress hide small counts and whatever would give them away */
    static CountTable of(List<String> rowLabels, List<String> columnLabels, long[][] cells, boolean suppress) {
        var grid = Suppression.withTotals(cells, columnLabels.size());
        var hidden = suppress ? Suppression.hidden(grid) : new boolean[grid.length][grid[0].length];
        var rows = new ArrayList<Row>();
        for (int r = 0; r < grid.length; r++) {
            var texts = new ArrayList<String>();
            var counts = new ArrayList<Long>();
            for (int c = 0; c < grid[r].length; c++) {
                texts.add(hidden[r][c] ? HIDDEN : String.valueOf(grid[r][c]));
                counts.add(hidden[r][c] ? null : grid[r][c]);
            }
            boolean total = r == grid.length - 1;
            rows.add(new Row(total ? TOTAL : rowLabels.get(r), List.copyOf(texts), java.util.Collections.unmodifiableList(counts), total));
        }
        var columns = new ArrayList<>(columnLabels);
        columns.add(TOTAL);
        return new CountTable(List.copyOf(columns), List.copyOf(rows));
    }

    /** The totals row. */
    public Row totals() {
        return rows.get(rows.size() - 1);
    }

    /** The rows without the totals row. */
    public List<Row> body() {
        return rows.subList(0, rows.size() - 1);
    }
}
