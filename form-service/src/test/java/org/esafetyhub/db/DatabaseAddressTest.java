package org.esafetyhub.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseAddressTest {

    private static final String URL = "jdbc:postgresql://db.example.org:5432/esafety";

    @TempDir
    Path folder;

    @Test
    void a_path_is_an_sqlite_file_and_a_postgresql_url_a_server() {
        assertThat(DatabaseAddress.parse("data/esafety.db").engine()).isEqualTo(Engine.SQLITE);
        var server = DatabaseAddress.parse(URL + "?sslmode=require");

        assertThat(server.engine()).isEqualTo(Engine.POSTGRESQL);
        assertThat(server.toString()).isEqualTo(URL + "?sslmode=require");
    }

    @Test
    void a_url_holding_a_password_or_another_engine_is_refused_without_repeating_the_password() {
        assertThatThrownBy(() -> DatabaseAddress.parse(URL + "?user=hub&password=s3cret"))
                .hasMessageContaining("must not hold a password").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> DatabaseAddress.parse("jdbc:postgresql://hub:s3cret@db.example.org/esafety"))
                .hasMessageContaining("must not hold a password").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> DatabaseAddress.parse("jdbc:mysql://db.example.org/esafety?password=s3cret"))
                .hasMessageContaining("only SQLite files and jdbc:postgresql://").hasMessageNotContaining("s3cret");
    }

    @Test
    void the_password_comes_from_the_environment_or_a_file_only_its_owner_reads() throws Exception {
        var file = folder.resolve("db-password");
        Files.writeString(file, "from-file\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        var environment = Map.of(Credentials.USER, "hub", Credentials.PASSWORD_FILE, file.toString());

        assertThat(Credentials.from(environment)).isEqualTo(new Credentials("hub", "from-file"));
        assertThat(Credentials.from(environment).toString()).doesNotContain("from-file");
        assertThat(Credentials.from(Map.of(Credentials.PASSWORD, "from-env")).password()).isEqualTo("from-env");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertThatThrownBy(() -> Credentials.from(environment)).hasMessageContaining("chmod 600");
    }
}
