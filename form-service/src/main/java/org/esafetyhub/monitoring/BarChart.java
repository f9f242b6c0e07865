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
        var rows = table.body();
        return of(rows.stream().map(CountTable.Row::label).toList(), rows.stream().map(r -> r.cells().get(column)).toList(),
                rows.stream().map(r -> r.counts().get(column)).toList());
    }

    /** One bar for each column but the total, of its count in the totals row. */
    static BarChart ofTotals(CountTable table) {
        int columns = table.columns().size() - 1;
        var totals = table.totals();
        return of(table.columns().subList(0, columns), totals.cells().subList(0, columns), totals.counts().subList(0, columns));
    }

    /** @param counts null where the count is hidden: no bar, and its text says so */
    private static BarChart of(List<String> labels, List<String> texts, List<Long> counts) {
        long most = counts.stream().filter(c -> c != null).mapToLong(Long::longValue).max().orElse(0);
        var bars = new ArrayList<Bar>();
        int y = 0;
        for (int i = 0; i < labels.size(); i++) {
            var count = counts.get(i);
            int length = count == null || count == 0 || most == 0 ? 0 : Math.max(2, Math.round((float) count * LONGEST / most));
            bars.add(new Bar(labels.get(i), texts.get(i), y + 18, y + 26, length, BAR, length + 8, y + 44));
            y += ROW;
        }
        return new BarChart(WIDTH, Math.max(y, ROW), List.copyOf(bars));
    }
}
