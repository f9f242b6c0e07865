package org.esafetyhub.app;

import org.esafetyhub.testing.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped jar, run as the README says, stops cleanly on SIGTERM. */
class ShutdownIT {

    private static final Pattern SERVING = Pattern.compile("serving (http://localhost:\\d+/)");

    @TempDir
    Path folder;

    /** Waits, up to 30 s, for the line that names the address the service is serving on. */
    private static String awaitAddress(Path log, Process process) throws Exception {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && process.isAlive()) {
            var matcher = SERVING.matcher(Files.readString(log));
            if (matcher.find()) {
                return matcher.group(1);
            }
            process.waitFor(100, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("serve did not announce its address: " + Files.readString(log));
    }

    @Test
    void serve_stops_cleanly_on_sigterm_and_leaves_a_sound_database() throws Exception {
        var root = Stack.root();
        var database = folder.resolve("shutdown.db");
        var log = folder.resolve("serve.log");
        var process = new ProcessBuilder("java", "-jar", root.resolve("form-service/target/esafety-hub.jar").toString(),
                "serve", "--port", "0", "--db", database.toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            var address = awaitAddress(log, process);
            var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address + "healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"UP\"");

            process.destroy();

            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
            assertThat(Files.readString(log)).contains("eSafety Hub stopped");
        } finally {
            process.destroyForcibly();
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + database);
             var check = db.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertThat(check.getString(1)).isEqualTo("ok");
        }
    }
}
