package org.esafetyhub.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

/**
 * Watches an author's sources, folders with everything in them and single files, and once saving
 * has been quiet for {@link #SETTLE} reports what changed, on a thread of its own. Changes made
 * while the report is handled come in the next report, never lost. Editors' swap, lock and backup
 * files (hidden, {@code #name#}, {@code name~}) are not changes.
 */
final class SourceWatcher implements AutoCloseable {

    /** An editor's save is several events (write a temporary file, rename it): one report for them all. */
    static final Duration SETTLE = Duration.ofMillis(100);

    /** A folder watched for everything in it, or only for some files in it (such as the trust file in config/). */
    private record Watched(Path folder, boolean whole) {
    }

    private final WatchService service;
    private final Map<WatchKey, Watched> watchedByKey = new ConcurrentHashMap<>();
    private final Set<Path> files;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /**
     * @param folders  watched with all they hold, folders added later included; missing ones are skipped
     * @param files    watched one by one
     * @param onChange given the changed paths, on the watcher's thread
     */
    SourceWatcher(List<Path> folders, List<Path> files, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.files = Set.copyOf(files.stream().map(f -> f.toAbsolutePath().normalize()).toList());
        this.onChange = onChange;
        for (var file : this.files) {
            watchedByKey.putIfAbsent(file.getParent().register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY),
                    new Watched(file.getParent(), false));
        }
        for (var folder : folders) {
            if (Files.isDirectory(folder)) {
                registerAll(folder.toAbsolutePath().normalize());
            }
        }
        thread = new Thread(this::run, "source-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerAll(Path tree) throws IOException {
        try (Stream<Path> folders = Files.walk(tree)) {
            for (var folder : folders.filter(Files::isDirectory).toList()) {
                watchedByKey.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), new Watched(folder, true));
            }
        }
    }

    private void run() {
        try {
            while (true) {
                var changed = new TreeSet<Path>();
                collect(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        var watched = watchedByKey.get(key);
        for (var event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.add(watched.folder());
                continue;
            }
            var path = watched.folder().resolve((Path) event.context());
            if (isEditorsOwn(path) || !(watched.whole() || files.contains(path))) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && watched.whole() && Files.isDirectory(path)) {
                try {
                    registerAll(path);
                } catch (IOException | UncheckedIOException e) {
                    // the folder went again before it could be watched: its creation is still a change
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            watchedByKey.remove(key);
        }
    }

    private static boolean isEditorsOwn(Path path) {
        var name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~");
    }

    /** Stops watching, and waits for a report being handled to finish. */
    @Override
    public void close() {
        try {
            service.close();
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
