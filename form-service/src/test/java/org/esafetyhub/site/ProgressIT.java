package org.esafetyhub.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.CapturedLog;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lesson progress kept on the pupil's own device, in the real browser: nothing is kept until the pupil chooses
 * to save; then a quiz scored in the page keeps its lesson done with the best score, and only that, and the
 * Learn page shows it; nothing of it reaches the service; "Forget my progress" clears it, by keyboard.
 */
@ExtendWith(StackExtension.class)
class ProgressIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String LEARN = "/lessons/";
    static final String KEY = "esafety-hub-progress";
    private static final String LESSON = "what-is-cyberbullying";
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Forgets whatever this browser keeps for the site (other tests share it). */
    static void clearDevice(Stack stack) {
        stack.browser().open(stack.url(LEARN));
        stack.browser().script("localStorage.clear()");
    }

    static void chooseToSave(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url(LEARN));
        browser.driver().findElement(By.cssSelector("label[for='progress-save-yes']")).click();
    }

    @SuppressWarnings("unchecked")
    static List<String> storedKeys(Browser browser) {
        return (List<String>) browser.script("return Object.keys(localStorage)");
    }

    private static WebElement progressOf(Browser browser, String lesson) {
        return browser.driver().findElement(By.cssSelector("[data-lesson='" + lesson + "'] [data-lesson-progress]"));
    }

    private static String score(Browser browser) {
        return browser.driver().findElement(By.cssSelector(".result-summary__score strong")).getText();
    }

    @Test
    void without_choosing_to_save_a_quiz_leaves_nothing_on_the_device(Stack stack) {
        var browser = stack.browser();
        clearDevice(stack);
        browser.open(stack.url(LEARN));
        assertThat(browser.driver().findElement(By.id("progress-save-no")).isSelected()).isTrue();

        browser.open(stack.url("/lessons/" + LESSON + "/"));
        QuizTaking.answer(browser, LESSON, true, "after");

        assertThat(storedKeys(browser)).isEmpty();
        browser.open(stack.url(LEARN));
        assertThat(progressOf(browser, LESSON).isDisplayed()).isFalse();
    }

    @Test
    void after_choosing_to_save_a_quiz_shows_done_with_the_best_score_on_the_learn_page_and_nothing_of_it_is_sent(Stack stack)
            throws Exception {
        var browser = stack.browser();
        clearDevice(stack);
        chooseToSave(stack);
        var requests = new ArrayList<String>();
        String best;
        try (var log = new CapturedLog()) {
            browser.requests();
            browser.open(stack.url("/lessons/" + LESSON + "/"));
            QuizTaking.answer(browser, LESSON, true, "before");
            var afterBaseline = (String) browser.script("return localStorage.getItem(arguments[0])", KEY);
            requests.addAll(browser.requests());
            browser.open(stack.url("/lessons/" + LESSON + "/"));
            QuizTaking.answer(browser, LESSON, true, "after");
            best = score(browser);
            requests.addAll(browser.requests());
            browser.open(stack.url("/lessons/" + LESSON + "/"));
            QuizTaking.answer(browser, LESSON, false, "after");
            requests.addAll(browser.requests());
            browser.open(stack.url(LEARN));
            browser.script("return document.readyState");
            requests.addAll(browser.requests());

            assertThat(afterBaseline).as("a quiz before the lesson is not the lesson done").isEqualTo("{}");
            assertThat(accessLog(log)).isNotEmpty().allSatisfy(line -> assertThat(line).matches(
                    "GET /(lessons/([a-z0-9-]+/)?|css/[a-z-]+\\.css|js/[a-z-]+\\.js|images/[a-z0-9-]+\\.svg) (200|304)"
                            + "|POST /api/quizzes/" + LESSON + "/attempts 200"))
                    .filteredOn(line -> line.startsWith("POST")).hasSize(3);
        }

        assertThat(progressOf(browser, LESSON).getText()).isEqualTo("Done. Your best score is " + best + ".");
        assertThat(browser.accessibilityViolations()).as("axe, with progress shown").isEmpty();
        assertThat(progressOf(browser, "jokes-that-hurt").isDisplayed()).isFalse();
        assertThat(storedKeys(browser)).containsExactly(KEY);
        var kept = JSON.readTree((String) browser.script("return localStorage.getItem(arguments[0])", KEY));
        assertThat(names(kept)).containsExactly(LESSON);
        JsonNode lesson = kept.get(LESSON);
        assertThat(names(lesson)).containsExactlyInAnyOrder("done", "best", "max");
        assertThat(lesson.get("done").asBoolean()).isTrue();
        assertThat(lesson.get("best").asInt() + " out of " + lesson.get("max").asInt()).isEqualTo(best);
        var own = stack.url("/");
        assertThat(requests).isNotEmpty().allSatisfy(url -> {
            var requested = URI.create(url);
            assertThat(requested.getHost() + ":" + requested.getPort()).isEqualTo(own.getHost() + ":" + own.getPort());
            assertThat(requested.getRawQuery()).as("query of %s", url).isNull();
        });
    }

    @Test
    void forget_my_progress_clears_everything_kept_by_keyboard_and_says_so(Stack stack) {
        var browser = stack.browser();
        clearDevice(stack);
        chooseToSave(stack);
        browser.open(stack.url("/lessons/" + LESSON + "/"));
        QuizTaking.answer(browser, LESSON, true, "after");
        browser.open(stack.url(LEARN));
        assertThat(progressOf(browser, LESSON).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("progress-save-yes")).isSelected()).isTrue();

        browser.driver().findElement(By.cssSelector("[data-progress-forget]")).sendKeys(Keys.ENTER);
        var status = browser.driver().findElement(By.cssSelector("[data-progress-status]"));
        browser.waitUpTo(WAIT).until(driver -> !status.getText().isEmpty());

        assertThat(status.getText()).isEqualTo("Your progress is forgotten. Nothing is kept on this device.");
        assertThat(status.getDomAttribute("role")).isEqualTo("status");
        assertThat(storedKeys(browser)).isEmpty();
        assertThat(progressOf(browser, LESSON).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("progress-save-no")).isSelected()).isTrue();
        browser.open(stack.url(LEARN));
        assertThat(progressOf(browser, LESSON).isDisplayed()).isFalse();
    }

    @Test
    void without_javascript_the_learn_page_offers_no_choice_to_save(Stack stack) {
        var browser = stack.browser();
        browser.withJavaScript(false, () -> {
            browser.open(stack.url(LEARN));
            assertThat(browser.driver().findElement(By.cssSelector("[data-progress-choice]")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElements(By.cssSelector(".lesson-card"))).hasSize(9);
        });
    }

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The access log's lines written while captured: "GET /lessons/ 200", the time left off. */
    static List<String> accessLog(CapturedLog log) {
        return log.text().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not one JSON object a line: " + line, e);
            }
        }).filter(line -> "access".equals(line.path("loggerName").asText()))
                .map(line -> line.path("formattedMessage").asText().replaceFirst(" \\d+ ms$", "")).toList();
    }
}
