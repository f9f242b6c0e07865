package org.esafetyhub.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.ServiceProcess;
import org.esafetyhub.testing.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durability: the shipped jar under concurrent quiz attempts and reports is killed with SIGKILL mid-load,
 * started again on the same file, and every request it had acknowledged is there, in a sound database.
 */
class CrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUIZ = "jokes-that-hurt";
    private static final int QUIZ_THREADS = 6;
    private static final int REPORT_THREADS = 2;
    private static final int MINIMUM_ATTEMPTS = 50;
    private static final int MINIMUM_REPORTS = 3;

    @TempDir
    Path folder;

    private final Set<String> acknowledgedAttempts = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedReports = ConcurrentHashMap.newKeySet();
    private final List<String> serverErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean killed = new AtomicBoolean();

    @Test
    void every_acknowledged_attempt_and_report_survives_a_kill_9_mid_load_without_a_busy_error() throws Exception {
        var database = folder.resolve("crash.db");
        var trust = folder.resolve("trust.yaml");
        // one test client sends far more reports than a school's address may: raise the allowance, as a trust could
        Files.writeString(trust, Files.readString(Stack.root().resolve("config/trust.yaml"))
                + "\nservice:\n  reportsPerClient: 1000000\n");

        try (var service = ServiceProcess.serve(database, folder.resolve("first.log"), "--config", trust.toString(), "--host", "127.0.0.1")) {
            var quiz = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.url("/api/quizzes/" + QUIZ)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            var answers = new java.util.LinkedHashMap<String, List<String>>();
            quiz.get("questions").forEach(q -> answers.put(q.get("id").asText(), List.of(q.get("options").get(0).get("id").asText())));
            var attempt = JSON.writeValueAsString(Map.of("version", quiz.get("version").asText(), "academy", "riverside-primary",
                    "answers", answers));

            var done = new CountDownLatch(QUIZ_THREADS + REPORT_THREADS);
            for (int i = 0; i < QUIZ_THREADS; i++) {
                load(done, () -> sendAttempt(service, attempt));
            }
            for (int i = 0; i < REPORT_THREADS; i++) {
                load(done, () -> sendReport(service));
            }
            // load for up to 8 s (less once plenty is acknowledged), longer only if a busy machine has not yet reached the minimum
            var start = System.nanoTime();
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(90) && (!acknowledged(MINIMUM_ATTEMPTS, MINIMUM_REPORTS)
                    || System.nanoTime() - start < TimeUnit.SECONDS.toNanos(8) && !acknowledged(300, 8))) {
                Thread.sleep(20);
            }
            var beforeKill = List.copyOf(serverErrors);

            killed.set(true);
            int status = service.kill();
            assertThat(done.await(30, TimeUnit.SECONDS)).as("load threads ended").isTrue();

            assertThat(status).as("ended by SIGKILL (128 + 9)").isEqualTo(137);
            assertThat(service.output()).doesNotContain("eSafety Hub stopped").doesNotContain("SQLITE_BUSY");
            assertThat(beforeKill).as("no 5xx before the kill").isEmpty();
            assertThat(acknowledgedAttempts).hasSizeGreaterThanOrEqualTo(MINIMUM_ATTEMPTS);
            assertThat(acknowledgedReports).hasSizeGreaterThanOrEqualTo(MINIMUM_REPORTS);
        }

        try (var service = ServiceProcess.serve(database, folder.resolve("second.log"), "--config", trust.toString())) {
            var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.url("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(service.terminate()).isTrue();
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            assertThat(column(db, "PRAGMA integrity_check")).containsExactly("ok");
            assertThat(column(db, "SELECT id FROM quiz_attempt")).containsAll(acknowledgedAttempts);
            assertThat(column(db, "SELECT reference FROM report")).containsAll(acknowledgedReports);
            assertThat(column(db, """
                    SELECT r.reference FROM report r JOIN evidence e ON e.report_id = r.id""")).containsAll(acknowledgedReports);
        }
    }

    private boolean acknowledged(int attempts, int reports) {
        return acknowledgedAttempts.size() >= attempts && acknowledgedReports.size() >= reports;
    }

    private interface Request {
        void send() throws Exception;
    }

    /** Sends requests one after another until the kill; failures after it are expected and ignored. */
    private void load(CountDownLatch done, Request request) {
        var thread = new Thread(() -> {
            try {
                while (!killed.get()) {
                    try {
                        request.send();
                    } catch (Exception e) {
                        if (!killed.get()) {
                            serverErrors.add(e.toString());
                        }
                    }
                }
            } finally {
                done.countDown();
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    private final ThreadLocal<HttpClient> clients = ThreadLocal.withInitial(
            () -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());

    private void sendAttempt(ServiceProcess service, String attempt) throws Exception {
        var response = clients.get().send(HttpRequest.newBuilder(service.url("/api/quizzes/" + QUIZ + "/attempts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(attempt)).build(),
                HttpResponse.BodyHandlers.ofString());
        check(response);
        if (response.statusCode() == 200) {
            acknowledgedAttempts.add(JSON.readTree(response.body()).get("attemptId").asText());
        }
    }

    private void sendReport(ServiceProcess service) throws Exception {
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", "riverside-primary")
                .field("category", "messages").field("ongoing", "yes").field("description", "Unkind messages in a group chat.")
                .file("evidence", "screenshot.png", "image/png", Evidence.png());
        var response = clients.get().send(HttpRequest.newBuilder(service.url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        check(response);
        if (response.statusCode() == 201) {
            acknowledgedReports.add(JSON.readTree(response.body()).get("reference").asText());
        }
    }

    private void check(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2 && !killed.get()) {
            serverErrors.add(response.statusCode() + " " + response.uri().getPath() + ": " + response.body());
        }
    }

    private static List<String> column(java.sql.Connection db, String sql) throws Exception {
        var values = new ArrayList<String>();
        try (var rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
