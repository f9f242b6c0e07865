package org.esafetyhub.db;

import org.esafetyhub.trust.Service;
import org.esafetyhub.trust.Trust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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
    void db_comes_first_then_the_environment_then_the_trust_file_then_the_default() {
        var trust = new Trust("T", "https://t.example.org", "https://www.bbc.co.uk", null, List.of(), null, false,
                new Service(List.of(), null, null, URL + "?from=trust"), null, null);
        var environment = Map.of(DatabaseOptions.ENVIRONMENT_VARIABLE, URL + "?from=env");

        assertThat(options("--db", "other.db").address(environment, trust).toString()).endsWith("other.db");
        assertThat(options().address(environment, trust).jdbcUrl()).endsWith("from=env");
        assertThat(options().address(Map.of(), trust).jdbcUrl()).endsWith("from=trust");
        assertThat(options("--config", folder.resolve("none.yaml").toString()).address(Map.of(), null).sqliteFile())
                .isEqualTo(DatabaseAddress.DEFAULT_SQLITE_FILE);
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

    private static DatabaseOptions options(String... args) {
        var options = new DatabaseOptions();
        new CommandLine(new Holder(options)).parseArgs(args);
        return options;
    }

    @CommandLine.Command
    private static final class Holder {
        @CommandLine.Mixin
        final DatabaseOptions options;

        Holder(DatabaseOptions options) {
            this.options = options;
        }
    }
}
