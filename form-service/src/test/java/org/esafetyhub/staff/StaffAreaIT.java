package org.esafetyhub.staff;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.account.StaffCommand;
import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.testing.StaffClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff area over real HTTP: accounts from the command line, sign-in, sessions, CSRF, lockout, scoping. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class StaffAreaIT {

    private static final String RIVERSIDE = "riverside-primary";
    private static final String MEADOWBANK = "meadowbank-academy";

    private static String report(Stack stack, String academy, String description, byte[] png) throws Exception {
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", academy)
                .field("category", "messages").field("ongoing", "yes").field("description", description)
                .field("location", "<script>alert('where')</script>");
        if (png != null) {
            form.file("evidence", "shot.png", "image/png", png);
        }
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).get("reference").asText();
    }

    @Test
    void an_account_added_on_the_command_line_sets_its_password_from_the_link_and_gets_a_strict_cookie(Stack stack) throws Exception {
        // a teacher: no second factor, so the cookie works straight after the password
        var dsl = StaffClient.added(stack, Role.TEACHER, RIVERSIDE);
        var path = dsl.link().substring(dsl.link().indexOf("/staff/"));

        var weak = dsl.postForm(path, Map.of("password", "password1234", "confirm", "password1234"));
        var set = dsl.postForm(path, Map.of("password", StaffClient.PASSWORD, "confirm", StaffClient.PASSWORD));
        var again = dsl.postForm(path, Map.of("password", StaffClient.PASSWORD, "confirm", StaffClient.PASSWORD));
        var signIn = dsl.signIn(StaffClient.PASSWORD);

        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.body()).contains("too easy to guess");
        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(again.body()).contains("This link has expired or was already used");
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith(StaffSessions.COOKIE + "=").contains("HttpOnly", "SameSite=Strict", "Path=/staff"));
        assertThat(dsl.get("/staff/").body()).contains("Signed in as");
    }

    @Test
    void five_wrong_passwords_from_one_client_refuse_that_client_for_the_address_a_while(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var outsider = new StaffClientAttempts(dsl);

        for (int i = 0; i < 4; i++) {
            assertThat(outsider.wrong().body()).contains("The e-mail address or the password is not right");
        }
        var fifth = outsider.wrong();
        var right = dsl.signIn(StaffClient.PASSWORD);

        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.body()).contains("too many wrong attempts to sign in with this e-mail address or from here");
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).hasValue("900");
        assertThat(right.body()).contains("too many wrong attempts to sign in");
    }

    @Test
    void a_staff_post_without_its_csrf_token_is_refused(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);

        var forged = dsl.postForm("/staff/sign-out", Map.of());
        var stillIn = dsl.get("/staff/");
        var real = dsl.postWithCsrf("/staff/", "/staff/sign-out", Map.of());
        var after = dsl.get("/staff/");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(stillIn.body()).contains("Signed in as");
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValue("/staff/sign-in");
    }

    @Test
    void every_role_gets_404_for_another_academys_case_and_the_officer_sees_both(Stack stack) throws Exception {
        var riversideCase = report(stack, RIVERSIDE, "Riverside case", null);
        var meadowbankCase = report(stack, MEADOWBANK, "Meadowbank case", null);
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var principal = StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE);
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var officer = StaffClient.signedIn(stack, Role.OFFICER, null);

        for (var insider : List.of(dsl, principal)) {
            assertThat(insider.get("/staff/cases/" + riversideCase).statusCode()).isEqualTo(200);
            assertThat(insider.get("/staff/cases/" + meadowbankCase).statusCode()).isEqualTo(404);
            assertThat(insider.get("/staff/").body()).contains(riversideCase).doesNotContain(meadowbankCase);
        }
        assertThat(teacher.get("/staff/cases/" + riversideCase).statusCode()).isEqualTo(404);
        assertThat(teacher.get("/staff/").body()).doesNotContain(riversideCase);
        assertThat(officer.get("/staff/").body()).contains(riversideCase, meadowbankCase);
        assertThat(officer.get("/staff/cases/" + meadowbankCase).statusCode()).isEqualTo(200);
    }

    @Test
    void the_case_page_shows_what_the_reporter_wrote_inert_and_evidence_downloads_as_an_attachment_with_its_hash(Stack stack) throws Exception {
        var png = Evidence.png();
        var reference = report(stack, RIVERSIDE, "They wrote \"><img src=x onerror=alert(1)> about me", png);
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);

        var page = dsl.get("/staff/cases/" + reference);
        var file = dsl.getBytes("/staff/cases/" + reference + "/evidence/1");

        assertThat(page.body()).doesNotContain("<img src=x", "<script>alert('where')")
                .contains("&lt;img src=x onerror=alert(1)&gt;", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
        assertThat(HtmlChecker.errors(page.body())).isEmpty();
        assertThat(file.body()).isEqualTo(png);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"evidence-1-of-1.png\"");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void disable_ends_the_sessions_of_an_account_and_it_can_no_longer_sign_in(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        assertThat(teacher.get("/staff/").statusCode()).isEqualTo(200);

        int exit = StaffCommand.commandLine().execute("disable", "--email", teacher.email,
                "--db", stack.db(), "--config", Stack.root().resolve("config/trust.yaml").toString());

        assertThat(exit).isZero();
        assertThat(teacher.get("/staff/").statusCode()).isEqualTo(302);
        assertThat(teacher.signIn(StaffClient.PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void staff_pages_without_a_session_send_you_to_sign_in(Stack stack) throws Exception {
        var anonymous = HttpClient.newHttpClient();

        var list = anonymous.send(HttpRequest.newBuilder(stack.url("/staff/")).build(), HttpResponse.BodyHandlers.ofString());
        var file = anonymous.send(HttpRequest.newBuilder(stack.url("/staff/cases/CB-2222-2222/evidence/1")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(list.statusCode()).isEqualTo(302);
        assertThat(file.statusCode()).isEqualTo(302);
        assertThat(file.headers().firstValue("Location")).hasValue("/staff/sign-in");
    }

    /** Wrong passwords for an account, sent from a client with no session. */
    private record StaffClientAttempts(StaffClient target) {
        HttpResponse<String> wrong() throws Exception {
            return target.signIn("not the password at all");
        }
    }
}
