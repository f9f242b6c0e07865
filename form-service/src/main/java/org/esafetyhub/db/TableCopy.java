package org.esafetyhub.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Copies one table's rows from one database to another with plain JDBC, in batches, in one transaction
 * on the target. Values are converted to the target column's type, because SQLite keeps booleans as
 * 0 and 1 and may hand back a small BIGINT as an Integer.
 */
final class TableCopy {

    private static final int BATCH = 500;

    private TableCopy() {
    }

    /**
     * @param replace      delete the target's rows first (a table the migrations seed, such as the audit trail's head)
     * @param keepExisting leave a row whose key the target already holds as it is (ON CONFLICT DO NOTHING)
     * @return the rows copied
     */
    static long copy(Connection source, Connection target, String table, boolean replace, boolean keepExisting) throws SQLException {
        var columns = Tables.columns(target, table);
        var names = columns.stream().map(Tables.Column::name).collect(Collectors.joining(", "));
        var placeholders = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        boolean autoCommit = target.getAutoCommit();
        target.setAutoCommit(false);
        long copied = 0;
        // Table and column names come from the databases' own metadata, never from input, so building the
        // statements' text from them is safe; every value goes through a ? placeholder.
        try (var read = source.createStatement();
             var rows = read.executeQuery("SELECT " + names + " FROM " + table);
             var insert = target.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + placeholders + ")"
                     + (keepExisting ? " ON CONFLICT DO NOTHING" : ""))) {
            if (replace) {
                try (var delete = target.createStatement()) {
                    delete.executeUpdate("DELETE FROM " + table);
                }
            }
            while (rows.next()) {
                bind(insert, rows, columns);
                insert.addBatch();
                if (++copied % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            target.commit();
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        } finally {
            target.setAutoCommit(autoCommit);
        }
        return copied;
    }

    private static void bind(PreparedStatement insert, ResultSet row, List<Tables.Column> columns) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            int type = columns.get(i).type();
            Object value = switch (type) {
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> row.getBytes(i + 1);
                default -> row.getObject(i + 1);
            };
            if (value == null) {
                insert.setNull(i + 1, type);
            } else {
                insert.setObject(i + 1, converted(value, type));
            }
        }
    }

    private static Object converted(Object value, int type) {
        if (value instanceof byte[]) {
            // bytes stay bytes whatever type the metadata gives (an SQLite target once turned them into "[B@..." text)
            return value;
        }
        return switch (type) {
            case Types.BOOLEAN, Types.BIT -> value instanceof Number number ? number.intValue() != 0
                    : value instanceof Boolean ? value : Boolean.parseBoolean(value.toString()) || "1".equals(value.toString());
            case Types.BIGINT -> value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString());
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.CLOB -> value.toString();
            default -> value;
        };
    }
}
