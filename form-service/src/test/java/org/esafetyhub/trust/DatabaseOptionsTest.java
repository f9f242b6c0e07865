package org.esafetyhub.trust;

import org.esafetyhub.db.DatabaseAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOptionsTest {

    private static final String URL = "jdbc:postgresql://db.example.org:5432/esafety";

    @TempDir
    Path folder;

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
