package org.esafetyhub.report;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone reports in the real browser, reads the receipt, and comes back with the code: JavaScript on and off. */
@ExtendWith(StackExtension.class)
class ReportJourneyIT {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TempDir
    Path files;

    private static void click(Browser browser, String id) {
        browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    private static void type(Browser browser, String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Runs axe on the page as loaded; axe itself needs script, so it is allowed for the check and then restored. */
    private static void assertAccessible(Browser browser, boolean javascript) {
        browser.javaScript(true);
        try {
            assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver()).getViolations()).isEmpty();
        } finally {
            browser.javaScript(javascript);
        }
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void a_report_with_a_png_and_a_pdf_gives_a_receipt_whose_code_opens_the_follow_up_page(boolean javascript, Stack stack) throws Exception {
        var png = Files.write(files.resolve("screenshot.png"), Evidence.png());
        var pdf = Files.write(files.resolve("messages.pdf"), Evidence.pdf());
        var browser = stack.browser();
        browser.javaScript(javascript);
        try {
            browser.open(stack.url("/report/form/"));
            type(browser, "description", "Someone keeps posting unkind pictures of my friend.");
            browser.driver().findElement(By.cssSelector("form.report-form button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText())
                    .contains("Say whether anyone is in danger right now", "Choose who is making this report");
            assertThat(browser.driver().findElement(By.id("description")).getAttribute("value"))
                    .isEqualTo("Someone keeps posting unkind pictures of my friend.");
            assertAccessible(browser, javascript);

            click(browser, "danger-yes");
            click(browser, "role-pupil");
            new Select(browser.driver().findElement(By.id("academy"))).selectByVisibleText(stack.trust().academies().get(1).name());
            click(browser, "category-pictures");
            click(browser, "ongoing-yes");
            type(browser, "location", "A group chat");
            browser.driver().findElement(By.id("evidence")).sendKeys(png + "\n" + pdf);
            browser.driver().findElement(By.cssSelector("form.report-form button[type=submit]")).click();

            var reference = browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("reference"))).getText();
            var code = browser.driver().findElement(By.id("follow-up-code")).getText();
            var receipt = browser.driver().findElement(By.tagName("main")).getText();
            assertThat(receipt.indexOf("call 999")).as("danger advice comes first").isLessThan(receipt.indexOf(reference));
            assertThat(receipt).contains(stack.trust().academies().get(1).name(), "cannot be recovered");
            assertAccessible(browser, javascript);

            browser.driver().findElement(By.linkText("check on your report")).click();
            type(browser, "reference", reference);
            type(browser, "code", code);
            browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
            var status = browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".status-panel")));
            assertThat(status.getText()).contains("Status: Received");
            assertAccessible(browser, javascript);
        } finally {
            browser.javaScript(true);
        }
    }
}
