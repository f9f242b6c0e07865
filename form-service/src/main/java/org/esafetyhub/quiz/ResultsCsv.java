package org.esafetyhub.quiz;

import org.esafetyhub.csv.Csv;
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
        return attempts(report, report.attempts());
    }

    /**
     * For readers who are not the academy's own (the trust's eSafety officer): only the attempts of classes with at
     * least {@value #SMALLEST_GROUP} attempts in the export, a class being one class code of one academy, or the
     * attempts of an academy made without a class code. Smaller groups are left out whole, not listed row by row.
     */
    public static String attemptsOfLargerClasses(QuizResults.Report report) {
        var sizes = report.attempts().stream().collect(Collectors.groupingBy(ResultsCsv::group, Collectors.counting()));
        return attempts(report, report.attempts().stream().filter(a -> sizes.get(group(a)) >= SMALLEST_GROUP).toList());
    }

    /** The smallest class whose attempts the officer's export lists. */
    public static final int SMALLEST_GROUP = 5;

    private static List<String> group(QuizStatistics.Attempt attempt) {
        return java.util.Arrays.asList(attempt.academySlug(), attempt.classCode());
    }

    private static String attempts(QuizResults.Report report, List<QuizStatistics.Attempt> attempts) {
        var lines = Stream.<List<String>>builder();
        lines.add(List.of("quiz", "version", "academy", "class", "stage", "hour", "score", "max", "answers"));
        for (var attempt : attempts) {
            var answers = report.quiz().questions().stream()
                    .map(q -> q.id() + "=" + (attempt.answers().containsKey(q.id())
                            ? String.join(",", new TreeSet<>(attempt.answers().get(q.id()).optionIds())) : ""))
                    .collect(Collectors.joining(" "));
            lines.add(List.of(report.quiz().id(), report.version(), nullToEmpty(attempt.academySlug()),
                    nullToEmpty(attempt.classCode()), attempt.stage(), attempt.takenHour(), String.valueOf(attempt.score()),
                    String.valueOf(attempt.maxScore()), answers));
        }
        return Csv.of(lines.build());
    }

    public static String questions(QuizResults.Report report) {
        return questions(report, false);
    }

    /**
     * For readers who are not the academy's own: a count of pupils from 1 to 4 (answered, times chosen, misconceptions)
     * reads "fewer than 5", and a question answered by fewer than 5 gives no facility or discrimination either.
     */
    public static String questionsWithSmallCountsHidden(QuizResults.Report report) {
        return questions(report, true);
    }

    private static String questions(QuizResults.Report report, boolean hide) {
        var lines = Stream.<List<String>>builder();
        lines.add(List.of("quiz", "version", "number", "question", "text", "strand", "answered", "facility", "discrimination",
                "flags", "most chosen wrong option", "times chosen", "misconceptions"));
        for (var q : report.summary().questions()) {
            var wrong = q.mostChosenWrong();
            boolean few = hide && q.answered() >= 1 && q.answered() < SMALLEST_GROUP;
            lines.add(List.of(report.quiz().id(), report.version(), String.valueOf(q.number()), q.id(), q.text(),
                    nullToEmpty(q.strand()), count(q.answered(), hide), few ? "" : figure(q.facility()),
                    few ? "" : figure(q.discrimination()), String.join("; ", q.flags()), wrong == null ? "" : wrong.text(),
                    wrong == null ? "" : count(wrong.chosen(), hide),
                    q.misconceptions().stream().map(m -> m.name() + ": " + count(m.chosen(), hide)).collect(Collectors.joining("; "))));
        }
        return Csv.of(lines.build());
    }

    private static String count(long count, boolean hide) {
        return hide && count >= 1 && count < SMALLEST_GROUP ? "fewer than 5" : String.valueOf(count);
    }

    static String figure(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
