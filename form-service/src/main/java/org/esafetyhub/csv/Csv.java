package org.esafetyhub.csv;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The service's one CSV writer: RFC 4180, CRLF after every row, a cell quoted when it holds a comma, a quote or a
 * line break. How cells are written is chosen by {@link Cells}: every export people open in a spreadsheet is
 * {@link Cells#FORMULA_GUARDED}; only a file whose values are checked again is {@link Cells#VERBATIM}.
 */
public final class Csv {

    /** How a cell's value is written. */
    public enum Cells {
        /** A cell starting with = + - or @ gets an apostrophe in front, so that a spreadsheet never runs it as a formula. */
        FORMULA_GUARDED,
        /**
         * Exactly as stored (quoted when it must be, nothing added): for the case's audit entries in the evidence bundle,
         * whose hashes must verify when recomputed from the file. A spreadsheet may read such a cell as a formula, so
         * the bundle's readers are told to open it as text.
         */
        VERBATIM
    }

    private Csv() {
    }

    /** Rows with {@link Cells#FORMULA_GUARDED} cells. */
    public static String of(Stream<List<String>> rows) {
        return of(Cells.FORMULA_GUARDED, rows);
    }

    public static String of(Cells cells, Stream<List<String>> rows) {
        return rows.map(row -> row.stream().map(value -> cells == Cells.VERBATIM ? quoted(value) : cell(value))
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** One formula-guarded cell, quoted when it must be. */
    public static String cell(String value) {
        return quoted(!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value);
    }

    private static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
