package org.esafetyhub.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code db copy}'s work: every data table of one migrated database copied into another, parents
 * before children, then the row counts of both sides compared. Both databases are opened (and so
 * migrated to the same schema) by the caller.
 */
public final class DatabaseCopy {

    /** One table's rows on each side after the copy. */
    public record Count(String table, long source, long target) {
        public boolean equal() {
            return source == target;
        }
    }

    private DatabaseCopy() {
    }

    /**
     * Why the target may not be written to, if it holds rows a freshly migrated database does not:
     * the name of the first such table and its rows.
     */
    public static Optional<String> nonEmpty(Database target) {
        var seeded = seededRows();
        return rowCounts(target).entrySet().stream()
                .filter(e -> e.getValue() > seeded.getOrDefault(e.getKey(), 0L))
                .findFirst()
                .map(e -> "the target already holds data (" + e.getKey() + ": " + e.getValue() + " rows)");
    }

    private static Map<String, Long> rowCounts(Database database) {
        try {
            return database.jdbi().withHandle(handle -> {
                var connection = handle.getConnection();
                return Tables.rowCounts(connection, Tables.names(connection));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of " + database.engine().vendor() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Copies every table; a table the migrations seed on their own (the audit trail's head) takes the
     * source's rows in place of its own.
     *
     * @param keepExisting leave a row whose key the target already holds as it is ({@code --into-non-empty}),
     *                     else such a row makes the copy fail
     *
     * @return the row counts of both sides, table by table in the order copied
     */
    public static List<Count> copy(Database source, Database target, boolean keepExisting) {
        var seeded = seededRows();
        try (var from = source.jdbi().open(); var to = target.jdbi().open()) {
            var sourceConnection = from.getConnection();
            var targetConnection = to.getConnection();
            missingTables(sourceConnection, targetConnection);
            var order = Tables.inForeignKeyOrder(targetConnection);
            for (var table : order) {
                try {
                    TableCopy.copy(sourceConnection, targetConnection, table, seeded.getOrDefault(table, 0L) > 0, keepExisting);
                } catch (SQLException e) {
                    throw new IllegalStateException("copying " + table + " failed: " + e.getMessage(), e);
                }
            }
            var sourceCounts = Tables.rowCounts(sourceConnection, order);
            var targetCounts = Tables.rowCounts(targetConnection, order);
            var counts = new ArrayList<Count>();
            order.forEach(table -> counts.add(new Count(table, sourceCounts.get(table), targetCounts.get(table))));
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tables: " + e.getMessage(), e);
        }
    }

    /** Both sides are migrated by the same code, so a table only the source has means the target is behind. */
    private static void missingTables(Connection source, Connection target) throws SQLException {
        var missing = new ArrayList<>(Tables.names(source));
        missing.removeAll(Tables.names(target));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the target has no table " + String.join(", ", missing));
        }
    }

    /** The rows a freshly migrated database holds per table: those are not data, and the copy replaces them. */
    private static Map<String, Long> seededRows() {
        try {
            var folder = Files.createTempDirectory("esafety-fresh-");
            var file = folder.resolve("fresh.db");
            try (var fresh = Database.openSqlite(file)) {
                return rowCounts(fresh);
            } finally {
                try (var files = Files.list(folder)) {
                    for (var each : files.toList()) {
                        Files.delete(each);
                    }
                }
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a fresh database to compare with", e);
        }
    }
}
