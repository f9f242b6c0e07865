package org.esafetyhub.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BakeCommandTest {

    @TempDir
    Path root;

    @Test
    void bake_exits_1_and_prints_the_file_and_line_when_a_page_has_no_header() throws Exception {
        Files.createDirectories(root.resolve("content"));
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve("content/oops.md"), "Just a body.\n");
        var project = Path.of(System.getProperty("hub.root", ".."));
        Files.copy(project.resolve("config/trust.yaml"), root.resolve("config/trust.yaml"));
        Files.createDirectories(root.resolve("data"));
        Files.copy(project.resolve("data/policy.yaml"), root.resolve("data/policy.yaml"));
        var err = new StringWriter();
        var out = new StringWriter();

        int exit = Main.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(out))
                .execute("bake", "--root", root.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("content/oops.md:1: no metadata header");
        assertThat(out.toString()).isEmpty();
    }
}
