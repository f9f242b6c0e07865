package org.esafetyhub.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.testing.RawHttp;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.trust.Service;
import org.esafetyhub.trust.TrustFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated hostile requests (fixed seed) at every public endpoint, on a service of its own
 * whose limits are raised so that 429s do not hide what the handlers do: no 5xx, no stack trace or
 * exception name in any answer, and rows appear only for the requests that were answered as stored.
 */
class FuzzIT {

    private static final int REQUESTS = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat (org|java|io|kotlin)\\.|Caused by|java\\.lang|org\\.eclipse|org\\.sqlite|SQLITE_|jdbi|StackTrace");
    @TempDir
    Path folder;
    private App app;
    private HostileRequests requests;

    @BeforeEach
    void start() throws Exception {
        var root = Stack.root();
        var trust = TrustFile.load(root.resolve("config/trust.yaml")).withService(new Service(List.of(), 1_000_000, 1_000_000));
        app = App.create(new App.Settings(Path.of(System.getProperty("hub.site", root.resolve("target/site").toString())),
                () -> QuizBank.load(root.resolve("content")), folder.resolve("fuzz.db"), trust, Clock.systemUTC(),
                Duration.ofMinutes(10), PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
        var quiz = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + app.port() + "/api/quizzes/jokes-that-hurt")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        requests = new HostileRequests(20261127L, quiz);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private record Sent(String method, String target, int status, String text) {
    }

    @Test
    void thousands_of_malformed_requests_get_no_5xx_no_stack_trace_and_store_only_what_they_were_told() throws Exception {
        var before = rowCounts();
        var answers = new ArrayList<Sent>();
        for (int i = 0; i < REQUESTS; i++) {
            var request = requests.next();
            var response = RawHttp.send(app.port(), request.method(), request.target(), request.headers(), request.body());
            answers.add(new Sent(request.method(), request.target(), response.status(), response.text()));
        }
        var after = rowCounts();

        assertThat(answers).filteredOn(a -> a.status() >= 500).extracting(a -> a.method() + " " + a.target() + " " + a.status()
                + " " + a.text().substring(0, Math.min(400, a.text().length()))).isEmpty();
        assertThat(answers).filteredOn(a -> LEAK.matcher(a.text()).find())
                .extracting(a -> a.method() + " " + a.target() + ": " + leak(a.text())).isEmpty();
        long reports = answers.stream().filter(a -> a.method().equals("POST")
                && (a.target().equals("/api/reports") && a.status() == 201 || a.target().equals("/report/form/") && a.status() == 200)).count();
        long attempts = answers.stream().filter(a -> a.method().equals("POST") && a.status() == 200
                && (a.target().startsWith("/api/quizzes/") || a.target().startsWith("/quiz/"))).count();
        assertThat(reports).as("some generated reports were valid").isPositive();
        assertThat(attempts).as("some generated attempts were valid").isPositive();
        var expected = new TreeMap<>(before);
        expected.put("report", before.get("report") + reports);
        expected.put("outbox", before.get("outbox") + reports);
        expected.put("quiz_attempt", before.get("quiz_attempt") + attempts);
        // categories, links, evidence and answers hang off those rows: only the stored requests' rows can be there;
        // a quiz version is kept once, with the first attempt on it
        for (var child : List.of("report_category", "report_link", "evidence", "quiz_answer", "quiz_version")) {
            expected.put(child, after.get(child));
        }
        assertThat(after).isEqualTo(expected);
        assertThat(answers).extracting(Sent::status).contains(200, 400, 404, 422);
    }

    private static String leak(String text) {
        var matcher = LEAK.matcher(text);
        matcher.find();
        return text.substring(Math.max(0, matcher.start() - 80), Math.min(text.length(), matcher.end() + 80));
    }

    private Map<String, Long> rowCounts() throws Exception {
        var counts = new TreeMap<String, Long>();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("fuzz.db"))) {
            var tables = new ArrayList<String>();
            try (var rows = db.createStatement().executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (var table : tables) {
                try (var rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
