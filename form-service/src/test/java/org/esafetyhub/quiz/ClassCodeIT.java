package org.esafetyhub.quiz;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A teacher makes a class code; a pupil's quiz attempt made with it counts for that class and academy. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class ClassCodeIT {

    private static HttpResponse<String> attempt(Stack stack, String classCode) throws Exception {
        return attempt(stack, classCode, Map.of());
    }

    private static HttpResponse<String> attempt(Stack stack, String classCode, Map<String, String> more) throws Exception {
        var quiz = QuizBank.load(Stack.root().resolve("content")).quiz("jokes-that-hurt").orElseThrow();
        var answers = new LinkedHashMap<String, List<String>>();
        quiz.questions().forEach(q -> answers.put(q.id(), List.of(q.options().get(0).id())));
        var fields = new LinkedHashMap<String, Object>(Map.of("version", quiz.version(), "classCode", classCode, "answers", answers,
                "stage", "after"));
        fields.putAll(more);
        var body = new ObjectMapper().writeValueAsString(fields);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/api/quizzes/jokes-that-hurt/attempts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_attempt_with_a_teachers_class_code_is_stored_for_that_class_and_academy_and_an_unknown_code_is_refused(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, "meadowbank-academy");
        var page = teacher.postWithCsrf("/staff/classes", "/staff/classes", Map.of("label", "7B"));
        var code = Jsoup.parse(page.body()).selectFirst(".notice .code").text();

        var counted = attempt(stack, code.toLowerCase());
        var unknown = attempt(stack, "ZZ-2222");

        assertThat(code).matches("7B-[2-9A-HJ-NP-Z]{4}");
        assertThat(HtmlChecker.errors(page.body())).isEmpty();
        assertThat(counted.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("We do not know the class code ZZ-2222");
        try (var db = stack.connection();
             var rows = db.prepareStatement("SELECT academy_slug FROM quiz_attempt WHERE class_code = ?")) {
            rows.setString(1, code);
            var result = rows.executeQuery();
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("meadowbank-academy");
        }
        assertThat(teacher.get("/staff/classes").body()).contains(code);
    }

    /** Issue 19, finding 7: the quiz API said which class codes exist. */
    @Test
    void a_class_code_of_another_academy_than_the_one_chosen_gets_the_same_answer_as_an_unknown_code(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, "meadowbank-academy");
        var page = teacher.postWithCsrf("/staff/classes", "/staff/classes", Map.of("label", "8C"));
        var code = Jsoup.parse(page.body()).selectFirst(".notice .code").text();

        var elsewhere = attempt(stack, code, Map.of("academy", "riverside-primary"));
        var unknown = attempt(stack, "8C-2222", Map.of("academy", "riverside-primary"));
        var own = attempt(stack, code, Map.of("academy", "meadowbank-academy"));

        assertThat(elsewhere.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(422);
        assertThat(elsewhere.body().replace(code, "CODE")).isEqualTo(unknown.body().replace("8C-2222", "CODE"));
        assertThat(own.statusCode()).isEqualTo(200);
    }

    @Test
    void the_trust_officer_who_belongs_to_no_academy_has_no_class_codes_page(Stack stack) throws Exception {
        var officer = StaffClient.signedIn(stack, Role.OFFICER, null);

        assertThat(officer.get("/staff/classes").statusCode()).isEqualTo(404);
        assertThat(officer.get("/staff/").body()).doesNotContain("/staff/classes");
    }
}
