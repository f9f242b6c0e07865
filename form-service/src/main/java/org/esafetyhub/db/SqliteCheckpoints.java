package org.esafetyhub.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Copies SQLite's write-ahead log into the database file on a thread of its own, every
 * {@value #EVERY_MILLIS} ms, with a passive checkpoint (it never waits for, or blocks, a reader or
 * the writer). Left to SQLite, the commit that fills the log past its threshold does the copy and
 * its fsync while every request of its batch waits: under a burst of quiz attempts that was a third
 * of a commit's time (docs/performance.md). The connections' own threshold stays, raised, as a bound
 * on the log should this thread fall behind.
 */
final class SqliteCheckpoints implements AutoCloseable {

    /** Pages (4 KiB) the log may hold before a committing connection checkpoints it itself: 40 MiB. */
    static final int COMMITTER_THRESHOLD_PAGES = 10_000;
    private static final long EVERY_MILLIS = 250;
    private static final Logger LOG = LoggerFactory.getLogger(SqliteCheckpoints.class);

    private final DataSource file;
    private final Thread thread;
    private volatile boolean closed;

    private SqliteCheckpoints(DataSource file) {
        this.file = file;
        this.thread = new Thread(this::run, "sqlite-checkpoints");
        thread.setDaemon(true);
    }

    static SqliteCheckpoints start(DataSource file) {
        var checkpoints = new SqliteCheckpoints(file);
        checkpoints.thread.start();
        return checkpoints;
    }

    private void run() {
        while (!closed) {
            try (var connection = file.getConnection(); var statement = connection.createStatement()) {
                while (!closed) {
                    statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
                    Thread.sleep(EVERY_MILLIS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException e) {
                LOG.warn("checkpointing the database failed, trying again in {}: {}", Duration.ofSeconds(1), e.getMessage());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
