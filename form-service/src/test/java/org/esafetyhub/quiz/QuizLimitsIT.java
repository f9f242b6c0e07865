package org.esafetyhub.quiz;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.app.App;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.TestDatabase;
import org.esafetyhub.trust.Service;
import org.esafetyhub.trust.TrustFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 7: the quiz API had no rate limit, so class codes could be tried until one was accepted. On a
 * service of its own with the school's allowances lowered to 3 reports per client: 60 attempts and 1 unknown code.
 */
@Tag("both-engines")
class QuizLimitsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Quiz QUIZ = QuizBank.load(Stack.root().resolve("content")).quiz("jokes-that-hurt").orElseThrow();

    @TempDir
    Path folder;
    private App app;

    @BeforeEach
    void start() {
        var root = Stack.root();
        var trust = TrustFile.load(root.resolve("config/trust.yaml")).withService(new Service(List.of("127.0.0.1", "::1"), 3, null));
        app = App.create(new App.Settings(Path.of(System.getProperty("hub.site", root.resolve("target/site").toString())),
                () -> QuizBank.load(root.resolve("content")), TestDatabase.fresh(folder), trust, Clock.systemUTC(),
                Duration.ofSeconds(30), PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> attempt(String classCode, String from) throws Exception {
        var answers = new LinkedHashMap<String, List<String>>();
        QUIZ.questions().forEach(q -> answers.put(q.id(), List.of(q.options().get(0).id())));
        var fields = new LinkedHashMap<String, Object>(Map.of("version", QUIZ.version(), "answers", answers));
        if (classCode != null) {
            fields.put("classCode", classCode);
        }
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/quizzes/jokes-that-hurt/attempts"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", from)
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(fields))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_client_that_tries_an_unknown_class_code_too_often_is_refused_before_the_code_is_looked_up() throws Exception {
        var first = attempt("7B-2222", "198.51.100.9");
        var second = attempt("7B-2223", "198.51.100.9");
        var withoutCode = attempt(null, "198.51.100.9");
        var otherClient = attempt("7B-2224", "203.0.113.9");

        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).isPresent();
        assertThat(second.body()).contains("too many attempts from here").doesNotContain("7B-2223");
        assertThat(withoutCode.statusCode()).isEqualTo(200);
        assertThat(otherClient.statusCode()).isEqualTo(422);
    }

    @Test
    void quiz_attempts_are_limited_per_client_at_twenty_times_the_reports_allowance() throws Exception {
        var statuses = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 61; i++) {
            statuses.add(attempt(null, "198.51.100.10").statusCode());
        }

        assertThat(statuses.subList(0, 60)).containsOnly(200);
        assertThat(statuses.get(60)).isEqualTo(429);
        assertThat(attempt(null, "198.51.100.11").statusCode()).isEqualTo(200);
    }
}
