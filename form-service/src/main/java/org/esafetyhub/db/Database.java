package org.esafetyhub.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The service's database: an SQLite file or a PostgreSQL server, migrated by Flyway on opening.
 * Every engine-specific setting lives here (and in {@link Postgres}); stores only see {@link Jdbi}
 * and portable SQL.
 * <p>
 * Connections are pooled and reused: opening an SQLite connection costs more than most queries.
 * Hot inserts go through a {@link GroupCommit} of their own connection instead (see {@link #groupCommit}).
 */
public final class Database implements AutoCloseable {

    /** Readers and occasional writers; SQLite in WAL mode lets readers run beside the one writer. */
    private static final int POOLED_CONNECTIONS = 8;
    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);

    private final Jdbi jdbi;
    private final HikariDataSource pool;
    /** The unpooled source: a group commit's writer holds one connection of it for as long as it runs. */
    private final Jdbi unpooled;
    private final List<GroupCommit<?>> groupCommits = new ArrayList<>();
    private final Engine engine;

    /** What else closes with the database: SQLite's checkpoints, nothing on PostgreSQL. */
    private final AutoCloseable housekeeping;

    private Database(Engine engine, HikariDataSource pool, Jdbi jdbi, Jdbi unpooled, AutoCloseable housekeeping) {
        this.engine = engine;
        this.pool = pool;
        this.jdbi = jdbi;
        this.unpooled = unpooled;
        this.housekeeping = housekeeping;
    }

    /**
     * Opens and migrates the database at the address.
     *
     * @param environment the process's environment ({@code System.getenv()}): PostgreSQL's credentials
     */
    public static Database open(DatabaseAddress address, Map<String, String> environment) {
        if (address.engine() == Engine.SQLITE) {
            return openSqlite(address.sqliteFile());
        }
        var pool = Postgres.pool(address.jdbcUrl(), Credentials.from(environment));
        try {
            migrate(pool, Engine.POSTGRESQL);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        // PostgreSQL takes many writers: a group commit's writer borrows one pooled connection for as long as it runs
        return new Database(Engine.POSTGRESQL, pool, jdbi(pool), jdbi(pool), () -> { });
    }

    /** Shared migrations, then the engine's own (where the engines' types differ). */
    private static void migrate(DataSource dataSource, Engine engine) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + engine.vendor())
                .load()
                .migrate();
    }

    /** Opens (creating it and its folder if need be) and migrates the SQLite file. */
    public static Database openSqlite(Path file) {
        return openSqlite(file, BUSY_TIMEOUT);
    }

    /** @param busyTimeout how long a connection waits for another's write lock before failing with SQLITE_BUSY */
    static Database openSqlite(Path file, Duration busyTimeout) {
        try {
            // an empty file is an empty database: made here, it is the owner's only, and so are its -wal and -shm
            PrivateFiles.file(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database " + file + " or its folder", e);
        }
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.enforceForeignKeys(true);
        // A transaction that reads and then writes must take the write lock at its start: begun as a
        // reader, it fails with SQLITE_BUSY_SNAPSHOT if another connection writes in between.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, String.valueOf(SqliteCheckpoints.COMMITTER_THRESHOLD_PAGES));
        var dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        migrate(dataSource, Engine.SQLITE);
        var pooled = new HikariConfig();
        pooled.setDataSource(dataSource);
        pooled.setPoolName("sqlite");
        pooled.setMaximumPoolSize(POOLED_CONNECTIONS);
        pooled.setMinimumIdle(1);
        var pool = new HikariDataSource(pooled);
        var writes = new SerialWrites();
        return new Database(Engine.SQLITE, pool, inTurn(jdbi(pool), writes), inTurn(jdbi(dataSource), writes),
                SqliteCheckpoints.start(dataSource));
    }

    private static Jdbi inTurn(Jdbi jdbi, SerialWrites writes) {
        return jdbi.setTransactionHandler(writes).configure(SqlStatements.class, statements -> statements.addCustomizer(writes.singleWrites()));
    }

    private static Jdbi jdbi(DataSource dataSource) {
        return Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Engine engine() {
        return engine;
    }

    /**
     * A writer that commits what many requests hand it in one transaction, on one connection of its
     * own: see {@link GroupCommit}. Closed with the database.
     *
     * @param writeBatch writes the items of one batch with the handle, inside the batch's transaction
     */
    public synchronized <T> GroupCommit<T> groupCommit(String name, BiConsumer<Handle, List<T>> writeBatch) {
        var writer = GroupCommit.start(name, unpooled, writeBatch);
        groupCommits.add(writer);
        return writer;
    }

    /** Waits for the group commits to write what they hold, then closes every connection. */
    @Override
    public synchronized void close() {
        groupCommits.forEach(GroupCommit::close);
        groupCommits.clear();
        try {
            housekeeping.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the database's housekeeping failed", e);
        }
        pool.close();
    }

    /**
     * An online, consistent copy of the whole database into a new file, taken while the service
     * runs (SQLite's {@code VACUUM INTO}: one read transaction, so writers are not blocked for long).
     *
     * @throws UnsupportedOperationException on PostgreSQL, whose own tools back it up
     */
    public void backupTo(Path target) {
        if (engine != Engine.SQLITE) {
            throw new UnsupportedOperationException("backup copies an SQLite file; on PostgreSQL use pg_dump"
                    + " (for example pg_dump --format=custom --file=esafety.dump DBNAME) or pgBackRest");
        }
        jdbi.useHandle(handle -> handle.execute("VACUUM INTO ?", target.toAbsolutePath().toString()));
    }

    /** The version of the newest migration applied, if any. */
    public Optional<String> schemaVersion() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT version FROM flyway_schema_history
                        WHERE success AND version IS NOT NULL
                        ORDER BY installed_rank DESC LIMIT 1""")
                .mapTo(String.class)
                .findOne());
    }
}
