package org.esafetyhub.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code db copy} between two SQLite files: what the round trip to PostgreSQL in DatabaseCopyIT does not single out. */
class DatabaseCopyBetweenFilesIT {

    /** As a later migration would add them: a child whose name sorts before its parent's, bytes and a flag. */
    private static final String LATER_MIGRATION = """
            CREATE TABLE later_parent (id VARCHAR(36) NOT NULL PRIMARY KEY, flag BOOLEAN NOT NULL, content BLOB);
            CREATE TABLE a_later_child (id VARCHAR(36) NOT NULL PRIMARY KEY,
                parent_id VARCHAR(36) NOT NULL REFERENCES later_parent (id))""";

    @TempDir
    Path folder;

    @Test
    void a_table_a_later_migration_adds_is_copied_after_its_parent_with_its_bytes_and_flags() {
        var bytes = new byte[] {0, 1, 2, (byte) 0xff, 0};
        try (var source = Database.openSqlite(folder.resolve("source.db")); var target = Database.openSqlite(folder.resolve("target.db"))) {
            source.jdbi().useHandle(handle -> {
                handle.createScript(LATER_MIGRATION).execute();
                handle.execute("INSERT INTO later_parent (id, flag, content) VALUES (?, ?, ?)", "p1", true, bytes);
                handle.execute("INSERT INTO later_parent (id, flag, content) VALUES (?, ?, ?)", "p2", false, null);
                handle.execute("INSERT INTO a_later_child (id, parent_id) VALUES (?, ?)", "c1", "p1");
            });
            target.jdbi().useHandle(handle -> handle.createScript(LATER_MIGRATION).execute());
            assertThat(DatabaseCopy.nonEmpty(target)).isEmpty();

            var counts = DatabaseCopy.copy(source, target, false);

            var tables = counts.stream().map(DatabaseCopy.Count::table).toList();
            assertThat(tables).contains("a_later_child", "later_parent", "audit_head").doesNotContain(Tables.FLYWAY_HISTORY);
            assertThat(tables.indexOf("later_parent")).isLessThan(tables.indexOf("a_later_child"));
            assertThat(counts).allMatch(DatabaseCopy.Count::equal);
            target.jdbi().useHandle(handle -> {
                assertThat(handle.createQuery("SELECT content FROM later_parent WHERE id = 'p1'").mapTo(byte[].class).one()).isEqualTo(bytes);
                assertThat(handle.createQuery("SELECT flag FROM later_parent ORDER BY id").mapTo(Boolean.class).list()).containsExactly(true, false);
                assertThat(handle.createQuery("SELECT parent_id FROM a_later_child").mapTo(String.class).one()).isEqualTo("p1");
            });
            assertThat(DatabaseCopy.nonEmpty(target)).hasValueSatisfying(why -> assertThat(why).contains("rows"));
        }
    }
}
