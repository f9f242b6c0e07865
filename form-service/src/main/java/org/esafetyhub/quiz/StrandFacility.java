package org.esafetyhub.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Facility by Education for a Connected World strand and age band, across quizzes: of all the answers
 * to questions of a strand, in lessons for an age band, the fraction that were right.
 */
public final class StrandFacility {

    public record Cell(int answers, int correct) {

        /** Null ("—") when no question of the strand was answered in that age band. */
        public Double facility() {
            return answers == 0 ? null : (double) correct / answers;
        }
    }

    public record Line(String strand, List<Cell> cells) {
    }

    /** @param ageBands the columns, youngest first; each line has one cell per age band */
    public record Table(List<String> ageBands, List<Line> lines) {
    }

    private StrandFacility() {
    }

    static Table of(List<ResultStore.QuestionCount> counts, BiFunction<String, String, Optional<Quiz>> quizVersion,
                    Function<String, String> ageBand) {
        var versions = new HashMap<String, Optional<Quiz>>();
        var sums = new TreeMap<String, Map<String, int[]>>(String.CASE_INSENSITIVE_ORDER);
        var bands = new TreeSet<String>(Comparator.comparingInt(StrandFacility::youngestAge).thenComparing(Comparator.naturalOrder()));
        for (var count : counts) {
            var quiz = versions.computeIfAbsent(count.quizId() + "@" + count.quizVersion(),
                    key -> quizVersion.apply(count.quizId(), count.quizVersion()));
            var strand = quiz.flatMap(q -> q.question(count.questionId())).map(Quiz.Question::strand);
            if (strand.isEmpty()) {
                continue;
            }
            var band = ageBand.apply(count.quizId());
            bands.add(band);
            var sum = sums.computeIfAbsent(strand.get(), s -> new HashMap<>()).computeIfAbsent(band, b -> new int[2]);
            sum[0] += count.answers();
            sum[1] += count.correct();
        }
        var lines = new ArrayList<Line>();
        sums.forEach((strand, byBand) -> lines.add(new Line(strand, bands.stream()
                .map(band -> byBand.getOrDefault(band, new int[2]))
                .map(sum -> new Cell(sum[0], sum[1])).toList())));
        return new Table(List.copyOf(bands), List.copyOf(lines));
    }

    /** "7-11" sorts before "11-14": by the first number in the band. */
    private static int youngestAge(String band) {
        var digits = band.replaceAll("^\\D*(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : Integer.MAX_VALUE;
    }
}
