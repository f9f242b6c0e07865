package org.esafetyhub.quiz.results;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.quiz.AttemptsForTests;
import org.esafetyhub.quiz.Quiz;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quiz results in the staff area, on attempts seeded through the real API: a Riverside class with a
 * baseline and an endpoint, and a Meadowbank class. Scoping, the figures, the CSV files and the pages' checks.
 */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class ResultsIT {

    private static final String RIVERSIDE = "riverside-primary";
    private static final String MEADOWBANK = "meadowbank-academy";
    private static final String QUIZ = "getting-help";

    private static StaffClient riversideTeacher;
    private static StaffClient meadowbankTeacher;
    private static String riversideClass;
    private static String meadowbankClass;
    private static Quiz quiz;
    private static Stack shared;

    private static String classCode(StaffClient teacher, String label) throws Exception {
        var page = teacher.postWithCsrf("/staff/classes", "/staff/classes", Map.of("label", label));
        return Jsoup.parse(page.body()).selectFirst(".notice .code").text();
    }

    /** Riverside 5R: before the lesson 1 and 3 right, after it 6, 5 and 4 (out of 6). Meadowbank 5M: 2 right, after. */
    @BeforeAll
    static void seed(Stack stack) throws Exception {
        shared = stack;
        quiz = AttemptsForTests.quiz(Stack.root().resolve("content"), QUIZ);
        assertThat(quiz.questions()).hasSize(6);
        riversideTeacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        meadowbankTeacher = StaffClient.signedIn(stack, Role.TEACHER, MEADOWBANK);
        riversideClass = classCode(riversideTeacher, "5R");
        meadowbankClass = classCode(meadowbankTeacher, "5M");
        for (int right : new int[] {1, 3}) {
            AttemptsForTests.post(stack::url, quiz, right, riversideClass, "before", null);
        }
        for (int right : new int[] {6, 5, 4}) {
            AttemptsForTests.post(stack::url, quiz, right, riversideClass, "after", null);
        }
        AttemptsForTests.post(stack::url, quiz, 2, meadowbankClass, "after", null);
    }

    private static Document page(StaffClient staff, String path) throws Exception {
        var response = staff.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private static String figure(Document page, String term) {
        return page.select(".figures div").stream().filter(d -> d.selectFirst("dt").text().equals(term)).findFirst()
                .orElseThrow().selectFirst("dd").text();
    }

    @Test
    void a_class_shows_its_figures_and_its_gain_from_the_class_means_before_and_after() throws Exception {
        var page = page(riversideTeacher, "/staff/results/" + QUIZ + "?classCode=" + riversideClass);

        // scores 1, 3, 6, 5, 4: mean 19/5 = 3.8, median 4
        assertThat(figure(page, "Attempts")).isEqualTo("5");
        assertThat(figure(page, "Mean score")).isEqualTo("3.8 out of 6");
        assertThat(figure(page, "Median score")).isEqualTo("4.0 out of 6");
        assertThat(page.selectFirst(".small-sample").text()).contains("Small sample", "only 5 attempts");
        assertThat(page.select(".distribution tbody tr")).extracting(row -> row.text())
                .containsExactly("0 0", "1 1", "2 0", "3 1", "4 1", "5 1", "6 1");
        assertThat(page.select(".chart__svg title").text()).contains("1 scored by 1", "2 scored by 0");
        // baseline mean (1 + 3)/2 = 2, endpoint (6 + 5 + 4)/3 = 5, gain (5 − 2)/(6 − 2) = 0.75
        var row = page.selectFirst(".class-gains tbody tr");
        assertThat(row.select("td")).extracting(cell -> cell.text()).containsExactly("2", "2.0", "3", "5.0", "0.75");
        assertThat(page.select(".question-figures tbody tr")).hasSize(6);
    }

    @Test
    void another_academys_teacher_sees_none_of_it_and_a_class_code_of_another_academy_shows_nothing() throws Exception {
        var meadowbank = page(meadowbankTeacher, "/staff/results/" + QUIZ);
        var meadowbankAskingForRiverside = page(meadowbankTeacher, "/staff/results/" + QUIZ + "?classCode=" + riversideClass);
        var riversideAskingForMeadowbank = page(riversideTeacher, "/staff/results/" + QUIZ + "?classCode=" + meadowbankClass);
        var riversideWithAcademyInTheAddress = page(riversideTeacher, "/staff/results/" + QUIZ + "?academy=" + MEADOWBANK
                + "&classCode=" + meadowbankClass);
        var csv = meadowbankTeacher.get("/staff/results/" + QUIZ + "/attempts.csv?classCode=" + riversideClass);

        assertThat(meadowbank.text()).doesNotContain(riversideClass).contains(meadowbankClass);
        assertThat(figure(meadowbank, "Attempts")).isEqualTo("1");
        assertThat(figure(meadowbankAskingForRiverside, "Attempts")).isEqualTo("0");
        assertThat(figure(meadowbankAskingForRiverside, "Mean score")).isEqualTo("— out of 6");
        assertThat(figure(riversideAskingForMeadowbank, "Attempts")).isEqualTo("0");
        assertThat(figure(riversideWithAcademyInTheAddress, "Attempts")).isEqualTo("0");
        assertThat(csv.body().lines()).hasSize(1);
    }

    @Test
    void the_officer_sees_every_academy_and_may_choose_one_and_the_administrator_gets_404() throws Exception {
        var officer = StaffClient.signedIn(shared, Role.OFFICER, null);
        var admin = StaffClient.signedIn(shared, Role.ADMIN, null);

        var everywhere = page(officer, "/staff/results/" + QUIZ);
        var meadowbankOnly = page(officer, "/staff/results/" + QUIZ + "?academy=" + MEADOWBANK);

        assertThat(everywhere.select(".class-gains tbody th").text()).contains(riversideClass, meadowbankClass);
        assertThat(meadowbankOnly.select(".class-gains tbody th").text()).contains(meadowbankClass).doesNotContain(riversideClass);
        assertThat(figure(meadowbankOnly, "Attempts")).isEqualTo("1");
        for (var path : List.of("/staff/results", "/staff/results/" + QUIZ, "/staff/results/strands", "/staff/results/" + QUIZ + "/attempts.csv")) {
            assertThat(admin.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(admin.get("/staff/").body()).doesNotContain("/staff/results");
        assertThat(riversideTeacher.get("/staff/").body()).contains("href=\"/staff/results\"");
    }

    @Test
    void the_csv_files_hold_one_row_an_attempt_and_one_row_a_question_as_attachments() throws Exception {
        var attempts = riversideTeacher.get("/staff/results/" + QUIZ + "/attempts.csv?classCode=" + riversideClass);
        var questions = riversideTeacher.get("/staff/results/" + QUIZ + "/questions.csv?classCode=" + riversideClass + "&stage=after");

        assertThat(attempts.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).startsWith("attachment; filename=\"" + QUIZ + "-" + quiz.version()));
        assertThat(attempts.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        var rows = attempts.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo("quiz,version,academy,class,stage,hour,score,max,answers");
        assertThat(rows).hasSize(6);
        assertThat(rows.subList(1, 6)).allSatisfy(row -> assertThat(row)
                .startsWith(QUIZ + "," + quiz.version() + "," + RIVERSIDE + "," + riversideClass + ",")
                .containsPattern(",\\d{4}-\\d{2}-\\d{2}T\\d{2},\\d,6,\"?q1="));
        assertThat(rows.stream().filter(row -> row.contains(",before,"))).hasSize(2);
        assertThat(rows.stream().map(row -> row.split(",")[6]).skip(1).sorted()).containsExactly("1", "3", "4", "5", "6");

        var questionRows = questions.body().lines().toList();
        assertThat(questions.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
        assertThat(questionRows.get(0)).startsWith("quiz,version,number,question,text,strand,answered,facility,discrimination");
        assertThat(questionRows).hasSize(7);
        // after the lesson: 6, 5 and 4 right, so question 1 was right in all three and question 6 in one
        assertThat(questionRows.get(1)).contains(",3,1.000,");
        assertThat(questionRows.get(6)).contains(",3,0.333,");
    }

    @Test
    void a_date_that_is_not_a_date_is_answered_with_the_form_and_its_error_not_a_failure() throws Exception {
        var response = riversideTeacher.get("/staff/results/" + QUIZ + "?from=27/11/2026&to=2026-11-27");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("There is a problem", "Enter the date as year-month-day");
        assertThat(Jsoup.parse(response.body()).selectFirst("#from").attr("value")).isEqualTo("27/11/2026");
        assertThat(HtmlChecker.errors(response.body())).isEmpty();
    }

    @Test
    void the_results_pages_are_valid_html_pass_axe_and_reflow_at_320_pixels(Stack stack) throws Exception {
        var pages = List.of("/staff/results", "/staff/results/" + QUIZ + "?classCode=" + riversideClass, "/staff/results/strands");
        riversideTeacher.assertPagesValidAndAccessible(stack, pages);
        var strands = page(riversideTeacher, "/staff/results/strands");
        assertThat(strands.select(".strands thead th").text()).contains("Ages 7-11");
        assertThat(strands.select(".strands tbody th").text()).isNotEmpty();
    }
}
