package org.esafetyhub.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, findings 1 and 2: the shipped jar as its own process, on loopback with the heap the systemd unit
 * gives it (-Xmx256m) and no other JVM flag, under the request patterns that took it down. After each attack
 * {@code /healthz} answers within a second, no answer was a 5xx other than 503 (the service saying it is busy,
 * by design), and the process is alive. The figures of each attack are printed for docs/security.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileLoadIT {

    private static final Duration HEALTHY = Duration.ofSeconds(1);
    /** How long a probe waits for /healthz before it counts as no answer (the attack has taken the service down). */
    private static final Duration PROBE_GIVES_UP = Duration.ofSeconds(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private ServiceProcess service;
    private int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void start() throws Exception {
        service = ServiceProcess.serve(List.of("-Xmx256m"), folder.resolve("hostile.db").toString(), folder.resolve("service.log"),
                Map.of(), "--host", "127.0.0.1");
        port = service.url("/").getPort();
    }

    @AfterAll
    void stop() throws Exception {
        if (service != null) {
            service.terminate();
            service.close();
        }
    }

    @Test
    @Order(1)
    void finding_1_fifty_concurrent_sign_ins_answer_401_429_or_503_and_the_service_stays_up() throws Exception {
        var pool = Executors.newFixedThreadPool(50);
        try (var probe = new HealthProbe()) {
            var answers = burst(pool, 50, i -> () -> post("/staff/sign-in", "application/x-www-form-urlencoded",
                    "email=nobody-" + i + "%40school.example.org&password=guessing+" + i));
            var figures = probe.figures();
            report("50 concurrent sign-ins", answers, figures);

            assertThat(answers.keySet()).as("statuses of the sign-ins").isSubsetOf(401, 429, 503);
            assertStillUp(figures);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(2)
    void finding_2_three_hundred_slow_bodies_from_one_address_do_not_hold_every_thread() throws Exception {
        var sockets = new ArrayList<Socket>();
        try (var probe = new HealthProbe()) {
            for (int i = 0; i < 300; i++) {
                var path = i % 2 == 0 ? "/report/follow-up/add" : "/staff/sign-in";
                var socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 200\r\n\r\nr").getBytes(StandardCharsets.US_ASCII));
                sockets.add(socket);
            }
            // a byte every 10 s on each connection still open, for 12 s in all
            var start = System.nanoTime();
            probe.awaitUntil(start + TimeUnit.SECONDS.toNanos(10));
            for (var socket : sockets) {
                try {
                    socket.getOutputStream().write('e');
                } catch (IOException closedByTheService) {
                    // the service ended this connection: what it should do with a body this slow
                }
            }
            probe.awaitUntil(start + TimeUnit.SECONDS.toNanos(12));
            var figures = probe.figures();
            var answers = answersOf(sockets);
            report("300 slow bodies from one address", answers, figures);

            assertThat(answers.keySet()).as("statuses the slow bodies got").allMatch(status -> status < 500 || status == 503);
            assertStillUp(figures);
        } finally {
            for (var socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    @Order(3)
    void a_burst_of_quiz_attempts_and_of_reports_is_answered_without_a_500_and_the_service_stays_up() throws Exception {
        var quiz = JSON.readTree(http.send(HttpRequest.newBuilder(url("/api/quizzes/jokes-that-hurt")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        var chosen = new LinkedHashMap<String, List<String>>();
        quiz.get("questions").forEach(q -> chosen.put(q.get("id").asText(), List.of(q.get("options").get(0).get("id").asText())));
        var attempt = JSON.writeValueAsString(Map.of("version", quiz.get("version").asText(), "academy", "riverside-primary",
                "answers", chosen));
        var pool = Executors.newFixedThreadPool(32);
        try (var probe = new HealthProbe()) {
            var attempts = burst(pool, 400, i -> () -> post("/api/quizzes/jokes-that-hurt/attempts", "application/json", attempt));
            var reports = burst(pool, 100, i -> () -> {
                var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", "riverside-primary")
                        .field("category", "other").field("ongoing", "no").field("description", "Someone is being unkind " + i);
                return http.send(HttpRequest.newBuilder(url("/api/reports")).header("Content-Type", form.contentType())
                        .POST(form.publisher()).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            });
            var figures = probe.figures();
            report("400 quiz attempts", attempts, figures);
            report("100 reports", reports, figures);

            assertThat(attempts.keySet()).as("statuses of the quiz attempts").isSubsetOf(200, 429, 503);
            assertThat(reports.keySet()).as("statuses of the reports").isSubsetOf(201, 429, 503);
            assertStillUp(figures);
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Request {
        int send() throws Exception;
    }

    /** Sends the requests all at once from the pool; how many got each status (-1: no answer, or the connection was cut). */
    private static Map<Integer, Integer> burst(ExecutorService pool, int count, java.util.function.IntFunction<Request> request) {
        var futures = new ArrayList<CompletableFuture<Integer>>();
        for (int i = 0; i < count; i++) {
            var one = request.apply(i);
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return one.send();
                } catch (Exception e) {
                    return -1;
                }
            }, pool));
        }
        var statuses = new TreeMap<Integer, Integer>();
        futures.forEach(f -> statuses.merge(f.join(), 1, Integer::sum));
        return statuses;
    }

    private int post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).header("Content-Type", contentType).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** What each slow connection was answered, read from what the service sent back before the test hangs up. */
    private static Map<Integer, Integer> answersOf(List<Socket> sockets) throws IOException {
        var statuses = new TreeMap<Integer, Integer>();
        for (var socket : sockets) {
            socket.setSoTimeout(1);
            statuses.merge(statusLine(socket), 1, Integer::sum);
        }
        return statuses;
    }

    /** The status the service answered on the socket, 0 for none yet, -1 when it closed the connection without one. */
    private static int statusLine(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            var line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n' && line.length() < 100; c = in.read()) {
                line.append((char) c);
            }
            var parts = line.toString().split(" ");
            return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
        } catch (java.net.SocketTimeoutException stillWaiting) {
            return 0;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private void assertStillUp(Figures during) throws Exception {
        var start = System.nanoTime();
        var health = http.send(HttpRequest.newBuilder(url("/healthz")).timeout(PROBE_GIVES_UP).build(), HttpResponse.BodyHandlers.ofString());
        var took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(took).as("/healthz after the attack").isLessThan(HEALTHY);
        assertThat(service.process().isAlive()).isTrue();
        assertThat(service.output()).doesNotContain("OutOfMemoryError");
        // the median, not the slowest: on a busy build machine any one probe may wait for the CPU
        assertThat(during.median()).as("/healthz during the attack, median").isLessThan(HEALTHY);
    }

    private static void report(String attack, Map<Integer, Integer> answers, Figures figures) {
        System.out.printf("HostileLoadIT %s: statuses %s; /healthz during it: %d probes, median %d ms, slowest %d ms, %d unanswered%n",
                attack, answers, figures.probes(), figures.median().toMillis(), figures.slowest().toMillis(), figures.unanswered());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** What the probe saw of /healthz while an attack went on. */
    private record Figures(int probes, Duration median, Duration slowest, int unanswered) {
    }

    /** Asks /healthz every 200 ms, on a fresh connection each time, from a thread of its own, until closed; 4 s unanswered counts as none. */
    private final class HealthProbe implements AutoCloseable {

        private final List<Duration> latencies = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final Thread thread;

        HealthProbe() {
            thread = new Thread(this::run, "health-probe");
            thread.start();
        }

        private void run() {
            while (!stopped.get()) {
                var start = System.nanoTime();
                // a new visitor: a connection of its own, as a browser arriving now would open
                try (var socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), (int) PROBE_GIVES_UP.toMillis());
                    socket.setSoTimeout((int) PROBE_GIVES_UP.toMillis());
                    socket.getOutputStream().write(("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    boolean answered = statusLine(socket) == 200;
                    latencies.add(answered ? Duration.ofNanos(System.nanoTime() - start) : PROBE_GIVES_UP);
                } catch (IOException e) {
                    latencies.add(PROBE_GIVES_UP);
                }
                awaitUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200));
            }
        }

        /** Waits until then, or until the probe is closed. */
        void awaitUntil(long nanoTime) {
            synchronized (stopped) {
                long left;
                while (!stopped.get() && (left = nanoTime - System.nanoTime()) > 0) {
                    try {
                        TimeUnit.NANOSECONDS.timedWait(stopped, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        Figures figures() {
            synchronized (latencies) {
                var sorted = latencies.stream().sorted().toList();
                var median = sorted.isEmpty() ? PROBE_GIVES_UP : sorted.get(sorted.size() / 2);
                var slowest = sorted.isEmpty() ? PROBE_GIVES_UP : sorted.get(sorted.size() - 1);
                int unanswered = (int) sorted.stream().filter(d -> d.compareTo(PROBE_GIVES_UP) >= 0).count();
                return new Figures(sorted.size(), median, slowest, unanswered);
            }
        }

        @Override
        public void close() throws InterruptedException {
            synchronized (stopped) {
                stopped.set(true);
                stopped.notifyAll();
            }
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }
}
