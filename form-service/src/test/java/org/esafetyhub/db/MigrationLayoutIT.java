package org.esafetyhub.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQLite installations migrated before the engines had folders of their own (every migration in
 * db/migration) must open unchanged: Flyway compares each applied migration's checksum.
 */
class MigrationLayoutIT {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db");

    @TempDir
    Path folder;

    @Test
    void a_database_migrated_from_the_single_folder_layout_validates_and_opens() throws Exception {
        var oldLayout = Files.createDirectories(folder.resolve("db/migration"));
        try (var files = Stream.concat(Files.list(MIGRATIONS.resolve("migration")), Files.list(MIGRATIONS.resolve("vendor/sqlite")))) {
            for (var file : files.toList()) {
                Files.copy(file, oldLayout.resolve(file.getFileName()));
            }
        }
        var file = folder.resolve("esafety.db");
        var old = Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations("filesystem:" + oldLayout).load();
        old.migrate();

        var database = Database.openSqlite(file);

        assertThat(database.schemaVersion()).contains(old.info().current().getVersion().getVersion());
        var now = Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration", "classpath:db/vendor/sqlite").load();
        assertThat(now.validateWithResult().validationSuccessful).isTrue();
        assertThat(now.info().pending()).isEmpty();
        database.close();
    }

    @Test
    void each_engine_has_its_twin_of_every_migration_of_its_own_and_no_vendor_folder_sits_in_the_shared_one() throws Exception {
        try (var sqlite = Files.list(MIGRATIONS.resolve("vendor/sqlite"));
             var postgresql = Files.list(MIGRATIONS.resolve("vendor/postgresql"));
             var shared = Files.list(MIGRATIONS.resolve("migration"))) {
            assertThat(postgresql.map(f -> f.getFileName().toString()).sorted().toList())
                    .isEqualTo(sqlite.map(f -> f.getFileName().toString()).sorted().toList());
            assertThat(shared.filter(Files::isDirectory).toList()).isEmpty();
        }
    }
}
