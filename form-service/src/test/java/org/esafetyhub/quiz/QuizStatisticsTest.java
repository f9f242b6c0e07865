package org.esafetyhub.quiz;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The statistics pinned to figures worked out by hand on a small fixed data set (the working is in the comments). */
class QuizStatisticsTest {

    private static final Quiz QUIZ = new Quiz("fixed", "Fixed quiz", "fixed", "v1", List.of(
            new Quiz.Question("q1", Quiz.Type.SINGLE, "Online bullying", "Question one", "Why one", List.of(
                    new Quiz.Option("a", "A1", true, "Yes", null),
                    new Quiz.Option("b", "B1", false, "No", "M1"),
                    new Quiz.Option("c", "C1", false, "No", null))),
            new Quiz.Question("q2", Quiz.Type.TRUEFALSE, "Online relationships", "Question two", "Why two", List.of(
                    new Quiz.Option("true", "True", true, "Yes", null),
                    new Quiz.Option("false", "False", false, "No", null))),
            new Quiz.Question("q3", Quiz.Type.MULTIPLE, "Online bullying", "Question three", "Why three", List.of(
                    new Quiz.Option("a", "A3", true, "Yes", null),
                    new Quiz.Option("b", "B3", true, "Yes", null),
                    new Quiz.Option("c", "C3", false, "No", "M2")))));

    /** Marks the chosen options with the real marking, as a stored attempt would have been. */
    private static QuizStatistics.Attempt attempt(String classCode, String stage, String q1, String q2, String q3) {
        var chosen = Map.of("q1", Set.of(q1.split(",")), "q2", Set.of(q2.split(",")), "q3", Set.of(q3.split(",")));
        var result = Marking.mark(QUIZ, chosen);
        var answers = new LinkedHashMap<String, QuizStatistics.Answer>();
        result.questions().forEach(q -> answers.put(q.id(), new QuizStatistics.Answer(chosen.get(q.id()), q.correct())));
        return new QuizStatistics.Attempt("id", "riverside-primary", classCode, classCode, stage, "2026-11-27T10",
                result.score(), result.max(), answers);
    }

    /*
     * Item scores (q1, q2, q3) and totals:
     *   A1: a / true / a,b     -> 1 1 1 = 3
     *   A2: a / true / a       -> 1 1 0 = 2   (q3 misses b: multiple choice scores only when fully right)
     *   A3: b / true / a,b,c   -> 0 1 0 = 1
     *   A4: a / false / a,b    -> 1 0 1 = 2
     *   A5: b / false / c      -> 0 0 0 = 0
     * Totals 3,2,1,2,0: mean 8/5 = 1.6; sorted 0,1,2,2,3: median 2; distribution 0:1 1:1 2:2 3:1.
     */
    private static final List<QuizStatistics.Attempt> FIVE = List.of(
            attempt(null, "after", "a", "true", "a,b"),
            attempt(null, "after", "a", "true", "a"),
            attempt(null, "after", "b", "true", "a,b,c"),
            attempt(null, "after", "a", "false", "a,b"),
            attempt(null, "after", "b", "false", "c"));

    @Test
    void attempts_mean_median_and_distribution_match_the_hand_computation() {
        var summary = QuizStatistics.of(QUIZ, FIVE);

        assertThat(summary.attempts()).isEqualTo(5);
        assertThat(summary.maxScore()).isEqualTo(3);
        assertThat(summary.mean()).isCloseTo(1.6, within(1e-9));
        assertThat(summary.median()).isCloseTo(2.0, within(1e-9));
        assertThat(summary.distribution()).containsExactly(1, 1, 2, 1);
        assertThat(summary.smallSample()).isTrue();
    }

    /*
     * Facility = mean item score: q1 3/5 = 0.6, q2 3/5 = 0.6, q3 2/5 = 0.4.
     * Discrimination = Pearson r of the item score x with the rest r = total − x:
     *   q1: x = 1,1,0,1,0 (mean .6), r = 2,1,1,1,0 (mean 1); dx = .4,.4,−.6,.4,−.6, dr = 1,0,0,0,−1;
     *       Σdxdr = .4 + .6 = 1.0; Σdx² = 3(.16) + 2(.36) = 1.2; Σdr² = 2; r = 1/√2.4 = 0.645497
     *   q2: x = 1,1,1,0,0, r = 2,1,0,2,0 (mean 1); dr = 1,0,−1,1,−1; Σdxdr = .4 − .4 − .6 + .6 = 0; r = 0
     *   q3: x = 1,0,0,1,0 (mean .4), r = 2,2,1,1,0 (mean 1.2); dx = .6,−.4,−.4,.6,−.4, dr = .8,.8,−.2,−.2,−1.2;
     *       Σdxdr = .48 − .32 + .08 − .12 + .48 = .6; Σdx² = 1.2; Σdr² = 2.8; r = .6/√3.36 = 0.327327
     * Only q2 is flagged (discrimination 0 < 0.2); no facility is above 0.9 or below 0.3.
     */
    @Test
    void facility_and_discrimination_per_question_match_the_hand_computation() {
        var questions = QuizStatistics.of(QUIZ, FIVE).questions();

        assertThat(questions).extracting(QuizStatistics.QuestionFigures::facility).containsExactly(0.6, 0.6, 0.4);
        assertThat(questions.get(0).discrimination()).isCloseTo(0.645497, within(1e-6));
        assertThat(questions.get(1).discrimination()).isCloseTo(0.0, within(1e-9));
        assertThat(questions.get(2).discrimination()).isCloseTo(0.327327, within(1e-6));
        assertThat(questions.get(0).flags()).isEmpty();
        assertThat(questions.get(1).flags()).singleElement().asString().contains("discrimination below 0.2");
        assertThat(questions.get(2).flags()).isEmpty();
    }

