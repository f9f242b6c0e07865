package org.esafetyhub.limits;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.testing.TestDatabase;
import org.esafetyhub.app.App;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.trust.Service;
import org.esafetyhub.trust.TrustFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a school's nginx every request comes from the proxy: the rate limits tell clients apart by
 * X-Forwarded-For only when the proxy is trusted, so a client elsewhere cannot forge its way round them.
 * A fresh service for each test, with an allowance of 3 reports per client, so the shared stack's is not spent.
 */
@Tag("both-engines")
class TrustedProxyIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path folder;
    private App app;

    private void start(List<String> trustedProxies) {
        var root = Stack.root();
        var trust = TrustFile.load(root.resolve("config/trust.yaml")).withService(new Service(trustedProxies, 3, null));
        app = App.create(new App.Settings(Path.of(System.getProperty("hub.site", root.resolve("target/site").toString())),
                () -> QuizBank.load(root.resolve("content")), TestDatabase.fresh(folder), trust, Clock.systemUTC(),
                Duration.ofSeconds(30), PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    /** Statuses of reports sent one after another, each with this X-Forwarded-For. */
    private List<Integer> reports(String... forwardedFor) throws Exception {
        var statuses = new ArrayList<Integer>();
        for (var forwarded : forwardedFor) {
            var form = new Multipart().field("description", "proxy test");
            statuses.add(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/reports"))
                    .header("Content-Type", form.contentType()).header("X-Forwarded-For", forwarded)
                    .POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        return statuses;
    }

    @Test
    void two_clients_behind_a_trusted_proxy_get_an_allowance_each() throws Exception {
        start(List.of("127.0.0.1", "::1"));

        var first = reports("198.51.100.1", "198.51.100.1", "198.51.100.1", "198.51.100.1");
        // a forged first hop is ignored: the proxy appended the address it saw last
        var second = reports("10.9.9.9, 198.51.100.2", "10.9.9.8, 198.51.100.2", "198.51.100.2", "198.51.100.2");

        assertThat(first).containsExactly(422, 422, 422, 429);
        assertThat(second).containsExactly(422, 422, 422, 429);
    }

    @Test
    void a_forged_forwarded_for_from_an_untrusted_peer_does_not_dodge_the_limit() throws Exception {
        start(List.of("192.0.2.10"));

        var statuses = reports("198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4");

        assertThat(statuses).containsExactly(422, 422, 422, 429);
    }
}
