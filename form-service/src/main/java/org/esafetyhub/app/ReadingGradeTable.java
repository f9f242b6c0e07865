package org.esafetyhub.app;

import org.esafetyhub.site.PageReading;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** check-config's table of every page's reading grade against its ceiling, worst first within each audience. */
final class ReadingGradeTable {

    private ReadingGradeTable() {
    }

    static void print(List<PageReading> readings, PrintWriter out) {
        out.println("reading grades (Flesch-Kincaid grade of each baked page's main; see docs/authoring.md, Reading age):");
        int width = readings.stream().mapToInt(page -> page.file().length()).max().orElse(4);
        out.println(String.format(Locale.ROOT, "  %-" + width + "s  %-8s  %5s  %7s  %7s", "page", "audience", "grade", "ceiling",
                "longest"));
        for (var page : readings) {
            var reading = page.reading();
            out.println(String.format(Locale.ROOT, "  %-" + width + "s  %-8s  %5.1f  %7s  %7s  %s", page.file(),
                    page.audience().isEmpty() ? "-" : page.audience(), reading.rounded(),
                    page.ceiling().isPresent() ? String.valueOf(page.ceiling().getAsInt()) : "-",
                    reading.longestWords() + " w", mark(page)).stripTrailing());
        }
        long failing = readings.stream().filter(PageReading::fails).count();
        out.println("reading grades: " + readings.size() + " pages, " + failing + " over their ceiling (failing the bake)");
    }

    private static String mark(PageReading page) {
        return page.fails() ? "OVER" : "";
    }
}
