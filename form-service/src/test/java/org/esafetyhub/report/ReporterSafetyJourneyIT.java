package org.esafetyhub.report;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With JavaScript off, in the real browser: the danger step first, then the form with its notice of
 * when reports are read, the receipt and "Save receipt", and the public check of that receipt.
 */
@ExtendWith(StackExtension.class)
class ReporterSafetyJourneyIT {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TempDir
    Path files;

    private Browser browser;

    @BeforeEach
    void javascriptOff(Stack stack) {
        browser = stack.browser();
        scriptOff(true);
    }

    @AfterEach
    void javascriptOn() {
        scriptOff(false);
    }

    private void scriptOff(boolean off) {
        browser.javaScript(!off);
    }

    /** The page passes the W3C validator and axe (which needs script, so it is on just for the check). */
    private void assertValidAndAccessible() throws Exception {
        // the browser gives its document without the doctype, which the server did send
        assertThat(HtmlChecker.errors("<!DOCTYPE html>\n" + browser.driver().getPageSource())).isEmpty();
        scriptOff(false);
        try {
            assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver()).getViolations()).isEmpty();
        } finally {
            scriptOff(true);
        }
    }

    private String main() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    private void waitFor(By by) {
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    @Test
    void the_danger_step_the_form_the_receipt_save_receipt_and_the_check_of_that_receipt(Stack stack) throws Exception {
        browser.open(stack.url("/report/"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Is someone in danger right now?");
        assertThat(main()).contains("999", "CEOP", "Report Remove", "Report Harmful Content", "0800 1111",
                "For anyone under 18.", "For anyone aged 13 or over.", "We last checked these numbers and links on 27 November 2026");
        assertThat(browser.driver().findElements(By.cssSelector("main a[href='tel:999'], main a[href='tel:08001111']"))).hasSize(2);
        assertValidAndAccessible();

        // by keyboard alone: Tab to "Tell the school" and press Enter
        var body = browser.driver().findElement(By.tagName("body"));
        for (int i = 0; i < 60 && !"Tell the school".equals(browser.driver().switchTo().activeElement().getText()); i++) {
            body = browser.driver().switchTo().activeElement();
            body.sendKeys(Keys.TAB);
        }
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url("/report/form/").toString()));
        assertThat(main()).contains("Reports are read on school days, 8am\u20135pm. This is not an emergency service.",
                "we remove the hidden details", "where a photo was taken");
        assertValidAndAccessible();

        var jpeg = Files.write(files.resolve("photo.jpg"), Evidence.jpegWithGpsAndOwner());
        browser.driver().findElement(By.cssSelector("label[for='danger-no']")).click();
        browser.driver().findElement(By.cssSelector("label[for='role-pupil']")).click();
        new Select(browser.driver().findElement(By.id("academy"))).selectByVisibleText("Riverside Primary Academy");
        browser.driver().findElement(By.cssSelector("label[for='category-pictures']")).click();
        browser.driver().findElement(By.cssSelector("label[for='ongoing-yes']")).click();
        browser.driver().findElement(By.id("description")).sendKeys("Someone shared a photo of me with mean words on it.");
        browser.driver().findElement(By.id("evidence")).sendKeys(jpeg.toString());
        browser.driver().findElement(By.cssSelector("form.report-form button[type=submit]")).click();

        waitFor(By.id("reference"));
        var reference = browser.driver().findElement(By.id("reference")).getText();
        var code = browser.driver().findElement(By.id("follow-up-code")).getText();
        assertThat(main()).contains("cannot be recovered", "Save receipt",
                "Reports are read on school days, 8am\u20135pm. This is not an emergency service.");
        assertValidAndAccessible();

        var saved = save(stack, browser.driver().findElement(By.cssSelector("input[name=receipt]")).getDomProperty("value"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(saved.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"receipt-" + reference + ".txt\"");
        var receipt = saved.body();
        assertThat(receipt).contains("Reference: " + reference, "Follow-up code: " + code, "Proof: ")
                .doesNotContain("mean words", "photo.jpg");

        browser.open(stack.url("/report/verify/"));
        browser.driver().findElement(By.id("receipt")).sendKeys(receipt);
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(By.id("verdict"));
        assertThat(browser.driver().findElement(By.id("verdict")).getText())
                .contains("This receipt is genuine", reference, "The report is unchanged");
        assertValidAndAccessible();

        var field = browser.driver().findElement(By.id("receipt"));
        field.clear();
        var other = reference.substring(0, 11) + (reference.endsWith("Z") ? "Y" : "Z");
        field.sendKeys(receipt.replace("Reference: " + reference, "Reference: " + other));
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"),
                "This receipt is not genuine"));

        browser.open(stack.url("/report/follow-up/"));
        browser.driver().findElement(By.id("reference")).sendKeys(reference);
        browser.driver().findElement(By.id("code")).sendKeys(code);
        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
        waitFor(By.cssSelector(".sent-files"));
        assertThat(browser.driver().findElement(By.cssSelector(".sent-files")).getText())
                .contains("photo.jpg", "hidden details removed: GPS position, camera model, owner name");
    }

    /** What "Save receipt" sends: the page's own form, posted as the browser would. */
    private static HttpResponse<String> save(Stack stack, String receipt) throws Exception {
        var body = "receipt=" + URLEncoder.encode(receipt, StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/report/receipt"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
