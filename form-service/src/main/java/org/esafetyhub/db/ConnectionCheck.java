package org.esafetyhub.db;

import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * {@code check-config}'s look at the database: connects (with the credentials the service would
 * use), reads the schema version and changes nothing: no file is made, no migration runs.
 */
public final class ConnectionCheck {

    private ConnectionCheck() {
    }

    /**
     * A line saying what was found, such as "postgresql jdbc:postgresql://db/esafety: connected, schema version 12".
     *
     * @throws IllegalStateException naming why the database cannot be reached (never the password)
     */
    public static String describe(DatabaseAddress address, Map<String, String> environment) {
        var name = address.engine().vendor() + " " + address;
        if (address.engine() == Engine.SQLITE && !Files.isRegularFile(address.sqliteFile())) {
            return name + ": not made yet (serve makes it)";
        }
        try (var connection = connect(address, environment)) {
            return name + ": connected, " + schemaVersion(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(name + ": cannot connect: " + e.getMessage(), e);
        }
    }

    private static Connection connect(DatabaseAddress address, Map<String, String> environment) throws SQLException {
        if (address.engine() == Engine.SQLITE) {
            var config = new SQLiteConfig();
            config.setReadOnly(true);
            return DriverManager.getConnection("jdbc:sqlite:" + address.sqliteFile().toAbsolutePath(), config.toProperties());
        }
        var credentials = Credentials.from(environment);
        var properties = new Properties();
        if (credentials.user() != null) {
            properties.setProperty("user", credentials.user());
        }
        if (credentials.password() != null) {
            properties.setProperty("password", credentials.password());
        }
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(address.jdbcUrl(), properties);
    }

    private static String schemaVersion(Connection connection) {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("""
                     SELECT version FROM flyway_schema_history
                     WHERE success AND version IS NOT NULL
                     ORDER BY installed_rank DESC LIMIT 1""")) {
            return rows.next() ? "schema version " + rows.getString(1) : "no migration applied yet (serve applies them)";
        } catch (SQLException e) {
            return "no migration applied yet (serve applies them)";
        }
    }
}
