package org.esafetyhub.account;

import org.esafetyhub.testing.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped jar's commands talk to a person: plain lines, the link on a line of its own, no JSON log objects. */
class StaffCommandOutputIT {

    @Test
    void staff_add_prints_plain_lines_and_no_json_log_objects(@TempDir Path folder) throws Exception {
        var added = ServiceProcess.run(Map.of(), "staff", "add", "--db", folder.resolve("esafety.db").toString(),
                "--email", "dsl@example.org", "--name", "Dee Ess", "--role", "DSL", "--academy", "riverside-primary");

        assertThat(added.exit()).as(added.output()).isZero();
        assertThat(added.output().lines()).as(added.output()).noneMatch(line -> line.startsWith("{"));
        assertThat(added.output().lines()).as("what staff add prints, and nothing else (no logging status, no pool lines)")
                .hasSize(2).first().asString().startsWith("Added dsl@example.org");
        assertThat(added.output().lines()).anyMatch(line -> line.strip().matches("https?://\\S+/staff/set-password/\\S+"));
    }

    @Test
    void staff_add_writes_json_when_asked(@TempDir Path folder) throws Exception {
        var added = ServiceProcess.run(Map.of("ESAFETY_LOG_FORMAT", "json"), "staff", "add", "--db",
                folder.resolve("esafety.db").toString(), "--email", "dsl@example.org", "--name", "Dee Ess", "--role", "DSL",
                "--academy", "riverside-primary");

        assertThat(added.exit()).as(added.output()).isZero();
        assertThat(added.output().lines()).as(added.output()).anyMatch(line -> line.startsWith("{\"timestamp\""));
    }
}