    /*
     * Wrong options chosen: q1 b by A3 and A5 (2), c by nobody; q2 false by A4 and A5 (2);
     * q3 c by A3 and A5 (2). Misconceptions: M1 (q1 b) 2, M2 (q3 c) 2.
     */
    @Test
    void the_most_chosen_wrong_option_and_each_misconception_are_counted() {
        var questions = QuizStatistics.of(QUIZ, FIVE).questions();

        assertThat(questions.get(0).mostChosenWrong()).isEqualTo(new QuizStatistics.WrongOption("b", "B1", 2));
        assertThat(questions.get(0).misconceptions()).containsExactly(new QuizStatistics.Misconception("M1", 2));
        assertThat(questions.get(1).mostChosenWrong()).isEqualTo(new QuizStatistics.WrongOption("false", "False", 2));
        assertThat(questions.get(1).misconceptions()).isEmpty();
        assertThat(questions.get(2).mostChosenWrong()).isEqualTo(new QuizStatistics.WrongOption("c", "C3", 2));
        assertThat(questions.get(2).misconceptions()).containsExactly(new QuizStatistics.Misconception("M2", 2));
    }

    /*
     * Population variances: each item .24 (Σdx² 1.2 / 5), sum .72; totals 3,2,1,2,0 around 1.6:
     * squares 1.96 + .16 + .36 + .16 + 2.56 = 5.2, variance 1.04.
     * alpha = 3/2 × (1 − .72/1.04) = 1.5 × .32/1.04 = 6/13 = 0.461538
     */
    @Test
    void cronbachs_alpha_matches_the_hand_computation() {
        assertThat(QuizStatistics.of(QUIZ, FIVE).alpha()).isCloseTo(6.0 / 13, within(1e-9));
    }

    @Test
    void figures_without_spread_are_absent_rather_than_nan_and_an_all_right_question_is_flagged_easy() {
        var allRight = List.of(attempt(null, "after", "a", "true", "a,b"), attempt(null, "after", "a", "true", "a,b"));

        var summary = QuizStatistics.of(QUIZ, allRight);
        var none = QuizStatistics.of(QUIZ, List.of());

        assertThat(summary.alpha()).isNull();
        assertThat(summary.questions()).allSatisfy(q -> {
            assertThat(q.facility()).isEqualTo(1.0);
            assertThat(q.discrimination()).isNull();
            assertThat(q.flags()).singleElement().asString().startsWith("Very easy");
            assertThat(q.mostChosenWrong()).isNull();
        });
        assertThat(none.mean()).isNull();
        assertThat(none.median()).isNull();
        assertThat(none.alpha()).isNull();
        assertThat(none.distribution()).containsExactly(0, 0, 0, 0);
        assertThat(none.questions()).allSatisfy(q -> assertThat(q.facility()).isNull());
    }

    @Test
    void a_question_fewer_than_three_in_ten_get_right_is_flagged_hard() {
        var attempts = new ArrayList<QuizStatistics.Attempt>();
        for (int i = 0; i < 20; i++) {
            attempts.add(attempt(null, "after", i < 5 ? "a" : "c", i % 2 == 0 ? "true" : "false", "a,b"));
        }

        var summary = QuizStatistics.of(QUIZ, attempts);

        assertThat(summary.smallSample()).isFalse();
        assertThat(summary.questions().get(0).facility()).isEqualTo(0.25);
        assertThat(summary.questions().get(0).flags()).anySatisfy(flag -> assertThat(flag).startsWith("Very hard"));
    }

    /*
     * 7B: baseline scores 1 and 2 (pre = 1.5), endpoint 3, 2, 2 (post = 7/3);
     *     g = (7/3 − 1.5) / (3 − 1.5) = (5/6) / 1.5 = 5/9 = 0.5556.
     * 8C: endpoint only: no gain. 9D: baseline 3 = max: no room to gain, no figure.
     * Attempts without a class are left out.
     */
    @Test
    void normalised_gain_is_computed_from_class_means_and_absent_without_a_baseline_or_room_to_gain() {
        var attempts = List.of(
                attempt("7B-AAAA", "before", "b", "true", "c"), attempt("7B-AAAA", "before", "a", "true", "c"),
                attempt("7B-AAAA", "after", "a", "true", "a,b"), attempt("7B-AAAA", "after", "a", "true", "c"),
                attempt("7B-AAAA", "after", "a", "false", "a,b"),
                attempt("8C-BBBB", "after", "a", "true", "a,b"),
                attempt("9D-CCCC", "before", "a", "true", "a,b"), attempt("9D-CCCC", "after", "a", "true", "a,b"),
                attempt(null, "before", "b", "false", "c"));

        var gains = ClassGains.of(attempts, 3);

        assertThat(gains).extracting(ClassGains.ClassGain::classCode).containsExactly("7B-AAAA", "8C-BBBB", "9D-CCCC");
        var seven = gains.get(0);
        assertThat(seven.baselineAttempts()).isEqualTo(2);
        assertThat(seven.baselineMean()).isCloseTo(1.5, within(1e-9));
        assertThat(seven.endpointAttempts()).isEqualTo(3);
        assertThat(seven.endpointMean()).isCloseTo(7.0 / 3, within(1e-9));
        assertThat(seven.gain()).isCloseTo(5.0 / 9, within(1e-9));
        assertThat(gains.get(1).baselineMean()).isNull();
        assertThat(gains.get(1).gain()).isNull();
        assertThat(gains.get(2).baselineMean()).isEqualTo(3.0);
        assertThat(gains.get(2).gain()).isNull();
    }
}
