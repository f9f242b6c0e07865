package org.esafetyhub.app;

import org.esafetyhub.account.Role;
import org.esafetyhub.report.ReportsForTests;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.esafetyhub.testing.StaffClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19, finding 6: three requests that answered 500. */
@Tag("both-engines")
@ExtendWith(StackExtension.class)
class ServerErrorsIT {

    @Test
    void a_report_naming_the_same_category_twice_is_stored_with_it_once(Stack stack) throws Exception {
        var reference = new ReportsForTests(stack).report("riverside-primary", false, "messages", "messages", "pictures");

        var categories = stack.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT c.category FROM report_category c JOIN report r ON r.id = c.report_id WHERE r.reference = :reference ORDER BY c.category")
                .bind("reference", reference).mapTo(String.class).list());
        assertThat(categories).containsExactly("messages", "pictures");
    }

    @Test
    void the_report_form_with_a_category_twice_is_stored_too(Stack stack) throws Exception {
        var body = String.join("&", "role=pupil", "academy=riverside-primary", "category=messages", "category=messages",
                "danger=no", "ongoing=yes", "description=" + URLEncoder.encode("Twice the same box", StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/report/form/"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("follow-up code");
    }

    @Test
    void staff_without_a_slash_and_without_a_session_is_sent_to_the_staff_home_and_from_there_to_sign_in(Stack stack) throws Exception {
        var http = HttpClient.newHttpClient();
        var response = http.send(HttpRequest.newBuilder(stack.url("/staff")).build(), HttpResponse.BodyHandlers.ofString());
        var home = http.send(HttpRequest.newBuilder(stack.url("/staff/")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/staff/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValue("/staff/sign-in");
    }

    @Test
    void staff_without_a_slash_with_a_session_is_sent_to_the_staff_home(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, "riverside-primary");

        var response = dsl.get("/staff");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/staff/");
        assertThat(dsl.get("/staff/").body()).contains("Signed in as");
    }

    @Test
    void the_dashboard_csv_of_a_period_without_quiz_attempts_lists_no_lessons(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, "riverside-primary");

        var csv = dsl.get("/staff/dashboard.csv?from=2001-01&to=2001-03");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Quiz attempts by lesson,Total,Before the lesson,0", "Quiz attempts by lesson,Total,Total,0");
    }
}
