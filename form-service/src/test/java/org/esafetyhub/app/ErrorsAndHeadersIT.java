package org.esafetyhub.app;

import org.esafetyhub.account.Role;
import org.esafetyhub.report.ReportsForTests;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.esafetyhub.testing.StaffClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19, finding 7: the smaller holes in errors and headers, over real HTTP. */
@Tag("both-engines")
@ExtendWith(StackExtension.class)
class ErrorsAndHeadersIT {

    /** The head of the answer to bytes sent as they are, lower-cased. */
    private static String rawHead(Stack stack, String request) throws Exception {
        try (var socket = new Socket("127.0.0.1", stack.url("/").getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var answer = new ByteArrayOutputStream();
            var in = socket.getInputStream();
            var buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                    break;
                }
            }
            var text = answer.toString(StandardCharsets.ISO_8859_1);
            return text.substring(0, Math.max(0, text.indexOf("\r\n\r\n"))).toLowerCase();
        }
    }

    @Test
    void jettys_own_400_414_and_431_answers_carry_the_security_headers(Stack stack) throws Exception {
        var tooLongUri = rawHead(stack, "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        var tooBigHeaders = rawHead(stack, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");
        var malformed = rawHead(stack, "GET / HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\n\r\n");

        assertThat(tooLongUri).startsWith("http/1.1 414");
        assertThat(tooBigHeaders).startsWith("http/1.1 431");
        assertThat(malformed).startsWith("http/1.1 400");
        for (var head : new String[] {tooLongUri, tooBigHeaders, malformed}) {
            assertThat(head).contains("content-security-policy: default-src 'self'", "x-content-type-options: nosniff",
                    "x-frame-options: deny", "referrer-policy: no-referrer");
        }
    }

    @Test
    void a_path_parameter_that_is_not_a_number_gets_the_404_page_not_javalins_json(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, "riverside-primary");
        var reference = new ReportsForTests(stack).report("riverside-primary", "A report for a bad path");

        var response = dsl.get("/staff/cases/" + reference + "/evidence/abc");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("TYPE_CONVERSION_FAILED").contains("<html");
    }

    @Test
    void the_report_form_shown_again_with_the_childs_words_is_not_kept_by_the_browser(Stack stack) throws Exception {
        var body = "role=pupil&academy=riverside-primary&description=" + URLEncoder.encode("They keep messaging me", StandardCharsets.UTF_8);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/report/form/"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("They keep messaging me");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void nul_and_control_characters_in_a_report_are_removed_before_it_is_stored(Stack stack) throws Exception {
        var reference = new ReportsForTests(stack).report("riverside-primary", "Before\u0000the\u0007break\u001b[31m\ttab\nline\u009b");

        var description = stack.jdbi().withHandle(handle -> handle.createQuery("SELECT description FROM report WHERE reference = :reference")
                .bind("reference", reference).mapTo(String.class).one());
        assertThat(description).isEqualTo("Beforethebreak[31m\ttab\nline");
    }
}
