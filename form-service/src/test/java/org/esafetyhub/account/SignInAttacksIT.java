package org.esafetyhub.account;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.app.App;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.TestDatabase;
import org.esafetyhub.trust.Service;
import org.esafetyhub.trust.TrustFile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, findings 5 and 7 (sign-in): on a service of each test's own (its allowances must not be spent for the
 * shared one), behind a trusted proxy on loopback, so that X-Forwarded-For tells the test's clients apart.
 */
@Tag("both-engines")
class SignInAttacksIT {

    private static final String RIVERSIDE = "riverside-primary";
    private static final String ATTACKER = "203.0.113.7";
    private static final String SCHOOL = "198.51.100.20";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path folder;
    private App app;
    private String database;

    @BeforeEach
    void start() {
        var root = Stack.root();
        var address = TestDatabase.fresh(folder);
        database = address.toString();
        var trust = TrustFile.load(root.resolve("config/trust.yaml")).withService(new Service(List.of("127.0.0.1", "::1"), null, null));
        app = App.create(new App.Settings(Path.of(System.getProperty("hub.site", root.resolve("target/site").toString())),
                () -> QuizBank.load(root.resolve("content")), address, trust, Clock.systemUTC(), Duration.ofSeconds(30),
                PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    private StaffClient.Service service() {
        return new StaffClient.Service(database, this::url);
    }

    private HttpResponse<String> signIn(String from, String email, String password, String... headers) throws Exception {
        var body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(url("/staff/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", from).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The problem the sign-in page shows: the page without the e-mail address it gives back. */
    private static String problem(HttpResponse<String> page) {
        var summary = Jsoup.parse(page.body()).selectFirst(".error-summary, [role=alert]");
        return summary == null ? "" : summary.text();
    }

    @Test
    void finding_5_two_bursts_of_20_parallel_wrong_passwords_lock_the_account() throws Exception {
        var dsl = StaffClient.signedIn(service(), Role.DSL, RIVERSIDE);
        var pool = Executors.newFixedThreadPool(20);
        try {
            for (int burst = 0; burst < 2; burst++) {
                var wrong = new ArrayList<CompletableFuture<Integer>>();
                for (int i = 0; i < 20; i++) {
                    wrong.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            return signIn(ATTACKER, dsl.email, "a wrong password, guessed").statusCode();
                        } catch (Exception e) {
                            return -1;
                        }
                    }, pool));
                }
                // 503: more hashes at once than the heap allows waited their turn in vain (finding 1), by design
                assertThat(wrong.stream().map(CompletableFuture::join).toList()).isSubsetOf(401, 429, 503);
            }
        } finally {
            pool.shutdownNow();
        }

        var right = signIn(ATTACKER, dsl.email, StaffClient.PASSWORD);

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void finding_5_two_bursts_of_20_parallel_wrong_codes_lock_the_account() throws Exception {
        var dsl = StaffClient.signedIn(service(), Role.DSL, RIVERSIDE);
        var again = dsl.on(service());
        assertThat(again.signIn(StaffClient.PASSWORD).headers().firstValue("Location")).hasValue("/staff/two-factor");
        var csrf = Jsoup.parse(again.get("/staff/two-factor").body()).selectFirst("input[name=csrf]").attr("value");
        var pool = Executors.newFixedThreadPool(20);
        try {
            for (int burst = 0; burst < 2; burst++) {
                var wrong = new ArrayList<CompletableFuture<Integer>>();
                for (int i = 0; i < 20; i++) {
                    wrong.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            return again.postForm("/staff/two-factor", Map.of("code", "000000", "csrf", csrf)).statusCode();
                        } catch (Exception e) {
                            return -1;
                        }
                    }, pool));
                }
                assertThat(wrong.stream().map(CompletableFuture::join).toList()).containsOnly(422);
            }
        } finally {
            pool.shutdownNow();
        }

        var right = again.postForm("/staff/two-factor", Map.of("code", again.nextCode(), "csrf", csrf));

        assertThat(right.statusCode()).isEqualTo(422);
        assertThat(right.body()).contains("Too many wrong codes");
    }

    @Test
    void finding_7_a_refused_address_with_an_account_and_one_without_get_the_same_answer_in_about_the_same_time() throws Exception {
        var dsl = StaffClient.signedIn(service(), Role.DSL, RIVERSIDE);
        var nobody = "nobody-here@school.example.org";
        for (int i = 0; i < 5; i++) {
            signIn(ATTACKER, dsl.email, "wrong " + i);
            signIn(ATTACKER, nobody, "wrong " + i);
        }
        var real = new ArrayList<Long>();
        var unknown = new ArrayList<Long>();
        HttpResponse<String> realAnswer = null;
        HttpResponse<String> unknownAnswer = null;
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            realAnswer = signIn(ATTACKER, dsl.email, "wrong again");
            real.add(System.nanoTime() - start);
            start = System.nanoTime();
            unknownAnswer = signIn(ATTACKER, nobody, "wrong again");
            unknown.add(System.nanoTime() - start);
        }

        assertThat(realAnswer.statusCode()).isEqualTo(unknownAnswer.statusCode()).isEqualTo(429);
        assertThat(problem(realAnswer)).isEqualTo(problem(unknownAnswer)).contains("too many wrong attempts");
        assertThat(Duration.ofNanos(Math.abs(median(real) - median(unknown)))).isLessThan(Duration.ofMillis(30));
    }

    @Test
    void finding_7_wrong_passwords_from_one_client_do_not_keep_the_account_out_from_another() throws Exception {
        var dsl = StaffClient.signedIn(service(), Role.DSL, RIVERSIDE);
        for (int i = 0; i < 10; i++) {
            signIn(ATTACKER, dsl.email, "wrong " + i);
        }

        var attacker = signIn(ATTACKER, dsl.email, StaffClient.PASSWORD);
        var school = signIn(SCHOOL, dsl.email, StaffClient.PASSWORD);

        assertThat(attacker.statusCode()).isEqualTo(429);
        assertThat(school.statusCode()).isEqualTo(302);
        assertThat(school.headers().firstValue("Location")).hasValue("/staff/two-factor");
    }

    @Test
    void finding_7_a_sign_in_posted_from_another_sites_page_is_refused() throws Exception {
        var dsl = StaffClient.signedIn(service(), Role.DSL, RIVERSIDE);

        var otherOrigin = signIn(SCHOOL, dsl.email, StaffClient.PASSWORD, "Origin", "https://attacker.example");
        var crossSite = signIn(SCHOOL, dsl.email, StaffClient.PASSWORD, "Sec-Fetch-Site", "cross-site");
        // what Chromium sends from our own page, whose Referrer-Policy is no-referrer
        var ownPage = signIn(SCHOOL, dsl.email, StaffClient.PASSWORD, "Origin", "null", "Sec-Fetch-Site", "same-origin");
        var sameOrigin = signIn(SCHOOL, dsl.email, StaffClient.PASSWORD, "Origin", "http://localhost:" + app.port());

        assertThat(otherOrigin.statusCode()).isEqualTo(403);
        assertThat(otherOrigin.body()).contains("came from another website");
        assertThat(otherOrigin.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(ownPage.statusCode()).isEqualTo(302);
        assertThat(sameOrigin.statusCode()).isEqualTo(302);
    }

    @Test
    void a_client_out_of_wrong_sign_ins_is_refused_before_its_body_is_read() throws Exception {
        for (int i = 0; i < 30; i++) { // a client's allowance of wrong sign-ins (SignIn.PER_CLIENT)
            signIn(ATTACKER, "someone-" + i + "@school.example.org", "wrong");
        }

        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", app.port()), 5_000);
            socket.setSoTimeout(5_000);
            // a body announced and never sent: the answer cannot have waited for it
            socket.getOutputStream().write(("POST /staff/sign-in HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + ATTACKER
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);

            assertThat(status).isEqualTo("HTTP/1.1 429");
        }
    }

    @Test
    void refused_staff_posts_leave_nothing_counted_as_in_flight() throws Exception {
        for (int i = 0; i < 40; i++) {
            var forbidden = HTTP.send(HttpRequest.newBuilder(url("/staff/cases")).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Forwarded-For", SCHOOL).POST(HttpRequest.BodyPublishers.ofString("csrf=x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(forbidden.statusCode()).isEqualTo(403);
        }

        assertThat(signIn(SCHOOL, "someone@school.example.org", "wrong").statusCode()).isEqualTo(401);
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
