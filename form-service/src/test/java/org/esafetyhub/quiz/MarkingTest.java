package org.esafetyhub.quiz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MarkingTest {

    @TempDir
    Path folder;

    private Quiz quiz() throws Exception {
        return QuizFile.load(Files.writeString(folder.resolve("q.quiz.yaml"), QuizFileTest.QUIZ), "q.quiz.yaml");
    }

    @Test
    void a_multiple_choice_question_is_right_only_with_exactly_its_correct_options() throws Exception {
        var quiz = quiz();

        var partly = Marking.mark(quiz, Map.of("q1", Set.of("a"), "q2", Set.of("a")));
        var exactly = Marking.mark(quiz, Map.of("q1", Set.of("a"), "q2", Set.of("a", "b")));
        var tooMany = Marking.mark(quiz, Map.of("q1", Set.of("b"), "q2", Set.of("a", "b", "c")));

        assertThat(partly.score()).isEqualTo(1);
        assertThat(exactly.score()).isEqualTo(2);
        assertThat(tooMany.score()).isZero();
        assertThat(tooMany.max()).isEqualTo(2);
        assertThat(tooMany.questions().get(1).chosen()).extracting(Marking.Chosen::feedback)
                .containsExactly("Yes.", "That can make it worse.", "Yes.");
    }

    @Test
    void an_unanswered_question_is_a_problem_to_put_right_not_a_zero() throws Exception {
        assertThat(Marking.problems(quiz(), Map.of("q1", Set.of("a"), "q2", Set.of())))
                .containsExactly(Map.entry("q2", "Choose at least one answer to question 2"));
    }

    @Test
    void two_answers_to_a_single_choice_question_or_an_unknown_option_are_problems() throws Exception {
        assertThat(Marking.problems(quiz(), Map.of("q1", Set.of("a", "b"), "q2", Set.of("z"))))
                .containsEntry("q1", "Choose only one answer to question 1")
                .containsEntry("q2", "Choose from the answers shown for question 2");
    }
}
