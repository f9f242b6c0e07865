package org.esafetyhub.site;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Threads for the bake's work beside JBake's one thread (one fewer than the cores): JBake crawls and
 * renders one file at a time, and what can be done beside it (rendering Markdown, reading the baked
 * pages) is handed here. Daemon threads: a bake command ends when its main thread does.
 */
final class OtherCores {

    static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), task -> {
                var thread = new Thread(task, "bake-other-core");
                thread.setDaemon(true);
                return thread;
            });

    private OtherCores() {
    }
}
