package org.esafetyhub.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which counts of a table to hide so that none can point at a child (issue 10, part 4), as official education
 * statistics do. The table comes with its margins: the last column holds each row's total, the last row each
 * column's, and the corner the grand total; totals are the true totals of all the data, hidden cells included.
 * <ol>
 * <li>Primary: every count from 1 to 4 is hidden, totals too. Zero is shown: it counts nobody.</li>
 * <li>Secondary: each row and each column, with its total, is one sum. While a line holds exactly one hidden
 * count, that count could be worked out by subtraction, so the smallest other count of the line is hidden too:
 * the smallest non-zero inner cell first, then a non-zero total, a zero only when nothing else is left.
 * Repeated until every line holds no hidden count or at least two.</li>
 * </ol>
 */
public final class Suppression {

    /** The smallest count shown as it is; 1 to 4 read "fewer than 5". */
    public static final int SMALLEST_SHOWN = 5;

    private Suppression() {
    }

    /** The cells with a total column, a total row and the grand total added. */
    public static long[][] withTotals(long[][] cells) {
        return withTotals(cells, cells.length == 0 ? 0 : cells[0].length);
    }

    /** @param columns how many columns the table has, also when it has no rows (a period without quiz attempts) */
    static long[][] withTotals(long[][] cells, int columns) {
        int rows = cells.length;
        var grid = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = cells[r][c];
                grid[r][columns] += cells[r][c];
                grid[rows][c] += cells[r][c];
                grid[rows][columns] += cells[r][c];
            }
        }
        return grid;
    }

    static boolean small(long count) {
        return count >= 1 && count < SMALLEST_SHOWN;
    }

    /** @param grid a table with its totals, as {@link #withTotals} makes it; @return true where a count must be hidden */
    public static boolean[][] hidden(long[][] grid) {
        int rows = grid.length;
        int columns = grid[0].length;
        var hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = small(grid[r][c]);
            }
        }
        var lines = new ArrayList<List<int[]>>();
        for (int r = 0; r < rows; r++) {
            var line = new ArrayList<int[]>();
            for (int c = 0; c < columns; c++) {
                line.add(new int[] {r, c});
            }
            lines.add(line);
        }
        for (int c = 0; c < columns; c++) {
            var line = new ArrayList<int[]>();
            for (int r = 0; r < rows; r++) {
                line.add(new int[] {r, c});
            }
            lines.add(line);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var line : lines) {
                if (line.stream().filter(at -> hidden[at[0]][at[1]]).count() == 1) {
                    var next = line.stream().filter(at -> !hidden[at[0]][at[1]])
                            .min(Comparator.<int[]>comparingInt(at -> grid[at[0]][at[1]] == 0 ? 1 : 0)
                                    .thenComparingInt(at -> at[0] == rows - 1 || at[1] == columns - 1 ? 1 : 0)
                                    .thenComparingLong(at -> grid[at[0]][at[1]]));
                    if (next.isPresent()) {
                        hidden[next.get()[0]][next.get()[1]] = true;
                        changed = true;
                    }
                }
            }
        }
        return hidden;
    }
}
