package org.esafetyhub.app;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 1: a JVM that ran out of memory hung half-alive (its log and checkpoint threads dead) instead of
 * ending so that systemd starts a fresh one. The jar's own main makes an OutOfMemoryError end the process, as
 * -XX:+ExitOnOutOfMemoryError does.
 */
class OutOfMemoryIT {

    @Test
    void finding_1_an_out_of_memory_error_in_any_thread_ends_the_process_with_status_3() throws Exception {
        var java = new File(System.getProperty("java.home"), "bin/java").getPath();
        var process = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                RunsOutOfMemory.class.getName(), "as-shipped").redirectErrorStream(true).start();
        try {
            var ended = process.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(ended).as("the process ended").isTrue();
            assertThat(process.exitValue()).isEqualTo(OutOfMemory.EXIT_STATUS);
            assertThat(output).contains("ran out of memory").doesNotContain("this process goes on");
        } finally {
            process.destroyForcibly();
        }
    }
}
