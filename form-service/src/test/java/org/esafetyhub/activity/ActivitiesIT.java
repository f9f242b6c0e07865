package org.esafetyhub.activity;

import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A pupil does a shipped 7-11 lesson's activities in the real browser: feedback on a choice, by mouse and keyboard, with and without script. */
@ExtendWith(StackExtension.class)
class ActivitiesIT {

    private static final String LESSON = "/lessons/jokes-that-hurt/";

    /** The radio group of the lesson's first item, by the ids the template gives it, as the shipped file holds it. */
    private record Group(String name, int choices) {
        String radio(int counter) {
            return name + "_" + counter;
        }
    }

    private static Group firstGroup() {
        var lesson = ActivityBook.load(Stack.root().resolve("content")).lesson(LESSON)
                .orElseThrow(() -> new AssertionError(LESSON + " has no activities file (content/lessons/jokes-that-hurt.activities.yaml)"));
        var activity = lesson.activities().get(0);
        var item = activity.items().get(0);
        return new Group("activity-" + activity.id() + "_" + item.id(), item.choices().size());
    }

    private static WebElement feedback(Browser browser, String radioId) {
        return browser.driver().findElement(By.id(radioId)).findElement(By.xpath("following-sibling::*[contains(@class, 'activity-choice__feedback')]"));
    }

    private static List<Boolean> feedbackShown(Browser browser, Group group) {
        return java.util.stream.IntStream.rangeClosed(1, group.choices())
                .mapToObj(counter -> feedback(browser, group.radio(counter)).isDisplayed()).toList();
    }

    /** Opens the lesson and waits for it to finish loading, then forgets what loading it requested. */
    private static void openLesson(Browser browser, Stack stack) {
        browser.open(stack.url(LESSON));
        browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> !driver.findElements(By.cssSelector(".activity-choice")).isEmpty());
        browser.requests();
    }

    @Test
    void with_javascript_off_choosing_a_choice_shows_its_feedback_alone_and_sends_no_request(Stack stack) {
        var browser = stack.browser();
        var group = firstGroup();
        browser.withJavaScript(false, () -> {
            openLesson(browser, stack);
            assertThat(feedbackShown(browser, group)).as("feedback before any choice").containsOnly(false);

            browser.driver().findElement(By.cssSelector("label[for='" + group.radio(2) + "']")).click();

            assertThat(browser.driver().findElement(By.id(group.radio(2))).isSelected()).isTrue();
            assertThat(feedbackShown(browser, group).get(1)).isTrue();
            assertThat(feedbackShown(browser, group)).filteredOn(shown -> shown).hasSize(1);
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(stack.url(LESSON).toString());
            assertThat(browser.requests()).as("requests after choosing").isEmpty();
        });
    }

    @Test
    void with_javascript_on_choosing_a_choice_shows_its_feedback_reads_it_out_and_sends_no_request(Stack stack) {
        var browser = stack.browser();
        var group = firstGroup();
        openLesson(browser, stack);

        browser.driver().findElement(By.cssSelector("label[for='" + group.radio(1) + "']")).click();

        var shown = feedback(browser, group.radio(1));
        assertThat(shown.isDisplayed()).isTrue();
        assertThat(feedbackShown(browser, group)).filteredOn(isShown -> isShown).hasSize(1);
        var said = browser.driver().findElement(By.id("activities-said"));
        browser.waitUpTo(Duration.ofSeconds(5)).until(driver -> said.getAttribute("textContent").equals(shown.getText()));
        assertThat(said.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.requests()).as("requests after choosing").isEmpty();
        assertThat(browser.accessibilityViolations()).as("axe with a feedback open").isEmpty();
    }

    @Test
    void tab_reaches_the_first_choice_space_chooses_it_and_the_arrow_keys_move_the_choice_and_its_feedback(Stack stack) {
        var browser = stack.browser();
        var group = firstGroup();
        openLesson(browser, stack);
        // focus what comes just before the first choice in the tab order, then press Tab as a pupil would
        browser.script("""
                var all = Array.from(document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea'));
                var first = document.getElementById(arguments[0]);
                var before = all[all.indexOf(first) - 1];
                before.focus();""", group.radio(1));

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo(group.radio(1));
        assertThat(feedbackShown(browser, group)).containsOnly(false);

        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        assertThat(browser.driver().findElement(By.id(group.radio(1))).isSelected()).isTrue();
        assertThat(feedbackShown(browser, group).get(0)).isTrue();

        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(browser.driver().findElement(By.id(group.radio(2))).isSelected()).isTrue();
        assertThat(feedbackShown(browser, group)).element(0).isEqualTo(false);
        assertThat(feedbackShown(browser, group)).element(1).isEqualTo(true);
        assertThat(browser.requests()).isEmpty();
    }
}
