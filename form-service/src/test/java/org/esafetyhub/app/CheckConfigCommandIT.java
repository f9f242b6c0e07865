package org.esafetyhub.app;

import org.esafetyhub.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CheckConfigCommandIT {

    private static final Path PROJECT = Path.of(System.getProperty("hub.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path root;

    private record Run(int exit, String out, String err) {
    }

    private Run checkConfig(Path at) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("check-config", "--root", at.toString());
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void the_shipped_configuration_and_content_check_out() {
        var run = checkConfig(PROJECT);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("trust file: 2 academies", "policy: 17 required actions", "quizzes: 9",
                "staff training: pass mark 80%, refresher every P12M", "training course: 5 pages and a quiz of 9 questions",
                "activities: ", "Everything checks out.");
        assertThat(run.err()).isEmpty();
        // where each quiz's right answers are in its file and as pupils see them: never all wrong options last as shown
        assertThat(run.out().lines().filter(line -> line.matches("quiz [a-z0-9-]+: single-choice right answers by position: "
                + "(?:none|file(?: \\d+:\\d+)+, baked(?: \\d+:\\d+)+); select-all with wrong options last: file \\d+ of (\\d+), baked 0 of \\1")))
                .hasSize(9);
        assertThat(run.out()).containsPattern("training quiz: single-choice right answers by position: file( \\d+:\\d+)+, baked( \\d+:\\d+)+;");
        assertThat(run.out()).contains("reading grades (Flesch-Kincaid")
                .containsPattern("(?m)^  page +audience +grade +ceiling +longest$")
                .containsPattern("(?m)^  content/glossary\\.md +pupils +\\d+\\.\\d +5 +\\d+ w$")
                .containsPattern("(?m)^  content/parents/keeping-evidence\\.md +parents +\\d+\\.\\d +7 +\\d+ w");
    }

    @Test
    void a_pupils_page_over_its_reading_ceiling_is_marked_in_the_table_and_fails_the_check() throws Exception {
        for (var part : new String[] {"config", "content", "data", "templates", "assets"}) {
            Folders.copy(PROJECT.resolve(part), root.resolve(part));
        }
        Files.copy(PROJECT.resolve("jbake.properties"), root.resolve("jbake.properties"));
        var home = root.resolve("content/pupils.md");
        Files.writeString(home, Files.readString(home).replaceFirst("~~~~~~\n",
                "~~~~~~\n" + "Unfortunately inappropriate communication frequently escalates unexpectedly. ".repeat(30) + "\n\n"));

        var run = checkConfig(root);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("content/pupils.md: reads at grade", "over its ceiling of 5 for a pupils' page");
        assertThat(run.out()).containsPattern("(?m)^  content/pupils\\.md +pupils +\\d+\\.\\d +5 +\\d+ w  OVER$")
                .contains("There are problems");
    }

    @Test
    void every_problem_is_printed_with_its_place_not_only_the_first() throws Exception {
        for (var part : new String[] {"config", "content", "data", "templates"}) {
            Folders.copy(PROJECT.resolve(part), root.resolve(part));
        }
        Files.copy(PROJECT.resolve("jbake.properties"), root.resolve("jbake.properties"));
        var trust = root.resolve("config/trust.yaml");
        Files.writeString(trust, Files.readString(trust).replace("email: dsl@meadowbank.example.org", "email: not-an-address"));
        var quiz = root.resolve("content/lessons/jokes-that-hurt.quiz.yaml");
        Files.writeString(quiz, Files.readString(quiz).replaceFirst("correct: true", "correct: false"));
        var page = root.resolve("content/parents/keeping-evidence.md");
        Files.writeString(page, Files.readString(page).replaceFirst("status=published", "status published"));
        Files.writeString(root.resolve("content/lessons/jokes-that-hurt.activities.yaml"), "lesson: jokes-that-hurt\nactivities: []\nifItHappens: []\n");

        var run = checkConfig(root);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("academies[1].dsl.email must be an e-mail address",
                "content/lessons/jokes-that-hurt.quiz.yaml: question q1: no option is correct",
                "content/parents/keeping-evidence.md:4: header line \"status published\" is not key=value",
                "content/lessons/jokes-that-hurt.activities.yaml:2: there must be 2 to 3 activities; there are 0",
                "content/lessons/jokes-that-hurt.activities.yaml:3: there must be 3 to 5 steps in ifItHappens; there are 0");
        assertThat(run.out()).contains("There are problems");
    }
}
