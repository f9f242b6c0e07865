package org.esafetyhub.quiz;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esafetyhub.quiz.QuizFixtures.ids;

class OptionOrderTest {

    private static final Path CONTENT = Path.of(System.getProperty("hub.root", "..")).resolve("content");

    private static Quiz.Option option(String id, boolean correct) {
        return new Quiz.Option(id, "Option " + id, correct, "Feedback " + id, null);
    }

    private static Quiz.Question question(String id, Quiz.Type type, Quiz.Option... options) {
        return new Quiz.Question(id, type, "Online bullying", "Question " + id, "Because.", List.of(options));
    }

    /** Everything the check refuses, on purpose: every right answer first, every wrong option last. */
    private static Quiz givingAway(int threeOptionSingles, int fourOptionSingles, int multiples) {
        var questions = new ArrayList<Quiz.Question>();
        for (int i = 0; i < threeOptionSingles + fourOptionSingles; i++) {
            var options = new ArrayList<>(List.of(option("a", true), option("b", false), option("c", false)));
            if (i >= threeOptionSingles) {
                options.add(option("d", false));
            }
            questions.add(question("s" + i, Quiz.Type.SINGLE, options.toArray(Quiz.Option[]::new)));
        }
        for (int i = 0; i < multiples; i++) {
            questions.add(question("m" + i, Quiz.Type.MULTIPLE, option("a", true), option("b", true), option("c", false)));
        }
        questions.add(question("tf", Quiz.Type.TRUEFALSE, option("false", true), option("true", false)));
        return new Quiz("giving-away", "Giving away", "giving-away", "v1", questions);
    }

    /** How many single-choice questions with so many options show their right answer in each place. */
    private static Map<Integer, int[]> rightPlaces(Quiz quiz, Map<String, List<Quiz.Option>> shown) {
        var places = new HashMap<Integer, int[]>();
        quiz.questions().stream().filter(q -> q.type() == Quiz.Type.SINGLE).forEach(q -> {
            var options = shown.get(q.id());
            int place = options.indexOf(options.stream().filter(Quiz.Option::correct).findFirst().orElseThrow());
            places.computeIfAbsent(options.size(), n -> new int[n])[place]++;
        });
        return places;
    }

    @Test
    void the_same_quiz_is_always_shown_in_the_same_order_and_another_quiz_id_draws_another() {
        var quiz = givingAway(6, 0, 3);
        var renamed = new Quiz("other", quiz.title(), quiz.lesson(), quiz.version(), quiz.questions());

        assertThat(OptionOrder.of(quiz)).isEqualTo(OptionOrder.of(givingAway(6, 0, 3)));
        assertThat(OptionOrder.of(renamed)).isNotEqualTo(OptionOrder.of(quiz));
    }

    @Test
    void the_right_answers_places_are_shared_out_evenly_among_questions_with_as_many_options() {
        for (int threes = 1; threes <= 8; threes++) {
            for (int fours = 0; fours <= 5; fours++) {
                var quiz = givingAway(threes, fours, 0);
                var places = rightPlaces(quiz, OptionOrder.of(quiz));

                for (var counts : places.values()) {
                    int most = java.util.Arrays.stream(counts).max().orElseThrow();
                    int fewest = java.util.Arrays.stream(counts).min().orElseThrow();
                    assertThat(most - fewest).as("%d three-option and %d four-option questions: %s", threes, fours, java.util.Arrays.toString(counts)).isLessThanOrEqualTo(1);
                }
            }
        }
    }

    @Test
    void every_option_keeps_its_id_and_text_only_its_place_changes() {
        var quiz = givingAway(5, 2, 4);
        var shown = OptionOrder.of(quiz);

        assertThat(shown.keySet()).containsExactlyElementsOf(quiz.questions().stream().map(Quiz.Question::id).toList());
        for (var question : quiz.questions()) {
            assertThat(shown.get(question.id())).containsExactlyInAnyOrderElementsOf(question.options());
        }
    }

    @Test
    void a_select_all_question_never_shows_every_wrong_option_last_and_true_comes_before_false() {
        var quiz = givingAway(0, 0, 40);
        var shown = OptionOrder.of(quiz);

        for (var question : quiz.questions()) {
            if (question.type() == Quiz.Type.MULTIPLE) {
                assertThat(QuizCheck.wrongOptionsLast(shown.get(question.id()))).as(question.id() + ": " + ids(shown.get(question.id()))).isFalse();
            }
        }
        assertThat(ids(shown.get("tf"))).containsExactly("true", "false");
    }

    @Test
    void pages_the_api_and_the_service_show_the_baked_order_with_the_same_ids() {
        var quiz = givingAway(3, 0, 1);
        var shown = OptionOrder.of(quiz);

        for (var question : quiz.withoutAnswers().questions()) {
            assertThat(question.options()).extracting(Quiz.PublicQuiz.Option::id).containsExactlyElementsOf(ids(shown.get(question.id())));
        }
        assertThat(OptionOrder.describe(quiz)).isEqualTo("single-choice right answers by position: file 1:3 2:0 3:0, baked 1:1 2:1 3:1;"
                + " select-all with wrong options last: file 1 of 1, baked 0 of 1");
    }

    @Test
    void the_shipped_quizzes_do_not_show_the_right_answer_first_in_more_than_half_their_single_choice_questions() throws Exception {
        var bank = QuizBank.load(CONTENT);
        var quizzes = new ArrayList<>(bank.quizzes());
        try (var files = java.nio.file.Files.walk(CONTENT)) {
            // the staff training quiz (training/TrainingCourse) is in the lesson quizzes' format
            files.filter(f -> f.getFileName().toString().endsWith(".training.yaml"))
                    .forEach(f -> quizzes.add(QuizFile.load(f, f.getFileName().toString())));
        }
        assertThat(quizzes).extracting(Quiz::id).contains("staff-training");

        for (var quiz : quizzes) {
            var shown = OptionOrder.of(quiz);
            var singles = quiz.questions().stream().filter(q -> q.type() == Quiz.Type.SINGLE).toList();
            var multiples = quiz.questions().stream().filter(q -> q.type() == Quiz.Type.MULTIPLE).toList();
            long rightFirst = singles.stream().filter(q -> shown.get(q.id()).get(0).correct()).count();

            assertThat(rightFirst * 2).as(quiz.id() + ": right answer first in %d of %d", rightFirst, singles.size())
                    .isLessThanOrEqualTo(singles.size());
            if (!multiples.isEmpty()) {
                assertThat(multiples).as(quiz.id() + ": select-all questions with wrong options last")
                        .anyMatch(q -> !QuizCheck.wrongOptionsLast(shown.get(q.id())));
            }
        }
    }
}
