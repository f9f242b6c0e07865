package org.esafetyhub.monitoring;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {

    /** Months by category as a trust might see them: mostly small counts, some large, some zero. */
    private static long[][] seeded(long seed, int rows, int columns) {
        var random = new Random(seed);
        var cells = new long[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int pick = random.nextInt(10);
                cells[r][c] = pick < 3 ? 0 : pick < 7 ? 1 + random.nextInt(4) : 5 + random.nextInt(40);
            }
        }
        return cells;
    }

    /** No count from 1 to 4 is shown. */
    private static void assertNoSmallCountShown(long[][] grid, boolean[][] hidden) {
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] >= 1 && grid[r][c] <= 4) {
                    assertThat(hidden[r][c]).as("count %d at row %d, column %d", grid[r][c], r, c).isTrue();
                }
            }
        }
    }

    /**
     * Solving by subtraction: each row and each column, with its total, is one equation. A hidden count is only
     * safe if neither its row nor its column leaves it as the one unknown, so each must hold at least two hidden
     * entries (hidden cells or a hidden total).
     */
    private static void assertNoHiddenCountRecoverable(long[][] grid, boolean[][] hidden) {
        int rows = grid.length;
        int columns = grid[0].length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (!hidden[r][c]) {
                    continue;
                }
                int inRow = 0;
                for (int other = 0; other < columns; other++) {
                    inRow += hidden[r][other] ? 1 : 0;
                }
                int inColumn = 0;
                for (int other = 0; other < rows; other++) {
                    inColumn += hidden[other][c] ? 1 : 0;
                }
                assertThat(inRow).as("hidden entries in row %d (hidden cell at column %d)", r, c).isGreaterThanOrEqualTo(2);
                assertThat(inColumn).as("hidden entries in column %d (hidden cell at row %d)", c, r).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void a_seeded_dashboard_shows_no_count_below_5_and_no_hidden_count_follows_from_a_total() {
        for (long seed = 1; seed <= 500; seed++) {
            var random = new Random(seed * 31);
            var grid = Suppression.withTotals(seeded(seed, 1 + random.nextInt(12), 1 + random.nextInt(9)));
            var hidden = Suppression.hidden(grid);
            assertNoSmallCountShown(grid, hidden);
            assertNoHiddenCountRecoverable(grid, hidden);
        }
    }

    @Test
    void one_small_count_hides_the_next_smallest_of_its_row_and_column_and_the_totals_stay_true() {
        long[][] cells = {
                {3, 10, 20},
                {12, 8, 30},
                {40, 15, 25}};
        var grid = Suppression.withTotals(cells);
        var hidden = Suppression.hidden(grid);
        // the 3 is hidden; its row then hides the 10, its column the 12; the 10's column then hides the 8,
        // which closes the rectangle 3, 10, 12, 8: every row and column holds two hidden counts or none
        assertThat(hidden).isDeepEqualTo(new boolean[][] {
                {true, true, false, false},
                {true, true, false, false},
                {false, false, false, false},
                {false, false, false, false}});
        assertThat(grid[0][3]).isEqualTo(33);
        assertThat(grid[3][3]).isEqualTo(163);
        assertNoHiddenCountRecoverable(grid, hidden);
    }

    @Test
    void zero_is_shown_and_a_small_total_is_hidden_with_what_would_give_it_away() {
        long[][] cells = {{0, 2}, {0, 9}};
        var grid = Suppression.withTotals(cells);
        var hidden = Suppression.hidden(grid);
        assertThat(hidden[0][0]).isFalse();
        assertThat(hidden[1][0]).isFalse();
        assertThat(hidden[0][1]).isTrue();
        assertThat(hidden[0][2]).as("the row total, 2, is itself small").isTrue();
        assertNoSmallCountShown(grid, hidden);
        assertNoHiddenCountRecoverable(grid, hidden);
    }

    @Test
    void a_table_of_large_counts_hides_nothing() {
        var grid = Suppression.withTotals(new long[][] {{5, 6}, {7, 0}});
        var hidden = Suppression.hidden(grid);
        for (var row : hidden) {
            for (var cell : row) {
                assertThat(cell).isFalse();
            }
        }
    }
}
