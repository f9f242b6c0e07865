package org.esafetyhub.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQLite lets one connection write at a time, and a connection that finds the file locked polls
 * (sleeping longer each time) until its busy timeout: a writer that takes the lock again the moment it
 * lets go, such as a group commit under a burst of quiz attempts, can keep a report waiting past it.
 */
class SerialWritesIT {

    private static final Duration SHORT_BUSY_TIMEOUT = Duration.ofMillis(300);

    @TempDir
    Path folder;

    @Test
    void transactions_and_single_writes_wait_their_turn_behind_a_busy_group_commit_instead_of_failing_with_sqlite_busy()
            throws Exception {
        var database = Database.openSqlite(folder.resolve("busy.db"), SHORT_BUSY_TIMEOUT);
        database.jdbi().useHandle(h -> h.execute("CREATE TABLE item (id VARCHAR(36) PRIMARY KEY, body VARCHAR(2000) NOT NULL)"));
        var body = "x".repeat(1_500);
        GroupCommit<String> attempts = database.groupCommit("items", (handle, ids) -> {
            var batch = handle.prepareBatch("INSERT INTO item (id, body) VALUES (:id, :body)");
            ids.forEach(id -> batch.bind("id", id).bind("body", body).add());
            batch.execute();
        });
        var stop = new AtomicBoolean();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var reports = new AtomicInteger();
        var singles = new AtomicInteger();
        var threads = Executors.newFixedThreadPool(22);
        var running = new ArrayList<Future<?>>();
        var next = new AtomicInteger();
        for (int t = 0; t < 16; t++) {
            running.add(threads.submit(keepGoing(stop, failures, () -> {
                attempts.write("attempt-" + next.incrementAndGet());
                return null;
            })));
        }
        var reportsDone = new CountDownLatch(1_000);
        var singlesDone = new CountDownLatch(300);
        for (int t = 0; t < 4; t++) {
            running.add(threads.submit(keepGoing(stop, failures, () -> {
                database.jdbi().useTransaction(h -> {
                    var id = "report-" + next.incrementAndGet();
                    h.createUpdate("INSERT INTO item (id, body) VALUES (:id, :body)").bind("id", id).bind("body", body).execute();
                    h.createUpdate("UPDATE item SET body = :body WHERE id = :id").bind("id", id).bind("body", "kept").execute();
                });
                reports.incrementAndGet();
                reportsDone.countDown();
                return null;
            })));
        }
        for (int t = 0; t < 2; t++) {
            running.add(threads.submit(keepGoing(stop, failures, () -> {
                database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO item (id, body) VALUES (:id, :body)")
                        .bind("id", "single-" + next.incrementAndGet()).bind("body", body).execute());
                singles.incrementAndGet();
                singlesDone.countDown();
                return null;
            })));
        }
        // the load runs until a fixed number of writes of each kind is done: what is measured is whether any failed
        assertThat(reportsDone.await(2, TimeUnit.MINUTES)).as("transactions done within two minutes").isTrue();
        assertThat(singlesDone.await(2, TimeUnit.MINUTES)).as("single writes done within two minutes").isTrue();
        stop.set(true);
        for (Future<?> future : running) {
            future.get();
        }
        threads.shutdown();
        database.close();

        assertThat(failures.stream().map(e -> e.getClass().getSimpleName() + ": " + e.getMessage().substring(0, 120)))
                .as("writes that failed while the group commit was busy").isEmpty();
        assertThat(reports.get()).as("transactions that got their turn").isPositive();
        assertThat(singles.get()).as("single writes outside a transaction that got their turn").isPositive();
    }

    private static Runnable keepGoing(AtomicBoolean stop, ConcurrentLinkedQueue<Throwable> failures, Callable<Void> write) {
        return () -> {
            while (!stop.get()) {
                try {
                    write.call();
                } catch (Exception e) {
                    failures.add(e);
                }
            }
        };
    }
}
