package org.esafetyhub.db;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The service's database: an SQLite file, migrated by Flyway on opening. Every engine-specific
 * setting lives here; stores only see {@link Jdbi} and portable SQL.
 */
public final class Database {

    private final Jdbi jdbi;

    private Database(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Opens (creating it and its folder if need be) and migrates the SQLite file. */
    public static Database openSqlite(Path file) {
        try {
            var folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of the database " + file, e);
        }
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        // A transaction that reads and then writes must take the write lock at its start: begun as a
        // reader, it fails with SQLITE_BUSY_SNAPSHOT if another connection writes in between.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        var dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new Database(Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * An online, consistent copy of the whole database into a new file, taken while the service
     * runs (SQLite's {@code VACUUM INTO}: one read transaction, so writers are not blocked for long).
     */
    public void backupTo(Path target) {
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
