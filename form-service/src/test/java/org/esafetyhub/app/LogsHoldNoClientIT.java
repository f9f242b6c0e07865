package org.esafetyhub.app;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.StaffCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.CapturedLog;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log of a real run, written by the shipped Logback configuration's own encoder: a report, a quiz
 * attempt, a follow-up and a staff sign-in leave request lines with ids, and no client address,
 * browser, follow-up code, password or password token.
 */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class LogsHoldNoClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROWSER = "LeakCheck/1.0 (distinct-agent-7731)";
    private static final String FORWARDED = "203.0.113.77";
    private static final String PASSWORD = "a long staff password 9931";

    private CapturedLog captured;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void capture() {
        captured = new CapturedLog();
    }

    @AfterEach
    void release() {
        captured.close();
    }

    private HttpRequest.Builder request(Stack stack, String path) {
        return HttpRequest.newBuilder(stack.url(path)).header("User-Agent", BROWSER).header("X-Forwarded-For", FORWARDED)
                .header("Referer", "http://referrer.example/distinct-referrer");
    }

    private HttpResponse<String> postForm(Stack stack, String path, String body) throws Exception {
        return http.send(request(stack, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void a_report_a_quiz_a_follow_up_and_a_staff_sign_in_log_request_lines_with_nothing_that_identifies_anyone(Stack stack)
            throws Exception {
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", "riverside-primary")
                .field("category", "messages").field("ongoing", "yes").field("description", "Unkind messages every evening.")
                .file("evidence", "shot.png", "image/png", Evidence.png());
        var report = http.send(request(stack, "/api/reports?ref=query-secret-5521").header("Content-Type", form.contentType())
                .POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        var receipt = JSON.readTree(report.body());
        var code = receipt.get("followUpCode").asText();
        var followUp = postForm(stack, "/report/follow-up/", "reference=" + encode(receipt.get("reference").asText())
                + "&code=" + encode(code));
        var quiz = JSON.readTree(http.send(request(stack, "/api/quizzes/jokes-that-hurt").build(), HttpResponse.BodyHandlers.ofString()).body());
        var attempt = http.send(request(stack, "/api/quizzes/jokes-that-hurt/attempts").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of(
                        "version", quiz.get("version").asText(), "answers", java.util.Map.of())))).build(),
                HttpResponse.BodyHandlers.ofString());
        var token = addTeacher(stack);
        var setPage = http.send(request(stack, "/staff/set-password/" + token).header("X-Request-Id", "proxy-id-42").build(),
                HttpResponse.BodyHandlers.ofString());
        var set = postForm(stack, "/staff/set-password/" + token, "password=" + encode(PASSWORD) + "&confirm=" + encode(PASSWORD));
        var signIn = postForm(stack, "/staff/sign-in", "email=" + encode(teacher) + "&password=" + encode(PASSWORD));

        assertThat(List.of(report.statusCode(), followUp.statusCode(), attempt.statusCode(), setPage.statusCode(),
                set.statusCode(), signIn.statusCode())).containsExactly(201, 200, 422, 200, 302, 302);
        var log = captured.text();
        assertThat(log).doesNotContain("127.0.0.1", "0:0:0:0:0:0:0:1", FORWARDED, "distinct-agent-7731", "LeakCheck",
                "distinct-referrer", "query-secret-5521", code, token, PASSWORD, teacher);
        var lines = log.lines().map(LogsHoldNoClientIT::parse).toList();
        var access = lines.stream().filter(line -> "access".equals(line.path("loggerName").asText())).toList();
        assertThat(access).extracting(line -> line.path("formattedMessage").asText().replaceFirst(" \\d+ ms$", "")).contains(
                "POST /api/reports 201", "POST /report/follow-up/ 200", "POST /api/quizzes/jokes-that-hurt/attempts 422",
                "GET /staff/set-password/… 200", "POST /staff/set-password/… 302", "POST /staff/sign-in 302");
        var reportLine = access.stream().filter(line -> line.path("formattedMessage").asText().startsWith("POST /api/reports")).findFirst().orElseThrow();
        assertThat(reportLine.path("mdc").path("requestId").asText()).isEqualTo(report.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(setPage.headers().firstValue("X-Request-Id")).contains("proxy-id-42");
    }

    @Test
    void a_request_id_that_is_not_short_and_plain_is_replaced_by_a_fresh_one(Stack stack) throws Exception {
        var odd = http.send(request(stack, "/healthz").header("X-Request-Id", "id with spaces <and> \"quotes\"").build(),
                HttpResponse.BodyHandlers.ofString());
        var long_ = http.send(request(stack, "/healthz").header("X-Request-Id", "a".repeat(65)).build(), HttpResponse.BodyHandlers.ofString());
        var none = http.send(request(stack, "/healthz").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(odd.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        assertThat(long_.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        assertThat(none.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}")
                .isNotEqualTo(odd.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(captured.text()).doesNotContain("quotes");
    }

    private String teacher;

    /** Adds a teacher (no second factor needed) with the real command line, and answers their one-time token. */
    private String addTeacher(Stack stack) {
        teacher = "teacher-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example.org";
        var out = new StringWriter();
        int exit = StaffCommand.commandLine().setOut(new PrintWriter(out)).execute("add", "--email", teacher, "--name", "Log Test",
                "--role", "TEACHER", "--academy", "riverside-primary", "--db", stack.db(),
                "--config", Stack.root().resolve("config/trust.yaml").toString());
        assertThat(exit).isZero();
        var link = out.toString().lines().filter(line -> line.contains("/staff/set-password/")).findFirst().orElseThrow();
        return link.substring(link.lastIndexOf('/') + 1).strip();
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not one JSON object a line: " + line, e);
        }
    }
}
