package org.esafetyhub.app;

import org.esafetyhub.report.ReportsForTests;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backup} copies the live database while the service runs; the copy opens and holds every row. */
@ExtendWith(StackExtension.class)
class BackupIT {

    @TempDir
    Path folder;

    private static Map<String, String> everyRow(Path database) throws Exception {
        var rows = new LinkedHashMap<String, String>();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            var tables = new java.util.ArrayList<String>();
            try (var result = db.createStatement().executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (var table : tables) {
                var content = new StringBuilder();
                try (var result = db.createStatement().executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int i = 1; i <= columns; i++) {
                            var bytes = result.getBytes(i);
                            content.append(bytes == null ? "null" : java.util.HexFormat.of().formatHex(bytes)).append('|');
                        }
                        content.append('\n');
                    }
                }
                rows.put(table, content.toString());
            }
        }
        return rows;
    }

    @Test
    void a_backup_taken_while_serving_restores_every_row_and_passes_the_integrity_check(Stack stack) throws Exception {
        new ReportsForTests(stack).report("riverside-primary", "Something to keep safe in the backup");
        awaitOutboxSent(stack);
        var backup = folder.resolve("esafety-backup.db");
        var out = new StringWriter();

        int exit = Main.commandLine().setOut(new PrintWriter(out)).execute("backup", "--db", stack.db(), "--to", backup.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Backed up");
        var original = everyRow(stack.database());
        assertThat(original.get("report")).isNotEmpty();
        assertThat(everyRow(backup)).isEqualTo(original);
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + backup);
             var check = db.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertThat(check.getString(1)).isEqualTo("ok");
        }
    }

    /** Nothing may change between the backup and the comparison: let the notification go first. */
    private static void awaitOutboxSent(Stack stack) throws Exception {
        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        try (var db = stack.connection()) {
            while (System.nanoTime() < deadline) {
                try (var result = db.createStatement().executeQuery("SELECT COUNT(*) FROM outbox WHERE NOT sent")) {
                    if (result.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("the outbox did not empty within 15 s");
    }

    @Test
    void backup_refuses_to_overwrite_a_file(Stack stack) throws Exception {
        var existing = java.nio.file.Files.writeString(folder.resolve("taken.db"), "precious");
        var err = new StringWriter();

        int exit = Main.commandLine().setErr(new PrintWriter(err)).execute("backup", "--db", stack.db(), "--to", existing.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("already exists");
        assertThat(java.nio.file.Files.readString(existing)).isEqualTo("precious");
    }
}
