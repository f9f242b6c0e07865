package org.esafetyhub.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The watcher behind preview, on a temporary folder: what it reports after a save, and what it leaves out. */
class SourceWatcherTest {

    @TempDir
    Path root;

    private final BlockingQueue<Set<Path>> reports = new LinkedBlockingQueue<>();

    private SourceWatcher watch() throws Exception {
        Files.createDirectories(root.resolve("content/parents"));
        Files.createDirectories(root.resolve("config"));
        return new SourceWatcher(List.of(root.resolve("content"), root.resolve("no-such-folder")),
                List.of(root.resolve("config/trust.yaml")), reports::add);
    }

    private Set<Path> nextReport() throws InterruptedException {
        var report = reports.poll(10, TimeUnit.SECONDS);
        assertThat(report).as("a report within 10 s").isNotNull();
        return report;
    }

    @Test
    void a_save_deep_in_a_watched_folder_is_reported_once_with_its_path() throws Exception {
        try (var watcher = watch()) {
            var page = root.resolve("content/parents/keeping-evidence.md");
            Files.writeString(page, "title=Keeping evidence\n");
            Files.writeString(page, "title=Keeping evidence safely\n");

            assertThat(nextReport()).containsExactly(page.toAbsolutePath().normalize());
            assertThat(reports.poll(3 * SourceWatcher.SETTLE.toMillis(), TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void a_folder_made_after_watching_began_is_watched_too() throws Exception {
        try (var watcher = watch()) {
            var section = Files.createDirectory(root.resolve("content/governors"));
            assertThat(nextReport()).contains(section.toAbsolutePath().normalize());

            var page = Files.writeString(section.resolve("minutes.md"), "title=Minutes\n");

            assertThat(nextReport()).contains(page.toAbsolutePath().normalize());
        }
    }

    @Test
    void of_a_single_file_s_folder_only_that_file_counts_and_editors_own_files_never() throws Exception {
        try (var watcher = watch()) {
            Files.writeString(root.resolve("config/notes.txt"), "not the trust file");
            Files.writeString(root.resolve("content/parents/.keeping-evidence.md.swp"), "vim");
            Files.writeString(root.resolve("content/parents/keeping-evidence.md~"), "backup");
            var trust = Files.writeString(root.resolve("config/trust.yaml"), "name: Riverside\n");

            assertThat(nextReport()).containsExactly(trust.toAbsolutePath().normalize());
        }
    }
}
