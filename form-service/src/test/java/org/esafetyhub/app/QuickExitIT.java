package org.esafetyhub.app;

import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** "Exit this page" leaves at once for the neutral site and keeps the page out of the back button. */
@ExtendWith(StackExtension.class)
class QuickExitIT {

    @Test
    void pressing_shift_three_times_leaves_for_the_neutral_site_and_back_skips_the_page(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url("/"));
        browser.open(stack.url("/parents/"));
        browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-quick-exit]")));

        new Actions(browser.driver())
                .keyDown(Keys.SHIFT).keyUp(Keys.SHIFT)
                .keyDown(Keys.SHIFT).keyUp(Keys.SHIFT)
                .keyDown(Keys.SHIFT).keyUp(Keys.SHIFT)
                .perform();

        browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(stack.trust().quickExitUrl()));
        browser.driver().navigate().back();
        browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(stack.url("/").toString()));
    }

    @Test
    void two_presses_of_shift_and_another_key_do_not_leave(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url("/parents/"));

        new Actions(browser.driver())
                .keyDown(Keys.SHIFT).keyUp(Keys.SHIFT)
                .keyDown(Keys.SHIFT).keyUp(Keys.SHIFT)
                .sendKeys("a")
                .keyDown(Keys.SHIFT).keyUp(Keys.SHIFT)
                .perform();

        assertThat(browser.script("return document.documentElement.classList.contains('is-exiting')")).isEqualTo(false);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(stack.url("/parents/").toString());
    }

    @Test
    void the_exit_link_is_reached_by_keyboard_and_leaves_on_enter(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url("/"));
        browser.open(stack.url("/pupils/"));

        var actions = new Actions(browser.driver());
        // start from the top of the document, as a keyboard user arriving on the page does
        browser.script("document.activeElement.blur(); window.focus();");
        actions.sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to main content");
        actions.sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("data-quick-exit")).isNotNull();
        actions.sendKeys(Keys.ENTER).perform();

        browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(stack.trust().quickExitUrl()));
        browser.driver().navigate().back();
        browser.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(stack.url("/").toString()));
    }
}
