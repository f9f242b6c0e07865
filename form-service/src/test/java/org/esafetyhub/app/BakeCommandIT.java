package org.esafetyhub.app;

import org.esafetyhub.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esafetyhub.quiz.QuizFixtures.multiple;
import static org.esafetyhub.quiz.QuizFixtures.quiz;
import static org.esafetyhub.quiz.QuizFixtures.single;

class BakeCommandIT {

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

    private static final Path PROJECT = Path.of(System.getProperty("hub.root", "..")).toAbsolutePath().normalize();

    /** Right answers 2nd, 2nd, 3rd, 1st and 1st, the longest in two; one "select all" of two with its wrong option last; absolutes both sides. */
    private static final String FAIR_QUIZ = quiz("fair",
            single("q1", "Reply with a joke back", "*Tell an adult you trust", "Keep it all to yourself"),
            single("q2", "Share the post with friends", "*Save the messages as proof", "Post something meaner back"),
            single("q3", "Wait for it to stop", "Laugh it off in public", "*Report it to the app"),
            single("q4", "*Block them and tell someone", "Delete your account", "Reply once to say stop"),
            multiple("q5", "*Telling a teacher", "*Calling Childline", "Replying angrily"),
            multiple("q6", "*Keeping screenshots", "Sending it on", "*Blocking the account"),
            single("q7", "*You can always get help", "Nobody can help you"));

    /** The same quiz breaking every rule: right answers first and longest in 3 of 5, both "select all" with wrong options last, an absolute only in a wrong option. */
    private static final String GIVING_AWAY_QUIZ = quiz("fair",
            single("q1", "*Tell an adult you trust today", "Reply with a joke back", "Keep it all to yourself"),
            single("q2", "*Save all the messages as proof", "Share the post with friends", "Post something meaner back"),
            single("q3", "Wait for it to stop", "Laugh it off in public", "*Report it to the app"),
            single("q4", "*Block them and tell someone", "Delete your account", "Reply once to say stop"),
            multiple("q5", "*Telling a teacher", "*Calling Childline", "Replying angrily"),
            multiple("q6", "*Keeping screenshots", "*Blocking the account", "Sending it on"),
            single("q7", "Nobody can help you", "*You can get help"));

    /** A small site of the project's templates, with one lesson, its plan and the quiz given. */
    private Path siteWithQuiz(String quiz) throws Exception {
        for (var part : new String[] {"templates", "assets", "config"}) {
            Folders.copy(PROJECT.resolve(part), root.resolve(part));
        }
        Files.copy(PROJECT.resolve("jbake.properties"), root.resolve("jbake.properties"));
        Files.createDirectories(root.resolve("data"));
        Files.copy(PROJECT.resolve("data/policy.yaml"), root.resolve("data/policy.yaml"));
        // the pages every page's header and footer link to, as in site/SiteFixture
        String[][] pages = {{"pupils", "section", "pupils"}, {"parents", "section", "parents"}, {"staff-guide", "section", "staff"},
                {"teaching", "section", "staff"}, {"lessons", "section", "pupils"}, {"policy", "page", "everyone"},
                {"glossary", "page", "pupils"}, {"privacy", "page", "everyone"}, {"search", "search", "everyone"}};
        Files.createDirectories(root.resolve("content"));
        for (var page : pages) {
            Files.writeString(root.resolve("content/" + page[0] + ".md"), """
                    title=%s
                    date=2026-11-27
                    type=%s
                    status=published
                    summary=A page.
                    audience=%s
                    ~~~~~~
                    A page.
                    """.formatted(page[0], page[1], page[2]));
        }
        var header = """
                title=Fair
                date=2026-12-07
                type=%s
                status=published
                summary=A fair quiz.
                reviewed=2026-12-07
                nextReview=2027-09-01
                ageBand=11-14
                duration=20
                strand=Online bullying
                order=1
                audience=%s
                ~~~~~~
                Tell someone you trust.
                """;
        Files.createDirectories(root.resolve("content/lessons"));
        Files.createDirectories(root.resolve("content/teaching"));
        Files.writeString(root.resolve("content/lessons/fair.md"), header.formatted("lesson", "pupils"));
        Files.writeString(root.resolve("content/teaching/fair.md"), header.formatted("plan", "staff"));
        Files.writeString(root.resolve("content/lessons/fair.quiz.yaml"), quiz);
        return root;
    }

    private int bake(StringWriter err) {
        return Main.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
                .execute("bake", "--root", root.toString());
    }

    @Test
    void a_fair_quiz_bakes_and_a_quiz_that_gives_its_answers_away_fails_the_bake_naming_the_file_and_its_questions() throws Exception {
        siteWithQuiz(FAIR_QUIZ);
        var fairErr = new StringWriter();
        assertThat(bake(fairErr)).as(fairErr.toString()).isZero();

        Files.writeString(root.resolve("content/lessons/fair.quiz.yaml"), GIVING_AWAY_QUIZ);
        var err = new StringWriter();

        assertThat(bake(err)).isEqualTo(1);
        assertThat(err.toString()).contains(
                "content/lessons/fair.quiz.yaml: questions q1, q2, q4: the right answer is the 1st option in 3 of the 5 single-choice questions",
                "content/lessons/fair.quiz.yaml: questions q1, q2, q4: the right option is the longest in 3 of the 5 single-choice questions",
                "content/lessons/fair.quiz.yaml: questions q5, q6: 2 of the 2 \"select all\" questions put their wrong options after all their right ones",
                "content/lessons/fair.quiz.yaml: question q7 (nobody): absolute words are only in wrong answers");
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
