package org.esafetyhub.app;

import org.esafetyhub.testing.Folders;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.quiz.Quiz;
import org.esafetyhub.quiz.QuizBank;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code preview}, run in-process on a copy of the project's site in a temporary folder, on a free port. */
class PreviewCommandIT {

    private static final Path PROJECT = Path.of(System.getProperty("hub.root", "..")).toAbsolutePath().normalize();
    /**
     * How long a bake may take before the test gives up: generous, because the test asserts what is
     * served, not how fast (the bake's speed is measured by the benchmark, bin/bench).
     */
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Pattern ADDRESS = Pattern.compile("Previewing (http://localhost:\\d+)/");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A page with no translations: an edit to a translated page makes its translations stale, and the bake says so. */
    private static final String BLOCKING = "/parents/blocking-and-reporting/";

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Thread preview;
    private String address;

    @BeforeEach
    void startPreviewOnACopyOfTheSite() throws IOException {
        for (var part : List.of("content", "templates", "assets", "config", "jbake.properties", "data")) {
            Folders.copy(PROJECT.resolve(part), root.resolve(part));
        }
        preview = new Thread(() -> Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("preview", "--root", root.toString(), "--port", "0"), "preview");
        preview.start();
        waitUntil(PATIENCE, () -> ADDRESS.matcher(out.toString()).find() || !preview.isAlive());
        var started = ADDRESS.matcher(out.toString());
        assertThat(started.find()).as("preview did not start:%n%s%n%s", out, err).isTrue();
        address = started.group(1);
    }

    @AfterEach
    void stopPreview() throws InterruptedException {
        preview.interrupt();
        preview.join(PATIENCE.toMillis());
        assertThat(preview.isAlive()).as("preview still running after its thread was interrupted").isFalse();
    }

    @Test
    void a_saved_change_to_a_page_is_served_once_it_is_re_baked() throws Exception {
        var page = root.resolve("content/parents/blocking-and-reporting.md");
        for (var adjective : List.of("first", "second")) {
            replace(page, "Almost every ", "Almost every " + adjective + " ");
            waitUntil(PATIENCE, () -> get(BLOCKING).body().contains("Almost every " + adjective + " "));
        }
        assertThat(get(BLOCKING).body()).contains("Almost every second first app, game and social network");

        long pages;
        try (var files = Files.walk(root.resolve("content"))) {
            pages = files.filter(file -> file.toString().endsWith(".md")).count();
        }
        // every page is counted, not only the one changed (the count grows with the shipped content)
        assertThat(out.toString()).contains("Re-baked " + pages + " pages in", "after a change to content/parents/blocking-and-reporting.md");
    }

    @Test
    void a_broken_header_is_printed_with_file_and_line_and_the_last_good_page_is_served_until_it_is_fixed() throws Exception {
        var page = root.resolve("content/parents/blocking-and-reporting.md");

        replace(page, "status=published", "status published");
        waitUntil(PATIENCE, () -> err.toString().contains("Still serving the last good site"));

        assertThat(err.toString()).contains("content/parents/blocking-and-reporting.md:4: header line \"status published\" is not key=value");
        var stillServed = get(BLOCKING);
        assertThat(stillServed.statusCode()).isEqualTo(200);
        assertThat(stillServed.body()).contains("<h1>Blocking, reporting and privacy settings</h1>");

        replace(page, "status published", "status=published");
        replace(page, "title=Blocking, reporting and privacy settings", "title=Blocking and reporting");
        waitUntil(PATIENCE, () -> get(BLOCKING).body().contains("<h1>Blocking and reporting</h1>"));
    }

    @Test
    void a_changed_quiz_is_scored_from_its_new_version_after_the_re_bake() throws Exception {
        var oldVersion = quizVersion();

        replace(root.resolve("content/lessons/jokes-that-hurt.quiz.yaml"),
                "Why is it easy to misunderstand a message online?", "Why can a message online be misunderstood?");
        waitUntil(PATIENCE, () -> !quizVersion().equals(oldVersion));

        var quiz = QuizBank.load(root.resolve("content")).quiz("jokes-that-hurt").orElseThrow();
        assertThat(get("/lessons/jokes-that-hurt/").body()).contains("Why can a message online be misunderstood?", quiz.version());
        assertThat(submit(oldVersion, quiz).statusCode()).isEqualTo(409);
        var marked = submit(quiz.version(), quiz);
        assertThat(marked.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readValue(marked.body(), Map.class)).containsEntry("score", quiz.questions().size());
    }

    private String quizVersion() {
        try {
            return String.valueOf(new ObjectMapper().readValue(get("/api/quizzes/jokes-that-hurt").body(), Map.class).get("version"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts every question's correct options. */
    private HttpResponse<String> submit(String version, Quiz quiz) throws Exception {
        var answers = new java.util.HashMap<String, List<String>>();
        quiz.questions().forEach(q -> answers.put(q.id(), q.options().stream().filter(Quiz.Option::correct).map(Quiz.Option::id).toList()));
        var body = new ObjectMapper().writeValueAsString(Map.of("version", version, "answers", answers));
        return HTTP.send(HttpRequest.newBuilder(URI.create(address + "/api/quizzes/jokes-that-hurt/attempts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(address + path)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void replace(Path file, String text, String with) throws IOException {
        var before = Files.readString(file);
        assertThat(before).contains(text);
        Files.writeString(file, before.replace(text, with));
    }

    /** Checks the condition every 20 ms until it holds, failing after the timeout; how long it took. */
    private Duration waitUntil(Duration timeout, BooleanSupplier condition) {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            var waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(waited).as("waited %s for a condition; preview printed:%n%s%s", timeout, out, err).isLessThan(timeout);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

}
