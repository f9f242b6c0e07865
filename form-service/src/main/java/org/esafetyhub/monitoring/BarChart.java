package org.esafetyhub.monitoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a horizontal bar chart drawn as SVG on the server: each bar under its label, with its count
 * written beside it, so that it reads without colour; a hidden count draws no bar and says "fewer than 5".
 */
public record BarChart(int width, int height, List<Bar> bars) {

    public record Bar(String label, String text, int labelY, int barY, int barWidth, int barHeight, int textX, int textY) {
    }

    private static final int WIDTH = 640;
    private static final int LONGEST = 480;
    private static final int ROW = 56;
    private static final int BAR = 24;

    /** One bar for each body row of the table, of its count in {@code column}. */
    static BarChart of(CountTable table, int column) {
        long most = table.body().stream().map(row -> row.counts().get(column)).filter(c -> c != null)
                .mapToLong(Long::longValue).max().orElse(0);
        var bars = new ArrayList<Bar>();
        int y = 0;
        for (var row : table.body()) {
            var count = row.counts().get(column);
            int length = count == null || most == 0 ? 0 : Math.max(count == 0 ? 0 : 2, Math.round((float) count * LONGEST / most));
            bars.add(new Bar(row.label(), row.cells().get(column), y + 18, y + 26, length, BAR, length + 8, y + 44));
            y += ROW;
        }
        return new BarChart(WIDTH, Math.max(y, ROW), List.copyOf(bars));
    }

    /** One bar for each column but the total, of its count in the totals row. */
    static BarChart ofTotals(CountTable table) {
        var totals = table.totals();
        var columns = table.columns().subList(0, table.columns().size() - 1);
        var flipped = new ArrayList<CountTable.Row>();
        for (int c = 0; c < columns.size(); c++) {
            flipped.add(new CountTable.Row(columns.get(c), List.of(totals.cells().get(c)),
                    java.util.Collections.singletonList(totals.counts().get(c)), false));
        }
        flipped.add(new CountTable.Row(CountTable.TOTAL, List.of(""), java.util.Collections.singletonList(null), true));
        return of(new CountTable(List.of("Count"), flipped), 0);
    }
}
