package org.esafetyhub.cases;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.CapturedLog;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opt-in reply alerts on the real stack: an address left on the form (JavaScript off) or through the
 * API gets an e-mail through a real SMTP server (GreenMail) when staff write, holding nothing of the
 * case; the address is never in any column of the database in plain text, nor in the log, nor shown to
 * staff; it is gone once the case closes.
 */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class ReplyAlertIT {

    private static final String RIVERSIDE = "riverside-primary";
    private static final String SCHOOL = "Riverside Primary Academy";
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private CapturedLog log;
    private Browser browser;

    @BeforeEach
    void captureLog() {
        log = new CapturedLog();
    }

    @AfterEach
    void release() {
        log.close();
        if (browser != null) {
            scriptOff(false);
        }
    }

    private static String uniqueAddress(String how) {
        return "pupil-" + how + "-" + UUID.randomUUID().toString().substring(0, 8) + "@home.example.net";
    }

    @Test
    void an_address_left_on_the_form_without_javascript_gets_an_alert_with_no_case_content_and_is_gone_once_the_case_closes(
            Stack stack) throws Exception {
        var address = uniqueAddress("form");
        openFormWithoutScript(stack);
        fillForm("Someone posts unkind things about me every night, form-route 4471.");
        browser.driver().findElement(By.id("replyAlertEmail")).sendKeys(address);
        browser.driver().findElement(By.cssSelector("form.report-form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("reference")));
        var reference = browser.driver().findElement(By.id("reference")).getText();
        var code = browser.driver().findElement(By.id("follow-up-code")).getText();
        assertThat(browser.driver().getPageSource()).doesNotContain(address);
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);

        assertThat(post(dsl, reference, "messages", Map.of("message", "Thank you: we have spoken to the class, reply 8812.")).statusCode())
                .isEqualTo(302);
        var alert = awaitAlertTo(stack, address);

        assertThat(alert.getSubject()).isEqualTo("You have a reply from " + SCHOOL);
        assertThat(String.valueOf(alert.getContent())).contains("You have a reply from " + SCHOOL,
                        "Use your follow-up code at " + stack.trust().siteUrl().replaceAll("/+$", "") + "/report/follow-up/")
                .doesNotContain(reference, code, "CB-", "reply 8812", "form-route 4471", "unkind");
        assertThat(sealedRows(stack, reference)).hasSize(1)
                .first().satisfies(row -> assertThat(row).doesNotContain(address, "pupil", "example"));
        assertNowhereInPlainText(stack, dsl, reference, address);

        closeCase(dsl, reference);

        assertThat(sealedRows(stack, reference)).isEmpty();
        assertThat(alertMails(stack, reference)).isZero();
    }

    @Test
    void an_address_given_through_the_api_gets_one_alert_an_hour_however_many_messages_staff_write(Stack stack) throws Exception {
        var address = uniqueAddress("api");
        var report = report(stack, address);
        assertThat(report.statusCode()).isEqualTo(201);
        assertThat(report.body()).doesNotContain(address);
        var reference = new ObjectMapper().readTree(report.body()).get("reference").asText();
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);

        post(dsl, reference, "messages", Map.of("message", "Which app was it on?"));
        post(dsl, reference, "messages", Map.of("message", "And when did it start?"));
        awaitAlertTo(stack, address);

        // the second message, within the hour, queued no alert at all
        assertThat(alertMails(stack, reference)).isEqualTo(1);
        assertThat(Arrays.stream(stack.mail().getReceivedMessages()).filter(m -> sentTo(m, address))).hasSize(1);
        // the scan does find what is stored in plain text
        assertThat(columnsHolding(stack, "api-route 3390")).contains("report.description");
        assertNowhereInPlainText(stack, dsl, reference, address);

        closeCase(dsl, reference);

        assertThat(sealedRows(stack, reference)).isEmpty();
        assertThat(alertMails(stack, reference)).isZero();
    }

    @Test
    void with_the_mail_server_down_an_alert_waits_holding_no_address_and_goes_once_it_is_back(Stack stack) throws Exception {
        var address = uniqueAddress("down");
        var reference = new ObjectMapper().readTree(report(stack, address).body()).get("reference").asText();
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        stack.stopMail();
        try {
            post(dsl, reference, "messages", Map.of("message", "We are looking into it."));
            awaitFailedAlert(stack, reference);
            assertThat(columnsHolding(stack, address)).isEmpty();
        } finally {
            stack.startMail();
        }

        awaitAlertTo(stack, address);

        assertThat(log.text()).doesNotContain(address);
    }

    @Test
    void a_malformed_address_is_refused_at_its_field_with_everything_typed_kept(Stack stack) throws Exception {
        openFormWithoutScript(stack);
        fillForm("Mean comments under my videos.");
        browser.driver().findElement(By.id("replyAlertEmail")).sendKeys("pupil at home");
        browser.driver().findElement(By.cssSelector("form.report-form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));

        var message = "Enter an e-mail address like name@example.com, or leave this empty";
        assertThat(browser.driver().findElement(By.cssSelector(".error-summary a[href='#replyAlertEmail']")).getText()).isEqualTo(message);
        assertThat(browser.driver().findElement(By.id("replyAlertEmail-error")).getText()).contains(message);
        assertThat(browser.driver().findElement(By.id("replyAlertEmail")).getDomProperty("value")).isEqualTo("pupil at home");
        assertThat(browser.driver().findElement(By.id("replyAlertEmail")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("description")).getDomProperty("value")).isEqualTo("Mean comments under my videos.");
        assertThat(HtmlChecker.errors("<!DOCTYPE html>\n" + browser.driver().getPageSource())).isEmpty();
        scriptOff(false);
        assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver()).getViolations()).isEmpty();

        var api = report(stack, "pupil@@home.example.net");
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(new ObjectMapper().readTree(api.body()).path("errors").path("replyAlertEmail").asText()).isEqualTo(message);
    }

    private void openFormWithoutScript(Stack stack) {
        browser = stack.browser();
        scriptOff(true);
        browser.open(stack.url("/report/form/"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("to hear when the school replies (optional)", "keep the address encrypted", "school staff never see it",
                        "delete it when the case is closed");
    }

    private void scriptOff(boolean off) {
        browser.javaScript(!off);
    }

    private void fillForm(String description) {
        var driver = browser.driver();
        driver.findElement(By.cssSelector("label[for='danger-no']")).click();
        driver.findElement(By.cssSelector("label[for='role-pupil']")).click();
        new Select(driver.findElement(By.id("academy"))).selectByVisibleText(SCHOOL);
        driver.findElement(By.cssSelector("label[for='category-posts']")).click();
        driver.findElement(By.cssSelector("label[for='ongoing-yes']")).click();
        driver.findElement(By.id("description")).sendKeys(description);
    }

    private static HttpResponse<String> report(Stack stack, String address) throws Exception {
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", RIVERSIDE)
                .field("category", "messages").field("ongoing", "yes").field("description", "Unkind messages, api-route 3390.")
                .field("replyAlertEmail", address);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(StaffClient staff, String reference, String form, Map<String, String> fields) throws Exception {
        return staff.postWithCsrf("/staff/", "/staff/cases/" + reference + "/" + form, fields);
    }

    /** Triage onto section 5, every action done, closed: the one way a case closes. */
    private static void closeCase(StaffClient dsl, String reference) throws Exception {
        assertThat(post(dsl, reference, "triage", Map.of("sections", "5")).statusCode()).isEqualTo(302);
        for (int i = 1; i <= 8; i++) {
            post(dsl, reference, "actions/5." + i, Map.of("state", "DONE", "note-5-" + i, "done " + i));
        }
        assertThat(post(dsl, reference, "close", Map.of("outcome", "RESOLVED", "outcome-note", "Sorted out")).statusCode())
                .isEqualTo(302);
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Address::toString).anyMatch(address::equals);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage awaitAlertTo(Stack stack, String address) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            var received = stack.mail().getReceivedMessages();
            for (var message : received) {
                if (sentTo(message, address)) {
                    return message;
                }
            }
            stack.mail().waitForIncomingEmail(500, received.length + 1);
        }
        throw new AssertionError("no reply alert reached " + address + " within 15 s");
    }

    private static void awaitFailedAlert(Stack stack, String reference) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            var tries = query(stack, """
                    SELECT o.attempts || ' ' || o.last_error FROM outbox o JOIN report r ON r.id = o.alert_report_id
                    WHERE r.reference = ? AND o.attempts > 0 AND NOT o.sent""", reference);
            if (!tries.isEmpty()) {
                assertThat(tries.get(0)).contains("the server's words are not kept");
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the outbox never tried to send the alert about " + reference);
    }

    /** The address is in no column of any table, in no page, summary, bundle or audit list staff see, and in no log line. */
    private void assertNowhereInPlainText(Stack stack, StaffClient dsl, String reference, String address) throws Exception {
        assertThat(columnsHolding(stack, address)).isEmpty();
        assertThat(dsl.get("/staff/cases/" + reference).body()).contains(reference).doesNotContain(address);
        assertThat(dsl.get("/staff/").body()).doesNotContain(address);
        assertThat(dsl.get("/staff/audit").body()).doesNotContain(address);
        var bundle = dsl.getBytes("/staff/cases/" + reference + "/bundle");
        assertThat(bundle.statusCode()).isEqualTo(200);
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bundle.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1)).as(entry.getName()).doesNotContain(address);
            }
        }
        assertThat(log.text()).doesNotContain(address);
    }

    /** Reads every row of every table of the database, on either engine: the table and column of any value that holds the text. */
    private static List<String> columnsHolding(Stack stack, String text) throws Exception {
        var found = new ArrayList<String>();
        try (var db = stack.connection()) {
            var tables = new ArrayList<String>();
            try (var rows = db.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("report", "reply_alert", "outbox", "report_message", "audit_entry");
            for (var table : tables) {
                try (var rows = db.createStatement().executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    var columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            var value = rows.getObject(i);
                            var asText = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
                            if (asText.toLowerCase(java.util.Locale.ROOT).contains(text.toLowerCase(java.util.Locale.ROOT))) {
                                found.add(table + "." + columns.getColumnName(i));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The encrypted row of the report, as "nonce ciphertext", if any. */
    private static List<String> sealedRows(Stack stack, String reference) throws Exception {
        return query(stack, """
                SELECT a.nonce || ' ' || a.ciphertext FROM reply_alert a JOIN report r ON r.id = a.report_id
                WHERE r.reference = ?""", reference);
    }

    /** How many alerts the outbox holds for the report, waiting or sent. */
    private static int alertMails(Stack stack, String reference) throws Exception {
        return Integer.parseInt(query(stack, """
                SELECT COUNT(*) FROM outbox o JOIN report r ON r.id = o.alert_report_id WHERE r.reference = ?""", reference).get(0));
    }

    private static List<String> query(Stack stack, String sql, String reference) throws Exception {
        try (var db = stack.connection(); var query = db.prepareStatement(sql)) {
            query.setString(1, reference);
            var rows = query.executeQuery();
            var values = new ArrayList<String>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
