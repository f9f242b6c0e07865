package org.esafetyhub.quiz;

import org.esafetyhub.crypto.Sha256;
import org.esafetyhub.data.DataFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads one {@code <lesson>.quiz.yaml} and checks it: its structure, then that it gives no answer
 * away ({@link QuizCheck}). Its version is a hash of the parsed quiz, so
 * an edit to a question or an answer makes a new version while comments and layout do not.
 */
public final class QuizFile {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private QuizFile() {
    }

    /** @param name how problems name the file, such as {@code content/lessons/jokes.quiz.yaml} */
    public static Quiz load(Path file, String name) {
        Quiz quiz;
        try {
            quiz = DataFile.read(file, name, Quiz.class);
        } catch (DataFile.Invalid e) {
            throw new InvalidQuizException(List.of(e.getMessage()));
        }
        var problems = new ArrayList<>(problems(quiz, name));
        if (problems.isEmpty()) {
            problems.addAll(QuizCheck.problems(quiz, name));
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuizException(problems);
        }
        return new Quiz(quiz.id(), quiz.title(), quiz.lesson(), versionOf(quiz), quiz.questions());
    }

    static String versionOf(Quiz quiz) {
        try {
            var canonical = CANONICAL.writeValueAsString(new Quiz(quiz.id(), quiz.title(), quiz.lesson(), null, quiz.questions()));
            return HexFormat.of().formatHex(Sha256.of(canonical), 0, 6);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> problems(Quiz quiz, String name) {
        var problems = new ArrayList<String>();
        if (quiz == null) {
            return List.of(name + ": the file is empty");
        }
        for (var field : new String[][] {{"id", quiz.id()}, {"title", quiz.title()}, {"lesson", quiz.lesson()}}) {
            if (field[1] == null || field[1].isBlank()) {
                problems.add(name + ": " + field[0] + " is missing");
            }
        }
        if (quiz.questions() == null || quiz.questions().isEmpty()) {
            problems.add(name + ": there are no questions");
            return problems;
        }
        var questionIds = new HashSet<String>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            var question = quiz.questions().get(i);
            var at = name + ": question " + (question.id() == null ? "#" + (i + 1) : question.id()) + ": ";
            if (question.id() == null || !questionIds.add(question.id())) {
                problems.add(at + (question.id() == null ? "has no id" : "the id is used twice"));
            }
            if (question.type() == null) {
                problems.add(at + "type must be single, multiple or truefalse");
                continue;
            }
            if (blank(question.text()) || blank(question.explanation())) {
                problems.add(at + "needs a text and an explanation");
            }
            problems.addAll(optionProblems(question, at));
        }
        return problems;
    }

    private static List<String> optionProblems(Quiz.Question question, String at) {
        var problems = new ArrayList<String>();
        if (question.options() == null || question.options().size() < 2) {
            return List.of(at + "needs at least two options");
        }
        var optionIds = new HashSet<String>();
        for (var option : question.options()) {
            if (option.id() == null || !optionIds.add(option.id())) {
                problems.add(at + (option.id() == null ? "an option has no id" : "option id " + option.id() + " is used twice"));
            }
            if (blank(option.text())) {
                problems.add(at + "option " + option.id() + " has no text");
            }
            if (blank(option.feedback())) {
                problems.add(at + "option " + option.id() + " has empty feedback");
            }
        }
        long correct = question.options().stream().filter(Quiz.Option::correct).count();
        if (correct == 0) {
            problems.add(at + "no option is correct");
        } else if (correct > 1 && question.type() != Quiz.Type.MULTIPLE) {
            problems.add(at + "a " + question.type().name().toLowerCase() + " question has " + correct + " correct options; it needs exactly one");
        }
        if (question.type() == Quiz.Type.TRUEFALSE && !optionIds.equals(java.util.Set.of("true", "false"))) {
            problems.add(at + "a truefalse question has exactly the options true and false");
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
