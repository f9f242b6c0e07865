package org.esafetyhub.app;

import org.esafetyhub.testing.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped jar, run as the README says, stops cleanly on SIGTERM. */
class ShutdownIT {

    @TempDir
    Path folder;

    @Test
    void serve_stops_cleanly_on_sigterm_and_leaves_a_sound_database() throws Exception {
        var database = folder.resolve("shutdown.db");
        try (var service = ServiceProcess.serve(database, folder.resolve("serve.log"))) {
            var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.url("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"UP\"");

            assertThat(service.terminate()).as("stopped within 20 s").isTrue();
            assertThat(service.output()).contains("eSafety Hub stopped");
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + database);
             var check = db.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertThat(check.getString(1)).isEqualTo("ok");
        }
    }
}
