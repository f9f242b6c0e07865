package org.esafetyhub.monitoring;

import org.esafetyhub.csv.Csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's figures as CSV (RFC 4180), one row a figure: table, row, column, value. Hidden counts read
 * "fewer than 5", as on the page. A cell a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
public final class DashboardCsv {

    private DashboardCsv() {
    }

    public static String of(Dashboard dashboard, String scopeName) {
        var lines = new ArrayList<List<String>>();
        lines.add(List.of("table", "row", "column", "value"));
        lines.add(List.of("period", scopeName, dashboard.period().from() + " to " + dashboard.period().to(),
                dashboard.suppressed() ? "counts from 1 to 4 hidden" : "exact counts"));
        add(lines, "Reports by category and month", dashboard.categories());
        add(lines, "Reports by urgency and month", dashboard.urgency());
        add(lines, "Open cases by age", dashboard.openCases());
        for (var median : dashboard.medians()) {
            lines.add(List.of("Median times", median.label(), "cases", median.cases()));
            lines.add(List.of("Median times", median.label(), "median", median.time()));
        }
        add(lines, "Quiz attempts by lesson", dashboard.lessons());
        for (var means : dashboard.means()) {
            lines.add(List.of("Mean quiz score by lesson", means.lesson(), "Before the lesson", means.before()));
            lines.add(List.of("Mean quiz score by lesson", means.lesson(), "After the lesson", means.after()));
        }
        return Csv.of(lines.stream());
    }

    private static void add(List<List<String>> lines, String name, CountTable table) {
        for (var row : table.rows()) {
            for (int c = 0; c < table.columns().size(); c++) {
                lines.add(List.of(name, row.label(), table.columns().get(c), row.cells().get(c)));
            }
        }
    }
}
