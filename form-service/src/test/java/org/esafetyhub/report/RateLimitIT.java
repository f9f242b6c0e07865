package org.esafetyhub.report;

import org.junit.jupiter.api.Tag;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.TestDatabase;
import org.esafetyhub.app.App;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.trust.Service;
import org.esafetyhub.trust.TrustFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Abuse limits, on a fresh service for each test (allowances must not be spent for the shared one):
 * refused requests get a clear 429 and the allowance is counted without storing who anyone is.
 */
@Tag("both-engines")
class RateLimitIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path folder;
    private App app;

    @BeforeEach
    void start() {
        var root = Stack.root();
        app = App.create(new App.Settings(Path.of(System.getProperty("hub.site", root.resolve("target/site").toString())),
                () -> QuizBank.load(root.resolve("content")), TestDatabase.fresh(folder),
                // the test plays its own proxy, to come from several addresses; without the header each request is from 127.0.0.1
                TrustFile.load(root.resolve("config/trust.yaml")).withService(new Service(List.of("127.0.0.1", "::1"), null, null)),
                Clock.systemUTC(), Duration.ofSeconds(30), PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    @Test
    void after_60_reports_from_one_address_in_ten_minutes_the_next_gets_a_clear_429() throws Exception {
        var statuses = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 61; i++) {
            var form = new Multipart().field("description", "test " + i);
            statuses.add(HTTP.send(HttpRequest.newBuilder(url("/api/reports")).header("Content-Type", form.contentType())
                    .POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        var refused = HTTP.send(HttpRequest.newBuilder(url("/report/form/")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("description=x")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(statuses.subList(0, 60)).containsOnly(422);
        assertThat(statuses.get(60)).isEqualTo(429);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("too many attempts from here", "Please wait a few minutes");
    }

    @Test
    void five_wrong_codes_for_one_reference_lock_it_for_a_while_even_with_the_right_code() throws Exception {
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", "riverside-primary")
                .field("category", "other").field("ongoing", "no").field("description", "Someone is being unkind.");
        var receipt = new ObjectMapper().readTree(HTTP.send(HttpRequest.newBuilder(url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString()).body());
        var reference = receipt.get("reference").asText();

        for (int i = 0; i < 5; i++) {
            assertThat(followUp(reference, "WRNG-WRNG-WRNG-WRNG").statusCode()).isEqualTo(422);
        }
        var locked = followUp(reference, receipt.get("followUpCode").asText());

        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).doesNotContain("Status:");
    }

    /** Issue 19, finding 7: five wrong codes from anywhere locked the real reporter out for an hour. */
    @Test
    void five_wrong_codes_from_one_address_do_not_lock_the_real_reporter_out_from_another() throws Exception {
        var receipt = report();
        var reference = receipt.get("reference").asText();

        for (int i = 0; i < 5; i++) {
            assertThat(followUp(reference, "WRNG-WRNG-WRNG-WRNG", "198.51.100.66").statusCode()).isEqualTo(422);
        }
        var attackerAgain = followUp(reference, "WRNG-WRNG-WRNG-WRN2", "198.51.100.66");
        var reporter = followUp(reference, receipt.get("followUpCode").asText(), "203.0.113.5");

        assertThat(attackerAgain.statusCode()).isEqualTo(429);
        assertThat(reporter.statusCode()).isEqualTo(200);
        assertThat(reporter.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void wrong_codes_from_one_ipv6_home_count_together_whichever_address_of_its_slash_64_they_come_from() throws Exception {
        var reference = report().get("reference").asText();

        for (int i = 1; i <= 5; i++) {
            assertThat(followUp(reference, "WRNG-WRNG-WRNG-WRNG", "2001:db8:5:6::" + i).statusCode()).isEqualTo(422);
        }
        var sixth = followUp(reference, "WRNG-WRNG-WRNG-WRNG", "2001:db8:5:6:ffff::1");
        var neighbour = followUp(reference, "WRNG-WRNG-WRNG-WRNG", "2001:db8:5:7::1");

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(neighbour.statusCode()).isEqualTo(422);
    }

    private com.fasterxml.jackson.databind.JsonNode report() throws Exception {
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", "riverside-primary")
                .field("category", "other").field("ongoing", "no").field("description", "Someone is being unkind.");
        return new ObjectMapper().readTree(HTTP.send(HttpRequest.newBuilder(url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private HttpResponse<String> followUp(String reference, String code) throws Exception {
        return followUp(reference, code, null);
    }

    /** @param from the client's address as the proxy says (X-Forwarded-For), or null for the direct peer */
    private HttpResponse<String> followUp(String reference, String code, String from) throws Exception {
        var body = "reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(url("/report/follow-up/")).header("Content-Type", "application/x-www-form-urlencoded");
        if (from != null) {
            request.header("X-Forwarded-For", from);
        }
        return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
