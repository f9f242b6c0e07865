package org.esafetyhub.quiz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class QuizFileTest {

    public static final String QUIZ = """
            id: jokes
            title: Jokes quiz
            lesson: jokes
            questions:
              - id: q1
                type: single
                strand: Online bullying
                text: Is a joke that hurts still hurtful?
                explanation: What matters is how it feels to the person.
                options:
                  - id: a
                    text: "Yes"
                    correct: true
                    feedback: Right.
                  - id: b
                    text: "No"
                    correct: false
                    feedback: It can still hurt.
              - id: q2
                type: multiple
                strand: Online bullying
                text: Which help? Select all that apply.
                explanation: Both help.
                options:
                  - id: a
                    text: Telling an adult
                    correct: true
                    feedback: Yes.
                  - id: c
                    text: Replying angrily
                    correct: false
                    feedback: That can make it worse.
                  - id: b
                    text: Keeping a screenshot
                    correct: true
                    feedback: Yes.
            """;

    @TempDir
    Path folder;

    private Quiz load(String yaml) throws Exception {
        return QuizFile.load(Files.writeString(folder.resolve("jokes.quiz.yaml"), yaml), "content/lessons/jokes.quiz.yaml");
    }

    @Test
    void a_quiz_without_a_correct_option_with_two_correct_in_a_single_question_and_empty_feedback_fails_naming_each() {
        var broken = QUIZ.replace("correct: true\n        feedback: Right.", "correct: false\n        feedback: Right.")
                .replace("feedback: That can make it worse.", "feedback: \"\"")
                .replace("type: multiple", "type: single");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(InvalidQuizException.class)
                .hasMessageContaining("content/lessons/jokes.quiz.yaml: question q1: no option is correct")
                .hasMessageContaining("content/lessons/jokes.quiz.yaml: question q2: a single question has 2 correct options; it needs exactly one")
                .hasMessageContaining("content/lessons/jokes.quiz.yaml: question q2: option c has empty feedback");
    }

    @Test
    void a_repeated_question_id_fails() {
        assertThatThrownBy(() -> load(QUIZ.replace("id: q2", "id: q1")))
                .isInstanceOf(InvalidQuizException.class)
                .hasMessageContaining("question q1: the id is used twice");
    }

    @Test
    void a_misspelt_key_fails_naming_its_question() {
        assertThatThrownBy(() -> load(QUIZ.replace("explanation: Both help.", "explanaton: Both help.")))
                .isInstanceOf(InvalidQuizException.class)
                .hasMessage("content/lessons/jokes.quiz.yaml: questions[1]: unknown key \"explanaton\"");
    }

    @Test
    void editing_a_question_makes_a_new_version_and_a_comment_does_not() throws Exception {
        var original = load(QUIZ).version();

        assertThat(load("# reviewed with the PSHE lead\n" + QUIZ).version()).isEqualTo(original);
        assertThat(load(QUIZ.replace("Both help.", "Both of these help.")).version()).isNotEqualTo(original).hasSize(12);
    }
}
