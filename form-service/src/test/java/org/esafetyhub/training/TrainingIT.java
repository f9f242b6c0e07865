package org.esafetyhub.training;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.account.StaffCommand;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.audit.AuditEntry;
import org.esafetyhub.audit.AuditTrail;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff training on the real stack: the course and its quiz taken signed in (with JavaScript off), each
 * completion recorded, the matrix, its CSV and reminders, and nothing of one academy shown to another.
 */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class TrainingIT {

    private static final String RIVERSIDE = "riverside-primary";
    private static final String MEADOWBANK = "meadowbank-academy";

    /** The status the matrix shows for a member of staff, as the given reader sees it. */
    private static String statusIn(StaffClient reader, StaffClient member) throws Exception {
        var row = Jsoup.parse(reader.get("/staff/training/matrix").body()).selectFirst("tr[data-email=" + member.email + "]");
        return row == null ? "not listed" : row.selectFirst(".training-status").text();
    }


    @Test
    void a_teacher_reads_the_course_passes_the_quiz_without_javascript_and_the_principal_sees_them_current(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var principal = StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE);
        assertThat(statusIn(principal, teacher)).isEqualTo("Never trained");
        var browser = stack.browser();
        teacher.signInWithBrowser(stack);
        try {
            browser.open(stack.url("/staff/training"));
            var links = browser.driver().findElements(By.cssSelector("#course-pages a"));
            var pages = links.stream().map(link -> List.of(link.getText(), link.getAttribute("href"))).toList();
            assertThat(pages).extracting(page -> page.get(0)).containsExactly("Recognising the signs of cyber-bullying",
                    "Responding to a report of cyber-bullying", "What staff may and may not do", "When to contact CEOP",
                    "Supporting the person harmed");
            for (var page : pages) {
                browser.driver().get(page.get(1));
                assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(page.get(0));
            }
            var right = TrainingAnswers.allRight();
            browser.withJavaScript(false, () -> {
                browser.open(stack.url("/staff/training/quiz"));
                right.forEach((question, options) -> options.forEach(option -> browser.driver()
                        .findElement(By.cssSelector("label[for='answer-" + question + "-" + option + "']")).click()));
                browser.driver().findElement(By.cssSelector("#training-quiz button[type=submit]")).click();
                browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("training-outcome")));
            });
            assertThat(browser.driver().findElement(By.id("training-outcome")).getText()).contains("You passed");
            assertThat(browser.driver().findElement(By.cssSelector(".result-summary__score")).getText())
                    .isEqualTo("You got " + right.size() + " out of " + right.size() + " right.");
            assertThat(browser.accessibilityViolations()).as("axe on the training result").isEmpty();
        } finally {
            browser.driver().manage().deleteAllCookies();
        }

        assertThat(statusIn(principal, teacher)).isEqualTo("Current");
        assertThat(Jsoup.parse(teacher.get("/staff/").body()).selectFirst("#training-status").text())
                .contains("Your training is current: last completed on " + LocalDate.now(ZoneOffset.UTC));
    }

    @Test
    void a_score_below_the_pass_mark_is_recorded_but_the_member_of_staff_is_not_current(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, MEADOWBANK);

        var result = TrainingAnswers.submit(dsl, stack, TrainingAnswers.allWrong());
        var own = Jsoup.parse(dsl.get("/staff/training").body());

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(result.body()).selectFirst("#training-outcome").text()).contains("below the pass mark of 80%");
        assertThat(HtmlChecker.errors(result.body())).isEmpty();
        assertThat(own.selectFirst("#my-completions tbody tr").text()).contains("0 out of 9", "Below the pass mark");
        assertThat(own.selectFirst("#training-status").text()).contains("not completed", "below the pass mark");
        assertThat(statusIn(dsl, dsl)).isEqualTo("Never trained");
    }

    @Test
    void an_unanswered_question_shows_the_quiz_again_with_its_error_and_the_answers_kept(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var answers = new java.util.LinkedHashMap<>(TrainingAnswers.allRight());
        var skipped = answers.keySet().iterator().next();
        answers.remove(skipped);
        var kept = answers.entrySet().iterator().next();

        var response = TrainingAnswers.submit(teacher, stack, answers);
        var page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(page.selectFirst(".error-summary").text()).contains("Choose at least one answer to question 1");
        assertThat(page.selectFirst("#answer-" + kept.getKey() + "-" + kept.getValue().get(0)).hasAttr("checked")).isTrue();
        assertThat(HtmlChecker.errors(response.body())).isEmpty();
        assertThat(Jsoup.parse(teacher.get("/staff/training").body()).select("#my-completions")).isEmpty();
    }

    @Test
    void the_training_quiz_cannot_be_taken_or_recorded_without_signing_in(Stack stack) throws Exception {
        var anonymous = HttpClient.newHttpClient();

        var form = anonymous.send(HttpRequest.newBuilder(stack.url("/staff/training/quiz")).build(), HttpResponse.BodyHandlers.ofString());
        var post = anonymous.send(HttpRequest.newBuilder(stack.url("/staff/training/quiz"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("signs=a")).build(),
                HttpResponse.BodyHandlers.ofString());
        var pupilsApi = anonymous.send(HttpRequest.newBuilder(stack.url("/api/quizzes/staff-training")).build(),
                HttpResponse.BodyHandlers.ofString());
        var pupilsForm = anonymous.send(HttpRequest.newBuilder(stack.url("/quiz/staff-training/"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("signs=a")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location")).hasValue("/staff/sign-in");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(pupilsApi.statusCode()).isEqualTo(404);
        assertThat(pupilsForm.statusCode()).isEqualTo(404);
    }

    @Test
    void another_academys_principal_gets_404_for_the_matrix_its_csv_reminders_and_a_record_and_a_teacher_sees_only_their_own(Stack stack)
            throws Exception {
        var riversideTeacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var otherTeacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var record = TrainingAnswers.recordId(TrainingAnswers.submit(riversideTeacher, stack, TrainingAnswers.allRight()));
        var meadowbankPrincipal = StaffClient.signedIn(stack, Role.PRINCIPAL, MEADOWBANK);
        var riversideDsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var officer = StaffClient.signedIn(stack, Role.OFFICER, null);

        assertThat(meadowbankPrincipal.get("/staff/training/matrix?academy=" + RIVERSIDE).statusCode()).isEqualTo(404);
        assertThat(meadowbankPrincipal.get("/staff/training/matrix.csv?academy=" + RIVERSIDE).statusCode()).isEqualTo(404);
        assertThat(meadowbankPrincipal.get("/staff/training/records/" + record).statusCode()).isEqualTo(404);
        assertThat(meadowbankPrincipal.postWithCsrf("/staff/training", "/staff/training/reminders", Map.of("academy", RIVERSIDE))
                .statusCode()).isEqualTo(404);
        assertThat(meadowbankPrincipal.get("/staff/training/matrix").body()).doesNotContain(riversideTeacher.email);
        assertThat(otherTeacher.get("/staff/training/records/" + record).statusCode()).isEqualTo(404);
        assertThat(otherTeacher.get("/staff/training/matrix").statusCode()).isEqualTo(404);
        assertThat(riversideTeacher.get("/staff/training/records/" + record).statusCode()).isEqualTo(200);
        assertThat(riversideDsl.get("/staff/training/records/" + record).body()).contains(riversideTeacher.email, "Passed");
        assertThat(officer.get("/staff/training/records/" + record).statusCode()).isEqualTo(200);
        assertThat(officer.get("/staff/training/matrix").body()).contains(riversideTeacher.email, meadowbankPrincipal.email);
        assertThat(officer.get("/staff/training/matrix?academy=" + MEADOWBANK).body())
                .contains(meadowbankPrincipal.email).doesNotContain(riversideTeacher.email);
    }

    @Test
    void the_matrix_downloads_as_csv_with_each_member_of_staff_and_formulas_made_harmless(Stack stack) throws Exception {
        var email = "formula-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example.org";
        int exit = StaffCommand.commandLine().setOut(new PrintWriter(new StringWriter())).execute("add", "--email", email,
                "--name", "=HYPERLINK(\"http://evil.example\")", "--role", "TEACHER", "--academy", RIVERSIDE,
                "--db", stack.db(), "--config", Stack.root().resolve("config/trust.yaml").toString());
        var trained = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        TrainingAnswers.submit(trained, stack, TrainingAnswers.allRight());
        var principal = StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE);

        var csv = principal.get("/staff/training/matrix.csv");
        var lines = csv.body().split("\r\n");

        assertThat(exit).isZero();
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("attachment; filename=\"training-" + RIVERSIDE));
        assertThat(lines[0]).isEqualTo("academy,name,email,role,status,last_completed,score,max,due_on,last_attempt,"
                + "last_attempt_score,last_attempt_passed,course_version");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("Riverside Primary Academy,\"'=HYPERLINK(\"\"http://evil.example\"\")\"," + email + ",Teacher,Never trained,"));
        var today = LocalDate.now(ZoneOffset.UTC);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Riverside Primary Academy,Test TEACHER," + trained.email
                + ",Teacher,Current," + today + ",9,9," + today.plusMonths(12) + "," + today + ",9/9,yes,"));
        assertThat(csv.body()).doesNotContain(MEADOWBANK);
    }

    @Test
    void reminders_reach_overdue_and_never_trained_staff_not_current_staff_and_are_on_the_audit_trail(Stack stack) throws Exception {
        var current = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        TrainingAnswers.submit(current, stack, TrainingAnswers.allRight());
        var overdue = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var thirteenMonthsAgo = LocalDate.now(ZoneOffset.UTC).minusMonths(13);
        passedOn(stack, overdue, thirteenMonthsAgo);
        var never = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var principal = StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE);
        assertThat(statusIn(principal, overdue)).isEqualTo("Overdue");

        var forged = principal.postForm("/staff/training/reminders", Map.of("academy", RIVERSIDE));
        var sent = principal.postWithCsrf("/staff/training/matrix", "/staff/training/reminders", Map.of());
        var toOverdue = awaitMailTo(stack, overdue.email);
        var toNever = awaitMailTo(stack, never.email);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).startsWith("/staff/training/matrix?"));
        assertThat(toOverdue.getSubject()).isEqualTo(TrainingReminder.SUBJECT);
        assertThat(String.valueOf(toOverdue.getContent())).contains("last completed on " + thirteenMonthsAgo,
                "/staff/training/quiz", "/staff-guide/");
        assertThat(String.valueOf(toNever.getContent())).contains("have not yet completed");
        assertThat(mailTo(stack, current.email)).isEmpty();
        var entries = new AuditTrail(stack.jdbi().installPlugin(new SqlObjectPlugin()), Clock.systemUTC()).latest(RIVERSIDE, 50);
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditEntry.Action.TRAINING_REMINDED.code);
            assertThat(entry.actorEmail()).isEqualTo(principal.email);
            assertThat(entry.detail()).containsPattern("training reminders queued for \\d+ members of staff \\(1 overdue, \\d+ never trained\\)");
        });
    }

    /** A pass recorded on an earlier day, as the service would have recorded it then. */
    private static void passedOn(Stack stack, StaffClient member, LocalDate day) throws Exception {
        try (var db = stack.connection();
             var insert = db.prepareStatement("""
                     INSERT INTO training_completion (id, account_id, academy_slug, completed_on, score, max_score, passed, course_version)
                     SELECT ?, id, academy_slug, ?, 9, 9, TRUE, 'older-course' FROM staff_account WHERE email = ?""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, day.toString());
            insert.setString(3, member.email);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private static List<MimeMessage> mailTo(Stack stack, String email) throws Exception {
        var found = new ArrayList<MimeMessage>();
        for (var message : stack.mail().getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(email)) {
                found.add(message);
            }
        }
        return found;
    }

    private static MimeMessage awaitMailTo(Stack stack, String email) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var found = mailTo(stack, email);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            stack.mail().waitForIncomingEmail(500, stack.mail().getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail reached " + email);
    }

    @Test
    void the_training_pages_and_the_staff_home_are_valid_html_pass_axe_and_reflow_at_320_pixels(Stack stack) throws Exception {
        var trainee = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var record = TrainingAnswers.recordId(TrainingAnswers.submit(trainee, stack, TrainingAnswers.allRight()));
        var reader = StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE);
        var pages = List.of("/staff/", "/staff/training", "/staff/training/quiz", "/staff/training/records/" + record, "/staff/training/matrix");
        reader.assertPagesValidAndAccessible(stack, pages);
    }
}
