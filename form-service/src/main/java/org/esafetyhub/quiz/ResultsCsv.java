package org.esafetyhub.quiz;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The results as CSV (RFC 4180): one row an attempt, or one row a question. A cell that a spreadsheet
 * would run as a formula (starting with = + - or @) is prefixed with an apostrophe.
 */
public final class ResultsCsv {

    private ResultsCsv() {
    }

    public static String attempts(QuizResults.Report report) {
        var lines = Stream.<List<String>>builder();
        lines.add(List.of("quiz", "version", "academy", "class", "stage", "hour", "score", "max", "answers"));
        for (var attempt : report.attempts()) {
            var answers = report.quiz().questions().stream()
                    .map(q -> q.id() + "=" + (attempt.answers().containsKey(q.id())
                            ? String.join(",", new TreeSet<>(attempt.answers().get(q.id()).optionIds())) : ""))
                    .collect(Collectors.joining(" "));
            lines.add(List.of(report.quiz().id(), report.version(), nullToEmpty(attempt.academySlug()),
                    nullToEmpty(attempt.classCode()), attempt.stage(), attempt.takenHour(), String.valueOf(attempt.score()),
                    String.valueOf(attempt.maxScore()), answers));
        }
        return csv(lines.build());
    }

    public static String questions(QuizResults.Report report) {
        var lines = Stream.<List<String>>builder();
        lines.add(List.of("quiz", "version", "number", "question", "text", "strand", "answered", "facility", "discrimination",
                "flags", "most chosen wrong option", "times chosen", "misconceptions"));
        for (var q : report.summary().questions()) {
            var wrong = q.mostChosenWrong();
            lines.add(List.of(report.quiz().id(), report.version(), String.valueOf(q.number()), q.id(), q.text(),
                    nullToEmpty(q.strand()), String.valueOf(q.answered()), figure(q.facility()), figure(q.discrimination()),
                    String.join("; ", q.flags()), wrong == null ? "" : wrong.text(), wrong == null ? "" : String.valueOf(wrong.chosen()),
                    q.misconceptions().stream().map(m -> m.name() + ": " + m.chosen()).collect(Collectors.joining("; "))));
        }
        return csv(lines.build());
    }

    static String figure(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Lines of cells as CSV, each cell quoted when it must be and guarded against running as a formula. */
    public static String csv(Stream<List<String>> lines) {
        return lines.map(cells -> cells.stream().map(ResultsCsv::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    static String cell(String value) {
        var safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
