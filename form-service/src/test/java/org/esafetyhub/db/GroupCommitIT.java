package org.esafetyhub.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitIT {

    @TempDir
    Path folder;

    private Database database(String name) {
        var database = Database.openSqlite(folder.resolve(name));
        database.jdbi().useHandle(h -> h.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, label VARCHAR(20) NOT NULL)"));
        return database;
    }

    private static GroupCommit<Integer> items(Database database) {
        return database.groupCommit("items", (handle, ids) -> {
            var batch = handle.prepareBatch("INSERT INTO item (id, label) VALUES (:id, :label)");
            ids.forEach(id -> batch.bind("id", id).bind("label", "item " + id).add());
            batch.execute();
        });
    }

    private static int count(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM item").mapTo(Integer.class).one());
    }

    private static boolean stored(Database database, int id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM item WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).one()) == 1;
    }

    @Test
    void every_item_is_committed_by_the_time_its_write_returns_whatever_the_number_of_writers() throws Exception {
        var database = database("many.db");
        var writer = items(database);
        var unseen = new AtomicInteger();
        var threads = Executors.newFixedThreadPool(16);
        for (int t = 0; t < 16; t++) {
            int first = t * 100;
            threads.submit(() -> {
                for (int id = first; id < first + 100; id++) {
                    writer.write(id);
                    if (!stored(database, id)) {
                        unseen.incrementAndGet();
                    }
                }
                return null;
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(unseen).hasValue(0);
        assertThat(count(database)).isEqualTo(1600);
        database.close();
    }

    @Test
    void an_item_that_cannot_be_written_fails_alone_and_the_rest_of_its_batch_is_committed() {
        var database = database("bad.db");
        var writer = items(database);
        writer.write(7);
        var futures = new ArrayList<CompletableFuture<Void>>();
        for (int id : List.of(1, 2, 7, 3, 4)) {
            futures.add(writer.submit(id));
        }

        assertThatThrownBy(() -> futures.get(2).get()).isInstanceOf(ExecutionException.class);
        assertThat(List.of(0, 1, 3, 4)).allSatisfy(i -> assertThat(futures.get(i)).succeedsWithin(java.time.Duration.ofSeconds(10)));
        assertThat(List.of(1, 2, 3, 4, 7)).allMatch(id -> stored(database, id));
        database.close();
    }

    @Test
    void closing_the_database_commits_what_was_handed_over_and_refuses_what_comes_after() {
        var database = database("close.db");
        var writer = items(database);
        var futures = new ArrayList<CompletableFuture<Void>>();
        for (int id = 0; id < 500; id++) {
            futures.add(writer.submit(id));
        }

        database.close();

        assertThat(futures).allMatch(future -> future.isDone() && !future.isCompletedExceptionally());
        assertThatThrownBy(() -> writer.write(1000)).isInstanceOf(IllegalStateException.class);
        var reopened = Database.openSqlite(folder.resolve("close.db"));
        assertThat(count(reopened)).isEqualTo(500);
        reopened.close();
    }
}
