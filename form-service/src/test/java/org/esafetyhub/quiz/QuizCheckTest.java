package org.esafetyhub.quiz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esafetyhub.quiz.QuizFixtures.multiple;
import static org.esafetyhub.quiz.QuizFixtures.quiz;
import static org.esafetyhub.quiz.QuizFixtures.single;
import static org.esafetyhub.quiz.QuizFixtures.trueFalse;

class QuizCheckTest {

    private static final String NAME = "content/lessons/fair.quiz.yaml";

    /** Right answers 1st, 2nd, 3rd, 1st; the right one longest once; one "select all" of two with its wrong option last; absolutes on both sides. */
    static final String BALANCED = quiz("fair",
            single("q1", "*Tell an adult you trust", "Reply with a joke back", "Keep it all to yourself"),
            single("q2", "Share the post with friends", "*Save the messages as proof", "Post something meaner back"),
            single("q3", "Wait for it to stop", "Laugh it off in public", "*Report it to the app"),
            single("q4", "*Block them and tell someone you trust", "Delete your account", "Reply once to say stop"),
            multiple("q5", "*Telling a teacher", "*Calling Childline", "Replying angrily"),
            multiple("q6", "*Keeping screenshots", "Sending it on", "*Blocking the account"),
            trueFalse("q7", "You can always ask for help.", true),
            trueFalse("q8", "A joke can never hurt.", false));

    @TempDir
    Path folder;

    private Quiz load(String yaml) throws Exception {
        return QuizFile.load(Files.writeString(folder.resolve("fair.quiz.yaml"), yaml), NAME);
    }

    @Test
    void a_balanced_quiz_passes_every_rule() throws Exception {
        assertThat(QuizCheck.problems(load(BALANCED), NAME)).isEmpty();
    }

    @Test
    void the_right_answer_in_one_place_in_more_than_half_the_single_choice_questions_fails_naming_them() {
        var firstThreeTimes = BALANCED.replace(
                single("q2", "Share the post with friends", "*Save the messages as proof", "Post something meaner back"),
                single("q2", "*Save the messages as proof", "Share the post with friends", "Post something meaner back"));

        assertThatThrownBy(() -> load(firstThreeTimes)).isInstanceOf(InvalidQuizException.class)
                .hasMessage(NAME + ": questions q1, q2, q4: the right answer is the 1st option in 3 of the 4 single-choice questions,"
                        + " and at most half may share a place. Move the right answer to another place in 1 of them");
    }

    @Test
    void the_right_option_longest_in_more_than_half_the_single_choice_questions_fails_naming_them_and_a_tie_is_not_longest() {
        var longest = BALANCED.replace("\"Save the messages as proof\"", "\"Save the messages as proof for later\"")
                .replace("\"Report it to the app\"", "\"Report it to the app straight away\"");

        // q1's right option ties with a wrong one (23 characters each): not the longest
        assertThatThrownBy(() -> load(longest)).isInstanceOf(InvalidQuizException.class)
                .hasMessage(NAME + ": questions q2, q3, q4: the right option is the longest in 3 of the 4 single-choice questions,"
                        + " and may be in at most half. In 1 of them, shorten the right option or make a wrong one at least as long");
    }

    @Test
    void position_and_length_are_not_judged_below_four_single_choice_questions() throws Exception {
        var three = quiz("fair",
                single("q1", "*Tell an adult you trust now", "Reply", "Ignore it"),
                single("q2", "*Save the messages as proof", "Share it", "Laugh"),
                single("q3", "*Report it to the app today", "Wait", "Reply"));

        assertThat(QuizCheck.problems(load(three), NAME)).isEmpty();
    }

    @Test
    void more_than_half_the_select_all_questions_putting_their_wrong_options_last_fails_naming_them() {
        var bothLast = BALANCED.replace(multiple("q6", "*Keeping screenshots", "Sending it on", "*Blocking the account"),
                multiple("q6", "*Keeping screenshots", "*Blocking the account", "Sending it on"));

        assertThatThrownBy(() -> load(bothLast)).isInstanceOf(InvalidQuizException.class)
                .hasMessage(NAME + ": questions q5, q6: 2 of the 2 \"select all\" questions put their wrong options after all their right ones,"
                        + " and at most half may. Put a wrong option before a right one in 1 of them");
    }

    @Test
    void a_quiz_whose_one_select_all_question_puts_its_wrong_options_last_fails() throws Exception {
        var one = quiz("fair", multiple("q1", "*Telling a teacher", "*Calling Childline", "Replying angrily", "Posting it"),
                trueFalse("q2", "Screenshots can help.", true));

        assertThatThrownBy(() -> load(one)).isInstanceOf(InvalidQuizException.class)
                .hasMessage(NAME + ": question q1: the quiz's one \"select all\" question puts its wrong options after all its right ones,"
                        + " and at most half may. Put a wrong option before a right one in it");
        assertThat(QuizCheck.problems(load(quiz("fair", multiple("q1", "*Telling a teacher", "Replying angrily", "*Calling Childline", "Posting it"),
                trueFalse("q2", "Screenshots can help.", true))), NAME)).isEmpty();
    }

    @Test
    void absolute_words_only_in_false_statements_fail_naming_the_questions_and_words() {
        var onlyFalse = BALANCED.replace("\"You can always ask for help.\"", "\"You can ask for help.\"")
                .replace("\"Keep it all to yourself\"", "\"Keep it to yourself forever\"")
                .replace("\"Laugh it off in public\"", "\"No one will care, so laugh it off\"");

        assertThatThrownBy(() -> load(onlyFalse)).isInstanceOf(InvalidQuizException.class)
                .hasMessage(NAME + ": questions q1 (forever), q3 (no one), q8 (never): absolute words are only in wrong answers"
                        + " (and in true/false statements that are false), so they mark what is wrong."
                        + " Reword those answers without them, or use such words in right answers too");
    }

    @Test
    void an_absolute_word_in_a_right_option_lets_them_in_wrong_ones_and_only_whole_words_count() throws Exception {
        var rightToo = BALANCED.replace("\"You can always ask for help.\"", "\"You can ask for help.\"")
                .replace("\"Report it to the app\"", "\"Always report it\"");
        var partWords = BALANCED.replace("\"You can always ask for help.\"", "\"Nothingness is not a word here.\"")
                .replace("\"A joke can never hurt.\"", "\"A joke can hurt nevertheless.\"");

        assertThat(QuizCheck.problems(load(rightToo), NAME)).isEmpty();
        assertThat(QuizCheck.problems(load(partWords), NAME)).isEmpty();
        assertThat(QuizCheck.absoluteWordsIn("NOBODY saw it; no  one cared; Everyone's fine")).containsExactly("everyone", "no one", "nobody");
    }

    @Test
    void the_staff_training_quiz_is_checked_too() throws Exception {
        var staff = Files.createDirectories(folder.resolve("content/staff-guide"));
        Files.writeString(staff.resolve("course.md"), "title=Course\ndate=2026-11-27\ntype=guidance\nstatus=published\nsummary=S.\n~~~~~~\nText.\n");
        Files.writeString(staff.resolve("course.training.yaml"), quiz("staff-training", multiple("signs", "*Withdrawn", "*Tired", "Nothing"))
                .replace("lesson: staff-training", "lesson: course"));

        assertThatThrownBy(() -> org.esafetyhub.training.TrainingCourse.loadFrom(folder.resolve("content")))
                .isInstanceOf(InvalidQuizException.class).hasMessageContaining("content/staff-guide/course.training.yaml: question signs: the quiz's one \"select all\" question");
    }
}
