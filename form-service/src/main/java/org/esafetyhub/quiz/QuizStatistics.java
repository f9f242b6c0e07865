package org.esafetyhub.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of one quiz version over a set of attempts: attempts, mean and median score, the score
 * distribution, Cronbach's alpha, and per question its facility, discrimination (as Moodle defines it:
 * the correlation of the question's score with the score on the rest of the quiz), the wrong option
 * chosen most and how often each named misconception was chosen. Every question scores 1 when exactly
 * its correct options are chosen, else 0, as {@link Marking} marks it.
 */
public final class QuizStatistics {

    /** Below this many attempts the figures carry a "small sample" warning. */
    public static final int SMALL_SAMPLE = 20;
    static final double EASY = 0.9;
    static final double HARD = 0.3;
    static final double WEAK_DISCRIMINATION = 0.2;

    /** One stored attempt: who it counts for (never who took it), when to the hour, and each answer. */
    public record Attempt(String id, String academySlug, String classCode, String classLabel, String stage, String takenHour,
                          int score, int maxScore, Map<String, Answer> answers) {
    }

    public record Answer(Set<String> optionIds, boolean correct) {
    }

    public record Summary(int attempts, int maxScore, Double mean, Double median, boolean smallSample, Double alpha,
                          List<Integer> distribution, List<QuestionFigures> questions) {

        public int mostAtOneScore() {
            return distribution.stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    /** @param flags why the question should be reviewed, in words; empty when nothing stands out */
    public record QuestionFigures(int number, String id, String text, String strand, int answered, Double facility,
                                  Double discrimination, List<String> flags, WrongOption mostChosenWrong,
                                  List<Misconception> misconceptions) {
    }

    public record WrongOption(String id, String text, int chosen) {
    }

    public record Misconception(String name, int chosen) {
    }

    private QuizStatistics() {
    }

    public static Summary of(Quiz quiz, List<Attempt> attempts) {
        int max = quiz.questions().size();
        var totals = attempts.stream().map(a -> itemScores(quiz, a).stream().mapToInt(Integer::intValue).sum()).toList();
        var distribution = new ArrayList<>(Collections.nCopies(max + 1, 0));
        totals.forEach(total -> distribution.set(total, distribution.get(total) + 1));
        var questions = new ArrayList<QuestionFigures>();
        for (int i = 0; i < max; i++) {
            questions.add(question(quiz, i, attempts, totals));
        }
        return new Summary(attempts.size(), max, Figures.mean(totals), Figures.median(totals),
                attempts.size() < SMALL_SAMPLE, alpha(quiz, attempts, totals), List.copyOf(distribution), List.copyOf(questions));
    }

    private static List<Integer> itemScores(Quiz quiz, Attempt attempt) {
        return quiz.questions().stream().map(q -> score(attempt, q.id())).toList();
    }

    private static int score(Attempt attempt, String questionId) {
        var answer = attempt.answers().get(questionId);
        return answer != null && answer.correct() ? 1 : 0;
    }

    private static QuestionFigures question(Quiz quiz, int index, List<Attempt> attempts, List<Integer> totals) {
        var question = quiz.questions().get(index);
        var scores = attempts.stream().map(a -> score(a, question.id())).toList();
        var rest = new ArrayList<Integer>();
        for (int i = 0; i < attempts.size(); i++) {
            rest.add(totals.get(i) - scores.get(i));
        }
        var facility = Figures.mean(scores);
        var discrimination = Figures.correlation(scores, rest);
        var wrongCounts = new ArrayList<WrongOption>();
        var misconceptions = new ArrayList<Misconception>();
        for (var option : question.options()) {
            if (option.correct()) {
                continue;
            }
            int chosen = (int) attempts.stream().filter(a -> a.answers().containsKey(question.id())
                    && a.answers().get(question.id()).optionIds().contains(option.id())).count();
            wrongCounts.add(new WrongOption(option.id(), option.text(), chosen));
            if (option.misconception() != null && !option.misconception().isBlank()) {
                misconceptions.add(new Misconception(option.misconception(), chosen));
            }
        }
        // the first of equally chosen options wins, so the answer does not depend on the order of counting
        WrongOption most = null;
        for (var wrong : wrongCounts) {
            if (wrong.chosen() > 0 && (most == null || wrong.chosen() > most.chosen())) {
                most = wrong;
            }
        }
        return new QuestionFigures(index + 1, question.id(), question.text(), question.strand(), attempts.size(), facility,
                discrimination, flags(facility, discrimination), most, List.copyOf(misconceptions));
    }

    static List<String> flags(Double facility, Double discrimination) {
        var flags = new ArrayList<String>();
        if (facility != null && facility > EASY) {
            flags.add("Very easy: more than 9 in 10 got it right");
        }
        if (facility != null && facility < HARD) {
            flags.add("Very hard: fewer than 3 in 10 got it right");
        }
        if (discrimination != null && discrimination < WEAK_DISCRIMINATION) {
            flags.add("Does not separate pupils who did well on the rest of the quiz from those who did not (discrimination below 0.2)");
        }
        return List.copyOf(flags);
    }

    /** Cronbach's alpha: k/(k-1) × (1 − sum of the questions' variances / variance of the totals). */
    private static Double alpha(Quiz quiz, List<Attempt> attempts, List<Integer> totals) {
        int k = quiz.questions().size();
        var totalVariance = Figures.variance(totals);
        if (k < 2 || attempts.size() < 2 || totalVariance == null || totalVariance == 0) {
            return null;
        }
        double itemVariances = quiz.questions().stream()
                .mapToDouble(q -> Figures.variance(attempts.stream().map(a -> score(a, q.id())).toList()))
                .sum();
        return (double) k / (k - 1) * (1 - itemVariances / totalVariance);
    }
}
