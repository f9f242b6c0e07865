package org.esafetyhub.cases;

import org.esafetyhub.account.StaffCommand;
import org.esafetyhub.account.Totp;
import org.esafetyhub.testing.StaffClient;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.esafetyhub.app.App;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.esafetyhub.trust.TrustFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole life of a case in the real browser, on a service of its own so that its first run is
 * real: the first administrator is set up from the link, a report comes in through the public form,
 * the DSL signs in with an authenticator code, triages, works the checklist, writes to the
 * reporter, is refused closing while actions are open, and closes; the reporter sees each step.
 */
@ExtendWith(StackExtension.class)
class StaffCaseJourneyIT {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String ACADEMY = "riverside-primary";

    @TempDir
    Path folder;
    private App app;
    private Browser browser;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    private void open(String path) {
        browser.open(url(path));
    }

    private void type(String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses a form's button and waits for the page that answers. */
    private void submit(String id) {
        browser.clickAndWaitForNextPage(By.id(id));
    }

    private String main() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    private void waitFor(String path) {
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(path));
    }

    private void assertAccessible() {
        assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver()).getViolations()).isEmpty();
    }

    /** WCAG 1.4.10: at 320 CSS pixels wide the case page, with its checklist and forms, needs no sideways scrolling. */
    private void assertReflowsAt320Pixels() {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 320, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                    .isTrue();
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void a_dsl_triages_works_the_checklist_messages_the_reporter_and_closes_only_when_every_action_is_recorded(Stack stack) throws Exception {
        var root = Stack.root();
        var database = folder.resolve("journey.db");
        app = App.create(new App.Settings(stack.site(), () -> QuizBank.load(root.resolve("content")), database,
                TrustFile.load(root.resolve("config/trust.yaml")), Clock.systemUTC(), Duration.ofSeconds(30),
                PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
        browser = stack.browser();

        // first run: nobody can sign in yet, so the service offers a one-time link for the first administrator
        var firstAdmin = app.firstAdminLink().orElseThrow();
        open(firstAdmin.substring(firstAdmin.indexOf("/staff/")));
        assertAccessible();
        type("email", "admin@riverside-trust.example.org");
        type("name", "Ada Admin");
        type("password", StaffClient.PASSWORD);
        type("confirm", StaffClient.PASSWORD + "\n");
        waitFor("/staff/sign-in");
        assertThat(app.firstAdminLink()).isEmpty();

        // the administrator adds the DSL on the command line; the DSL sets a password from the printed link
        var dslEmail = "dsl-journey@riverside-primary.example.org";
        var out = new StringWriter();
        assertThat(StaffCommand.commandLine().setOut(new PrintWriter(out)).execute("add", "--email", dslEmail, "--name", "Dee Lead",
                "--role", "DSL", "--academy", ACADEMY, "--db", database.toString(),
                "--config", root.resolve("config/trust.yaml").toString())).isZero();
        var link = out.toString().lines().filter(line -> line.contains("/staff/set-password/")).findFirst().orElseThrow();
        open(link.substring(link.indexOf("/staff/")));
        type("password", StaffClient.PASSWORD);
        type("confirm", StaffClient.PASSWORD + "\n");
        waitFor("/staff/sign-in");

        // a pupil reports through the public form
        open("/report/form/");
        browser.driver().findElement(By.cssSelector("label[for='danger-no']")).click();
        browser.driver().findElement(By.cssSelector("label[for='role-pupil']")).click();
        new Select(browser.driver().findElement(By.id("academy"))).selectByValue(ACADEMY);
        browser.driver().findElement(By.cssSelector("label[for='category-messages']")).click();
        browser.driver().findElement(By.cssSelector("label[for='ongoing-yes']")).click();
        type("description", "A group chat keeps sending me horrible messages about my weight");
        browser.driver().findElement(By.cssSelector("form.report-form button[type=submit]")).click();
        var reference = browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("reference"))).getText();
        var code = browser.driver().findElement(By.id("follow-up-code")).getText();

        // the DSL signs in: password, then the authenticator app's code (enrolling on this first sign-in)
        open("/staff/sign-in");
        type("email", dslEmail);
        type("password", StaffClient.PASSWORD + "\n");
        waitFor("/staff/two-factor");
        var secret = browser.driver().findElement(By.id("totp-secret")).getText().replace(" ", "");
        type("code", Totp.code(secret, System.currentTimeMillis() / 1000 / Totp.STEP_SECONDS) + "\n");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/staff/").toString()));
        // on a first sign-in the staff Acceptable Use Policy comes before any page
        assertThat(main()).contains("Staff Acceptable Use Policy", "accept it");
        assertAccessible();
        browser.driver().findElement(By.cssSelector("label[for='accept-yes']")).click();
        browser.driver().findElement(By.cssSelector("form[action='/staff/agreement'] button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "1 new"));
        assertThat(main()).contains("1 new");
        assertAccessible();

        // triage: section 4 (cyber-bullying) applies
        browser.driver().findElement(By.linkText(reference)).click();
        waitFor("/staff/cases/" + reference);
        assertThat(main()).contains("Triage the case: choose which part of the policy applies");
        assertAccessible();
        browser.driver().findElement(By.cssSelector("label[for='sections-4']")).click();
        submit("triage-button");
        assertThat(main()).contains("The checklist is set.", "4.1 Advise the child not to respond", "4.9 Inform the LA or trust eSafety officer");
        assertAccessible();

        // two actions done, one not applicable with its reason
        type("note-4-1", "Told her not to reply and to keep the messages");
        submit("done-4-1");
        submit("done-4-3");
        type("note-4-7", "The messages came through an app, not e-mail");
        submit("not-applicable-4-7");
        assertThat(browser.driver().findElement(By.id("action-4-7")).getText())
                .contains("Not applicable by Dee Lead", "Reason: The messages came through an app, not e-mail");
        assertThat(browser.driver().findElement(By.id("action-4-1")).getText()).contains("Done by Dee Lead");

        // a message to the reporter, which the reporter reads with their code
        type("message", "Thank you for telling us. Can you keep screenshots of the chat?");
        submit("message-button");
        open("/report/follow-up/");
        type("reference", reference);
        type("code", code + "\n");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".status-panel")));
        assertThat(main()).contains("Status: Action taken", "From the school", "Can you keep screenshots of the chat?");

        // closing while actions are open is refused, naming each one still to do
        open("/staff/cases/" + reference);
        new Select(browser.driver().findElement(By.id("outcome"))).selectByValue("RESOLVED");
        type("outcome-note", "The group chat was closed and the families spoke");
        submit("close-button");
        var summary = browser.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary"))).getText();
        for (var open : List.of("4.2", "4.4", "4.5", "4.6", "4.8", "4.9")) {
            assertThat(summary).contains("Action " + open + ",");
        }
        assertThat(summary).doesNotContain("Action 4.1,", "Action 4.3,", "Action 4.7,");
        assertThat(browser.driver().findElement(By.cssSelector(".to-do")).getText()).contains("4.2 Apply the relevant policies and sanctions");
        assertThat(browser.driver().findElement(By.id("outcome-note")).getAttribute("value")).isEqualTo("The group chat was closed and the families spoke");
        assertAccessible();
        assertReflowsAt320Pixels();

        // every remaining action done, then the case closes with its outcome
        for (var open : List.of("4-2", "4-4", "4-5", "4-6", "4-8", "4-9")) {
            submit("done-" + open);
        }
        assertThat(browser.driver().findElement(By.cssSelector(".to-do")).getText()).contains("Every action is recorded");
        new Select(browser.driver().findElement(By.id("outcome"))).selectByValue("RESOLVED");
        type("outcome-note", "The group chat was closed and the families spoke");
        submit("close-button");
        assertThat(browser.driver().findElement(By.id("case-status")).getText()).isEqualTo("Closed");
        assertThat(main()).contains("Nothing: the case is closed. Outcome: Resolved in school.");
        assertAccessible();

        // the reporter's page now says closed
        open("/report/follow-up/");
        type("reference", reference);
        type("code", code + "\n");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".status-panel")));
        assertThat(main()).contains("Status: Closed");

        open("/staff/");
        browser.driver().findElement(By.cssSelector(".staff-bar button")).click();
        waitFor("/staff/sign-in");
    }
}
