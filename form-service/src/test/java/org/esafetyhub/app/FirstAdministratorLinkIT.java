package org.esafetyhub.app;

import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.trust.TrustFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19, finding 7: the first administrator's link used siteUrl's port (7070), not the one serve listened on. */
class FirstAdministratorLinkIT {

    @TempDir
    Path folder;

    @Test
    void the_first_administrators_link_uses_the_port_serve_listens_on_when_site_url_is_this_machine() throws Exception {
        var root = Stack.root();
        var trust = TrustFile.load(root.resolve("config/trust.yaml"));
        assertThat(trust.siteUrl()).isEqualTo("http://localhost:7070");
        var app = App.create(new App.Settings(Path.of(System.getProperty("hub.site", root.resolve("target/site").toString())),
                () -> QuizBank.load(root.resolve("content")), folder.resolve("esafety.db"), trust, Clock.systemUTC(),
                Duration.ofMinutes(10), PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
        try {
            var link = app.firstAdminLink().orElseThrow();

            assertThat(link).startsWith("http://localhost:" + app.port() + "/staff/set-password/");
            var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }

    @Test
    void a_public_site_url_is_kept_as_it_is() {
        assertThat(FirstAdminLink.onListeningPort("https://hub.example-school.org/staff/set-password/abc", 8080))
                .isEqualTo("https://hub.example-school.org/staff/set-password/abc");
        assertThat(FirstAdminLink.onListeningPort("http://127.0.0.1:7070/staff/set-password/abc", 8080))
                .isEqualTo("http://127.0.0.1:8080/staff/set-password/abc");
    }
}
