package org.esafetyhub.staff;

import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A DSL signs in in the real browser with password and authenticator code, opens a case from the list, and signs out. */
@ExtendWith(StackExtension.class)
class StaffJourneyIT {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @Test
    void a_dsl_signs_in_opens_a_case_of_their_academy_and_signs_out(Stack stack) throws Exception {
        var account = StaffClient.signedIn(stack, Role.DSL, "riverside-primary");
        var reference = new org.esafetyhub.report.ReportsForTests(stack).report("riverside-primary", "Mean messages in a game chat");
        var browser = stack.browser();
        browser.open(stack.url("/staff/sign-in"));

        browser.driver().findElement(By.id("email")).sendKeys(account.email);
        browser.driver().findElement(By.id("password")).sendKeys(StaffClient.PASSWORD + "\n");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url("/staff/two-factor").toString()));
        assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver()).getViolations()).isEmpty();
        browser.driver().findElement(By.id("code")).sendKeys(account.nextCode() + "\n");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url("/staff/").toString()));
        assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver()).getViolations()).isEmpty();

        browser.driver().findElement(By.linkText(reference)).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url("/staff/cases/" + reference).toString()));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Mean messages in a game chat");
        assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver()).getViolations()).isEmpty();

        browser.driver().findElement(By.cssSelector(".staff-bar button")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url("/staff/sign-in").toString()));
        browser.open(stack.url("/staff/"));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(stack.url("/staff/sign-in").toString());
    }
}
