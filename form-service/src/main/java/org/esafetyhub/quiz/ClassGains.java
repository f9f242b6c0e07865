package org.esafetyhub.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Per class, the mean score of its baseline attempts (before the lesson) and of its endpoint attempts
 * (after it), and the normalised learning gain (post − pre) / (max − pre) computed from those class
 * means: how much of the room for improvement the class gained. Pupils are never linked across attempts.
 */
public final class ClassGains {

    /** @param gain null ("—") without both means, or when the baseline was already full marks */
    public record ClassGain(String classCode, String classLabel, int baselineAttempts, Double baselineMean,
                            int endpointAttempts, Double endpointMean, Double gain) {
    }

    private ClassGains() {
    }

    /** Attempts without a class code are left out: a gain only means something for one class. */
    public static List<ClassGain> of(List<QuizStatistics.Attempt> attempts, int maxScore) {
        var byClass = new LinkedHashMap<String, List<QuizStatistics.Attempt>>();
        attempts.stream().filter(a -> a.classCode() != null)
                .sorted((a, b) -> label(a).compareToIgnoreCase(label(b)))
                .forEach(a -> byClass.computeIfAbsent(a.classCode(), code -> new ArrayList<>()).add(a));
        return byClass.values().stream().map(list -> {
            var before = list.stream().filter(a -> Stage.BEFORE.value().equals(a.stage())).map(QuizStatistics.Attempt::score).toList();
            var after = list.stream().filter(a -> Stage.AFTER.value().equals(a.stage())).map(QuizStatistics.Attempt::score).toList();
            return new ClassGain(list.get(0).classCode(), label(list.get(0)), before.size(), Figures.mean(before),
                    after.size(), Figures.mean(after), gain(Figures.mean(before), Figures.mean(after), maxScore));
        }).toList();
    }

    static Double gain(Double pre, Double post, int max) {
        if (pre == null || post == null || pre >= max) {
            return null;
        }
        return (post - pre) / (max - pre);
    }

    private static String label(QuizStatistics.Attempt attempt) {
        return attempt.classLabel() == null ? attempt.classCode() : attempt.classLabel();
    }
}
