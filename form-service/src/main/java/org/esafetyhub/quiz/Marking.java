package org.esafetyhub.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks and marks a pupil's answers. A question is right when exactly its correct options are
 * chosen; a question left unanswered is an error to put right, never a zero.
 */
public final class Marking {

    public record Result(String quizId, String version, int score, int max, List<MarkedQuestion> questions) {
    }

    record MarkedQuestion(String id, String text, boolean correct, String explanation, List<Chosen> chosen) {
    }

    record Chosen(String id, String text, String feedback, boolean correct) {
    }

    private Marking() {
    }

    /** What is wrong with the answers, by question id; empty when they can be marked. */
    public static Map<String, String> problems(Quiz quiz, Map<String, Set<String>> answers) {
        var problems = new LinkedHashMap<String, String>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            var question = quiz.questions().get(i);
            var chosen = answers.getOrDefault(question.id(), Set.of());
            var number = "question " + (i + 1);
            if (chosen.isEmpty()) {
                problems.put(question.id(), question.type() == Quiz.Type.MULTIPLE
                        ? "Choose at least one answer to " + number : "Choose an answer to " + number);
            } else if (!chosen.stream().allMatch(id -> question.option(id).isPresent())) {
                problems.put(question.id(), "Choose from the answers shown for " + number);
            } else if (chosen.size() > 1 && question.type() != Quiz.Type.MULTIPLE) {
                problems.put(question.id(), "Choose only one answer to " + number);
            }
        }
        return problems;
    }

    /** Marks answers that have no {@link #problems}. */
    public static Result mark(Quiz quiz, Map<String, Set<String>> answers) {
        var marked = quiz.questions().stream().map(question -> {
            var chosenIds = answers.get(question.id());
            var chosen = question.options().stream()
                    .filter(option -> chosenIds.contains(option.id()))
                    .map(option -> new Chosen(option.id(), option.text(), option.feedback(), option.correct()))
                    .toList();
            boolean correct = question.options().stream().allMatch(option -> option.correct() == chosenIds.contains(option.id()));
            return new MarkedQuestion(question.id(), question.text(), correct, question.explanation(), chosen);
        }).toList();
        int score = (int) marked.stream().filter(MarkedQuestion::correct).count();
        return new Result(quiz.id(), quiz.version(), score, marked.size(), marked);
    }
}
