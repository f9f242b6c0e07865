package org.esafetyhub.feedback;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.esafetyhub.app.App;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.testing.Folders;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.esafetyhub.testing.TestDatabase;
import org.esafetyhub.trust.TrustFile;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reviews with parents (policy 1, 3.4): anonymous comments on the codes of conduct, and the documents due for review. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class ReviewsIT {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String CODE = "/pupils/code-of-conduct-7-11/";

    @TempDir
    Path folder;

    private static void scriptOff(Stack stack, boolean off) {
        stack.browser().javaScript(!off);
    }

    /** The page in the browser passes the W3C validator and axe (which needs script, so it is on for the check). */
    private static void assertValidAndAccessible(Stack stack) throws Exception {
        var driver = stack.browser().driver();
        assertThat(HtmlChecker.errors("<!DOCTYPE html>\n" + driver.getPageSource())).isEmpty();
        scriptOff(stack, false);
        try {
            assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(driver).getViolations()).isEmpty();
        } finally {
            scriptOff(stack, true);
        }
    }

    private static void send(Stack stack) {
        stack.browser().clickAndWaitForNextPage(By.cssSelector("form.feedback-form button[type=submit]"));
    }

    @Test
    void a_parent_comments_on_a_code_of_conduct_with_javascript_off_and_the_principal_marks_it_considered(Stack stack) throws Exception {
        var driver = stack.browser().driver();
        var comment = "Could the code say what to do about group chats at night? " + System.nanoTime();
        scriptOff(stack, true);
        try {
            stack.browser().open(stack.url(CODE));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Next review", "Tell us what you think of this code");
            assertValidAndAccessible(stack);
            new Select(driver.findElement(By.id("academy"))).selectByValue("riverside-primary");
            driver.findElement(By.id("comment")).sendKeys(comment);
            send(stack);

            assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Say whether you are a parent or carer");
            assertThat(driver.findElement(By.id("comment")).getAttribute("value")).isEqualTo(comment);
            assertThat(new Select(driver.findElement(By.id("academy"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("riverside-primary");
            assertValidAndAccessible(stack);
            driver.findElement(By.cssSelector("label[for='who-PARENT']")).click();
            send(stack);

            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for your comment");
            assertValidAndAccessible(stack);
        } finally {
            scriptOff(stack, false);
        }
        var stored = stack.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT * FROM code_feedback WHERE body = :body").bind("body", comment).mapToMap().one());
        assertThat(stored.keySet()).containsExactlyInAnyOrder("id", "document_url", "academy_slug", "writer", "body", "received_day",
                "considered_by", "considered_at");
        assertThat(stored.get("received_day")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(stored.get("document_url")).isEqualTo(CODE);
        var id = (String) stored.get("id");

        var principal = StaffClient.signedIn(stack, Role.PRINCIPAL, "riverside-primary");
        var otherPrincipal = StaffClient.signedIn(stack, Role.PRINCIPAL, "meadowbank-academy");
        var dsl = StaffClient.signedIn(stack, Role.DSL, "riverside-primary");
        var officer = StaffClient.signedIn(stack, Role.OFFICER, null);
        var before = principal.get("/staff/reviews");
        assertThat(Jsoup.parse(before.body()).select("#comment-" + id).text()).contains("Parent or carer", comment);
        assertThat(HtmlChecker.errors(before.body())).isEmpty();
        assertThat(otherPrincipal.get("/staff/reviews").body()).doesNotContain(comment);
        assertThat(otherPrincipal.postWithCsrf("/staff/reviews", "/staff/reviews/comments/" + id + "/considered", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(dsl.get("/staff/reviews").statusCode()).isEqualTo(404);
        assertThat(officer.get("/staff/reviews").body()).contains(comment);

        assertThat(principal.postForm("/staff/reviews/comments/" + id + "/considered", Map.of()).statusCode()).isEqualTo(403);
        assertThat(principal.postWithCsrf("/staff/reviews", "/staff/reviews/comments/" + id + "/considered", Map.of()).statusCode())
                .isEqualTo(302);
        principal.signInWithBrowser(stack);
        stack.browser().open(stack.url("/staff/reviews"));
        assertThat(driver.findElement(By.id("comment-" + id)).getText()).contains("Considered by Test PRINCIPAL");
        assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(driver).getViolations()).isEmpty();
        assertThat(HtmlChecker.errors(principal.get("/staff/reviews").body())).isEmpty();
    }

    @Test
    void the_shipped_documents_are_not_yet_due_so_the_reviews_page_lists_none_and_shows_each_date(Stack stack) throws Exception {
        var page = Jsoup.parse(StaffClient.signedIn(stack, Role.OFFICER, null).get("/staff/reviews").body());

        // every shipped document's next review is 2027-09-01, more than 30 days after the day these tests were written
        assertThat(page.select("#due-title + p + p").text()).startsWith("None: no document is due for review");
        assertThat(page.select("table.reviews").text()).contains("Cyber-bullying policy 2027-09-01", "eSafety code of conduct for ages 7 to 11 2027-09-01");
    }

    @Test
    void documents_past_their_next_review_or_due_within_30_days_are_listed_as_overdue_or_due(Stack stack) throws Exception {
        var site = folder.resolve("site");
        Folders.copy(stack.site(), site);
        var today = LocalDate.now(ZoneOffset.UTC);
        nextReview(site.resolve("policy/index.html"), today.minusDays(1));
        nextReview(site.resolve("pupils/code-of-conduct-7-11/index.html"), today.plusDays(29));
        nextReview(site.resolve("pupils/code-of-conduct-11-16/index.html"), today.plusDays(31));
        var root = Stack.root();
        var database = TestDatabase.fresh(folder);
        var app = App.create(new App.Settings(site, () -> QuizBank.load(root.resolve("content")), database,
                TrustFile.load(root.resolve("config/trust.yaml")), Clock.systemUTC(), Duration.ofSeconds(30),
                PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
        try {
            var service = new StaffClient.Service(database.toString(), path -> URI.create("http://localhost:" + app.port() + path));
            var page = Jsoup.parse(StaffClient.signedIn(service, Role.PRINCIPAL, "riverside-primary").get("/staff/reviews").body());

            assertThat(page.select(".review-due li").eachText()).containsExactly(
                    "Cyber-bullying policy: overdue, was due " + today.minusDays(1),
                    "eSafety code of conduct for ages 7 to 11: due " + today.plusDays(29));
        } finally {
            app.stop();
        }
    }

    @Test
    void after_60_comments_from_one_address_in_ten_minutes_the_next_gets_a_429_and_keeps_what_was_typed(Stack stack) throws Exception {
        var root = Stack.root();
        var database = TestDatabase.fresh(folder);
        var app = App.create(new App.Settings(stack.site(), () -> QuizBank.load(root.resolve("content")), database,
                TrustFile.load(root.resolve("config/trust.yaml")), Clock.systemUTC(), Duration.ofSeconds(30),
                PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            var statuses = new java.util.ArrayList<Integer>();
            java.net.http.HttpResponse<String> last = null;
            for (int i = 0; i < 61; i++) {
                last = http.send(java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/feedback/"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("document=" + CODE + "&comment=Kept+" + i)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                statuses.add(last.statusCode());
            }

            assertThat(statuses.subList(0, 60)).containsOnly(422);
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.headers().firstValue("Retry-After")).isPresent();
            assertThat(Jsoup.parse(last.body()).select("#comment").text()).isEqualTo("Kept 60");
            assertThat(last.body()).contains("too many comments from here");
            int stored = Jdbi.create(TestDatabase.jdbcUrl(database)).withHandle(handle ->
                    handle.createQuery("SELECT COUNT(*) FROM code_feedback").mapTo(Integer.class).one());
            assertThat(stored).isZero();
        } finally {
            app.stop();
        }
    }

    private static void nextReview(Path page, LocalDate date) throws Exception {
        var html = Files.readString(page);
        assertThat(html).contains("class=\"next-review\" datetime=\"2027-09-01\"");
        Files.writeString(page, html.replace("class=\"next-review\" datetime=\"2027-09-01\"", "class=\"next-review\" datetime=\"" + date + "\""));
    }
}
