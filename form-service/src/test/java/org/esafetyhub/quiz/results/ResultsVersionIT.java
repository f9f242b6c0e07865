package org.esafetyhub.quiz.results;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.app.App;
import org.esafetyhub.quiz.AttemptsForTests;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.db.DatabaseAddress;
import org.esafetyhub.testing.TestDatabase;
import org.esafetyhub.testing.Folders;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.trust.TrustFile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing a quiz makes a new version whose results start empty, while the old version keeps exactly
 * its figures and its questions' old wording. A service of its own, on a copy of the content.
 */
@Tag("both-engines")
class ResultsVersionIT {

    private static final String QUIZ = "jokes-that-hurt";

    @TempDir
    Path folder;
    private App app;
    private Path content;
    private DatabaseAddress database;

    @BeforeEach
    void start() throws Exception {
        var root = Stack.root();
        content = folder.resolve("content");
        Folders.copy(root.resolve("content"), content);
        database = TestDatabase.fresh(folder);
        app = App.create(new App.Settings(Path.of(System.getProperty("hub.site", root.resolve("target/site").toString())),
                () -> QuizBank.load(content), database, TrustFile.load(root.resolve("config/trust.yaml")),
                Clock.systemUTC(), Duration.ofSeconds(30), PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    /** The summary figures and the question table as text: what a teacher reads. */
    private static String figures(String html) {
        var page = Jsoup.parse(html);
        return page.select(".figures").text() + " | " + page.select(".question-figures").text() + " | " + page.select(".distribution").text();
    }

    @Test
    void editing_a_quiz_makes_a_new_version_and_leaves_the_old_versions_figures_exactly_as_they_were() throws Exception {
        var teacher = StaffClient.signedIn(new StaffClient.Service(database.toString(), this::url), Role.TEACHER, "riverside-primary");
        var classCode = Jsoup.parse(teacher.postWithCsrf("/staff/classes", "/staff/classes", Map.of("label", "6J")).body())
                .selectFirst(".notice .code").text();
        var oldQuiz = AttemptsForTests.quiz(content, QUIZ);
        for (int right : new int[] {6, 4, 1}) {
            AttemptsForTests.post(this::url, oldQuiz, right, classCode, "after", null);
        }
        var oldPage = teacher.get("/staff/results/" + QUIZ).body();
        var oldAttemptsCsv = teacher.get("/staff/results/" + QUIZ + "/attempts.csv").body();
        var oldQuestionsCsv = teacher.get("/staff/results/" + QUIZ + "/questions.csv").body();

        var file = content.resolve("lessons/" + QUIZ + ".quiz.yaml");
        var oldText = oldQuiz.questions().get(0).text();
        Files.writeString(file, Files.readString(file).replace("cannot be bullying.", "cannot count as bullying."));
        var newQuiz = AttemptsForTests.quiz(content, QUIZ);
        for (int right : new int[] {2, 3}) {
            AttemptsForTests.post(this::url, newQuiz, right, classCode, "after", null);
        }
        var stale = AttemptsForTests.post(this::url, oldQuiz, 6, classCode, null, null);

        var current = teacher.get("/staff/results/" + QUIZ).body();
        var old = teacher.get("/staff/results/" + QUIZ + "?version=" + oldQuiz.version()).body();

        assertThat(newQuiz.version()).isNotEqualTo(oldQuiz.version());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(figures(old)).isEqualTo(figures(oldPage)).contains(oldText);
        assertThat(teacher.get("/staff/results/" + QUIZ + "/attempts.csv?version=" + oldQuiz.version()).body()).isEqualTo(oldAttemptsCsv);
        assertThat(teacher.get("/staff/results/" + QUIZ + "/questions.csv?version=" + oldQuiz.version()).body()).isEqualTo(oldQuestionsCsv);
        assertThat(oldAttemptsCsv.lines()).hasSize(4);

        var currentPage = Jsoup.parse(current);
        assertThat(currentPage.select(".figures").text()).contains("Attempts 2", "Mean score 2.5 out of 6");
        assertThat(currentPage.select(".question-figures").text()).contains(newQuiz.questions().get(0).text()).doesNotContain(oldText);
        assertThat(currentPage.select(".versions").text()).contains(oldQuiz.version() + " 3", newQuiz.version() + " (shown) current 2");
        var newCsv = teacher.get("/staff/results/" + QUIZ + "/attempts.csv").body().lines().toList();
        assertThat(newCsv).hasSize(3);
        assertThat(newCsv.subList(1, 3)).allSatisfy(row -> assertThat(row).startsWith(QUIZ + "," + newQuiz.version() + ","));
    }
}
