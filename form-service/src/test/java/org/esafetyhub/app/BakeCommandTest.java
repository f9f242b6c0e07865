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

    @Test
    void bake_exits_1_naming_the_file_and_each_place_when_a_lesson_s_activities_file_is_broken() throws Exception {
        var project = Path.of(System.getProperty("hub.root", ".."));
        for (var file : new String[] {"config/trust.yaml", "data/policy.yaml", "data/help-services.yaml", "jbake.properties"}) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.copy(project.resolve(file), root.resolve(file));
        }
        Files.createDirectories(root.resolve("content/lessons"));
        Files.writeString(root.resolve("content/lessons/jokes.md"),
                "title=Jokes\ndate=2026-12-07\ntype=lesson\nstatus=published\nsummary=Jokes.\n~~~~~~\nBody.\n");
        Files.writeString(root.resolve("content/lessons/jokes.activities.yaml"), """
                lesson: jokes
                activities:
                  - id: funny
                    colour: red
                    kind: sort
                    title: Funny for everyone?
                    intro: Is it fine, or could it hurt?
                    items:
                      - id: photo
                        text: Jamie posts a photo of Ben falling over.
                        choices:
                          - text: It could hurt
                            feedback: Yes. Ben did not know.
                  - id: next
                    kind: choose
                    title: What next?
                    intro: Pick one.
                    items:
                      - id: tell
                        text: Who can you tell?
                        choices:
                          - text: An adult
                            feedback: Yes.
                          - text: Nobody
                            feedback: Think again.
                ifItHappens:
                  - Do not reply.
                  - Keep it.
                  - Tell an adult.
                """);
        var err = new StringWriter();
        var out = new StringWriter();

        int exit = Main.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(out))
                .execute("bake", "--root", root.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains(
                "content/lessons/jokes.activities.yaml:4: activity 1 (funny): unknown key \"colour\"",
                "content/lessons/jokes.activities.yaml:12: activity 1 (funny), item 1 (photo): there must be 2 to 4 choices; there is 1");
        assertThat(root.resolve("target/site")).doesNotExist();
    }
}
