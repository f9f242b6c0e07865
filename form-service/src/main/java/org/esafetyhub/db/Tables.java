package org.esafetyhub.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The data tables of a database as its own JDBC metadata names them (never a hand-written list, so a
 * table a later migration adds is found without a change here): every table but Flyway's history,
 * in an order where each comes after the tables its foreign keys point to. Names are lower case, as
 * every migration writes them (PostgreSQL folds unquoted names to it; SQLite keeps what was declared).
 */
final class Tables {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /** A column's name and its JDBC type ({@link java.sql.Types}). */
    record Column(String name, int type) {
    }

    private Tables() {
    }

    /** The data tables, parents before children. */
    static List<String> inForeignKeyOrder(Connection connection) throws SQLException {
        var metadata = connection.getMetaData();
        var parents = new TreeMap<String, Set<String>>();
        for (var table : names(connection)) {
            var tableParents = new TreeSet<String>();
            try (var keys = metadata.getImportedKeys(null, connection.getSchema(), table)) {
                while (keys.next()) {
                    var parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        tableParents.add(parent);
                    }
                }
            }
            parents.put(table, tableParents);
        }
        var ordered = new LinkedHashSet<String>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            parents.forEach((table, needs) -> {
                if (!ordered.contains(table) && needs.stream().allMatch(p -> ordered.contains(p) || !parents.containsKey(p))) {
                    ordered.add(table);
                }
            });
            if (ordered.size() == before) {
                throw new IllegalStateException("the foreign keys of these tables form a cycle: "
                        + parents.keySet().stream().filter(t -> !ordered.contains(t)).toList());
            }
        }
        return new ArrayList<>(ordered);
    }

    /** Every data table, in name order. */
    static Set<String> names(Connection connection) throws SQLException {
        var names = new TreeSet<String>();
        try (var tables = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                var name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(FLYWAY_HISTORY) && !name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The table's columns in their declared order. */
    static List<Column> columns(Connection connection, String table) throws SQLException {
        var metadata = connection.getMetaData();
        var columns = new LinkedHashMap<Integer, Column>();
        try (var rows = metadata.getColumns(null, connection.getSchema(), table, "%")) {
            while (rows.next()) {
                columns.put(rows.getInt("ORDINAL_POSITION"),
                        new Column(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rows.getInt("DATA_TYPE")));
            }
        }
        return new ArrayList<>(new TreeMap<>(columns).values());
    }

    /** Row counts per table. */
    static Map<String, Long> rowCounts(Connection connection, Iterable<String> tables) throws SQLException {
        var counts = new LinkedHashMap<String, Long>();
        for (var table : tables) {
            // the table's name comes from the database's own metadata, never from input
            try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        }
        return counts;
    }
}
