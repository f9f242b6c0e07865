package org.esafetyhub.db;

import org.esafetyhub.crypto.KeyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseIT {

    @TempDir
    Path folder;

    @Test
    void the_sqlite_file_is_created_with_its_folder_in_wal_mode_with_foreign_keys_and_a_busy_timeout() {
        var database = Database.openSqlite(folder.resolve("new/folder/esafety.db"));

        database.jdbi().useHandle(handle -> {
            assertThat(handle.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualTo("wal");
            assertThat(handle.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
            assertThat(handle.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()).isEqualTo(1);
            assertThat(handle.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isEqualTo(10_000);
        });
        assertThat(database.schemaVersion()).isPresent();
    }

    /** Issue 19, finding 7: the database file was created 0644 outside systemd (whose UMask is 0077). */
    @Test
    void the_sqlite_file_its_wal_and_shm_and_a_key_file_are_the_owners_only_and_new_folders_0700() throws Exception {
        var file = folder.resolve("private/data/esafety.db");
        var database = Database.openSqlite(file);
        database.jdbi().useHandle(h -> h.execute("CREATE TABLE t (n INTEGER)"));
        KeyFile.readOrMake(file.getParent(), "some.key", "a key");

        try {
            for (var made : List.of(file, file.resolveSibling("esafety.db-wal"), file.resolveSibling("esafety.db-shm"),
                    file.resolveSibling("some.key"))) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).as("%s", made).isEqualTo("rw-------");
            }
            for (var made : List.of(folder.resolve("private"), folder.resolve("private/data"))) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).as("%s", made).isEqualTo("rwx------");
            }
        } finally {
            database.close();
        }
    }

    @Test
    void transactions_that_read_then_write_never_fail_with_sqlite_busy_when_they_overlap() throws Exception {
        var database = Database.openSqlite(folder.resolve("busy.db"));
        database.jdbi().useHandle(h -> h.execute("CREATE TABLE counter (n INTEGER NOT NULL)"));
        database.jdbi().useHandle(h -> h.execute("INSERT INTO counter (n) VALUES (0)"));
        var pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        var failures = new java.util.concurrent.atomic.AtomicInteger();
        for (int i = 0; i < 200; i++) {
            pool.submit(() -> {
                try {
                    start.await();
                    database.jdbi().useTransaction(h -> {
                        int n = h.createQuery("SELECT n FROM counter").mapTo(Integer.class).one();
                        h.createUpdate("UPDATE counter SET n = :n").bind("n", n + 1).execute();
                    });
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(failures).hasValue(0);
        int total = database.jdbi().withHandle(h -> h.createQuery("SELECT n FROM counter").mapTo(Integer.class).one());
        assertThat(total).isEqualTo(200);
    }
}
