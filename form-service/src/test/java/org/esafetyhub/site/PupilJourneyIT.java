package org.esafetyhub.site;

import org.esafetyhub.quiz.Quiz;
import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.CapturedLog;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 9-year-old on a 375 px phone, from the Pupils home to a 7–11 lesson's quiz and its score: Learn, the lesson's
 * page, one of its activities, then the quiz answered with the keyboard alone, with JavaScript on and off. The page
 * holds nothing of the teachers' plan's answers or notes; with JavaScript on, progress saved on the device shows on
 * the Learn list afterwards, and the service's request log shows that nothing of it reached the service.
 */
@ExtendWith(StackExtension.class)
class PupilJourneyIT {

    private static final String LESSON = "getting-help";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void with_javascript_on_a_pupil_reaches_the_quiz_in_two_clicks_answers_by_keyboard_and_sees_the_score_on_learn(Stack stack) {
        var browser = stack.browser();
        ProgressIT.clearDevice(stack);
        var quiz = QuizTaking.quiz(LESSON);
        onAPhone(browser, () -> {
            try (var log = new CapturedLog()) {
                browser.open(stack.url("/pupils/"));
                browser.clickAndWaitForNextPage(By.cssSelector("main a[href='/lessons/']"));
                browser.driver().findElement(By.cssSelector("label[for='progress-save-yes']")).click();
                browser.clickAndWaitForNextPage(By.cssSelector("main .lesson-card a[href='/lessons/" + LESSON + "/']"));

                assertThat(browser.driver().getCurrentUrl()).isEqualTo(stack.url("/lessons/" + LESSON + "/").toString());
                assertNoTeachersPlanOnThePage(browser);
                chooseTheFirstChoiceOfTheFirstActivityByKeyboard(browser);
                answerByKeyboard(browser, quiz);
                var panel = browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-result")));
                assertThat(panel.getText()).contains("You got " + quiz.questions().size() + " out of " + quiz.questions().size() + " right.");

                browser.open(stack.url("/lessons/"));
                var progress = browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[data-lesson='" + LESSON + "'] [data-lesson-progress]")));
                assertThat(progress.getText()).contains("Done", quiz.questions().size() + " out of " + quiz.questions().size());

                assertThat(ProgressIT.storedKeys(browser)).containsExactly(ProgressIT.KEY);
                assertThat(ProgressIT.accessLog(log)).isNotEmpty().allSatisfy(line -> assertThat(line).matches(
                                "GET /(pupils/|lessons/([a-z0-9-]+/)?|css/[a-z-]+\\.css|js/[a-z-]+\\.js|images/[a-z0-9/-]+\\.svg|favicon\\.ico) (200|304|404)"
                                        + "|POST /api/quizzes/" + LESSON + "/attempts 200"))
                        .filteredOn(line -> line.startsWith("POST")).hasSize(1);
            }
        });
        ProgressIT.clearDevice(stack);
    }

    @Test
    void with_javascript_off_the_same_journey_ends_on_the_score_page_and_nothing_is_kept_on_the_device(Stack stack) {
        var browser = stack.browser();
        ProgressIT.clearDevice(stack);
        var quiz = QuizTaking.quiz(LESSON);
        browser.withJavaScript(false, () -> onAPhone(browser, () -> {
            browser.open(stack.url("/pupils/"));
            browser.clickAndWaitForNextPage(By.cssSelector("main a[href='/lessons/']"));
            assertThat(browser.driver().findElement(By.cssSelector("[data-progress-choice]")).isDisplayed()).isFalse();
            browser.clickAndWaitForNextPage(By.cssSelector("main .lesson-card a[href='/lessons/" + LESSON + "/']"));

            assertNoTeachersPlanOnThePage(browser);
            chooseTheFirstChoiceOfTheFirstActivityByKeyboard(browser);
            answerByKeyboard(browser, quiz);
            browser.waitUpTo(WAIT).until(ExpectedConditions.urlToBe(stack.url(quiz.formUrl()).toString()));
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains("You got " + quiz.questions().size() + " out of " + quiz.questions().size() + " right.");
        }));
        assertThat(ProgressIT.storedKeys(browser)).isEmpty();
    }

    /** 375 CSS pixels wide, as a phone; the window's own size again after, whatever happened. */
    private static void onAPhone(Browser browser, Runnable journey) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        try {
            journey.run();
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** No run of ten words from the plan's answers, teacher notes, safeguarding note or objectives is on the page. */
    private static void assertNoTeachersPlanOnThePage(Browser browser) {
        var page = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(sharedRuns(planSections(LESSON, "Answers to the pupils", "Teacher notes", "Learning objectives"), page)).isEmpty();
        assertThat(page).doesNotContain("Teacher notes", "Safeguarding note", "Learning objectives", "Answers to the pupils");
    }

    @Test
    void no_pupils_page_holds_ten_words_in_a_row_of_its_plans_teacher_notes_safeguarding_note_or_objectives(Stack stack) throws Exception {
        // the plans' answers quote the pupils' choices on purpose, so only the 7-11 journey above checks those
        for (var plan : Files.list(Stack.root().resolve("content/teaching")).sorted().toList()) {
            var lesson = plan.getFileName().toString().replace(".md", "");
            var baked = Files.readString(stack.site().resolve("lessons/" + lesson + "/index.html"));
            var page = Jsoup.parse(baked).select("main").text();

            assertThat(sharedRuns(planSections(lesson, "Teacher notes", "Learning objectives"), page)).as(lesson).isEmpty();
        }
    }

    /** The text of the plan's sections with these headings (a section runs to the next ## heading). */
    private static String planSections(String lesson, String... headings) {
        String plan;
        try {
            plan = Files.readString(Stack.root().resolve("content/teaching/" + lesson + ".md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var text = new StringBuilder();
        for (var part : plan.split("\n## ")) {
            if (Arrays.stream(headings).anyMatch(part::startsWith)) {
                text.append(' ').append(part.substring(part.indexOf('\n') + 1).replaceAll("\\(/[^)]*\\)", " "));
            }
        }
        assertThat(words(text.toString())).as("the plan's %s of %s", List.of(headings), lesson).hasSizeGreaterThan(100);
        return text.toString();
    }

    /** Every run of ten words of the plan's text that the page has too, as words compare (case, punctuation and quotes aside). */
    private static List<String> sharedRuns(String plan, String page) {
        var pageWords = words(page);
        var pageRuns = new HashSet<List<String>>();
        for (int i = 0; i + RUN <= pageWords.size(); i++) {
            pageRuns.add(pageWords.subList(i, i + RUN));
        }
        var planWords = words(plan);
        var shared = new ArrayList<String>();
        for (int i = 0; i + RUN <= planWords.size(); i++) {
            if (pageRuns.contains(planWords.subList(i, i + RUN))) {
                shared.add(String.join(" ", planWords.subList(i, i + RUN)));
            }
        }
        return shared;
    }

    private static final int RUN = 10;

    private static List<String> words(String text) {
        return Pattern.compile("[a-z0-9']+").matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''))
                .results().map(MatchResult::group).toList();
    }

    /** Tab to the first activity's first choice, Space chooses it, and its feedback shows. */
    private static void chooseTheFirstChoiceOfTheFirstActivityByKeyboard(Browser browser) {
        var first = browser.driver().findElement(By.cssSelector(".activity .activity-choice__input"));
        tabTo(browser, first);
        new Actions(browser.driver()).sendKeys(Keys.SPACE).perform();
        assertThat(first.isSelected()).isTrue();
        var feedback = first.findElement(By.xpath("following-sibling::*[contains(@class, 'activity-choice__feedback')]"));
        assertThat(feedback.isDisplayed()).isTrue();
        assertThat(feedback.getText()).isNotBlank();
    }

    /**
     * Every question's right answers chosen with the keyboard alone, in the order the page shows them: Tab into a
     * radio group and the arrow keys move the choice to the right one (Space if it is the first); Tab from checkbox to
     * checkbox and Space ticks the right ones. Then Tab to "Check my answers" and Enter.
     */
    private static void answerByKeyboard(Browser browser, Quiz quiz) {
        var keys = new Actions(browser.driver());
        for (var question : quiz.questions()) {
            var shown = browser.driver().findElements(By.cssSelector("#question-" + question.id() + " input"));
            var right = question.options().stream().filter(Quiz.Option::correct).map(o -> "answer-" + question.id() + "-" + o.id()).toList();
            tabTo(browser, shown.get(0));
            if (shown.get(0).getAttribute("type").equals("radio")) {
                if (right.contains(shown.get(0).getAttribute("id"))) {
                    keys.sendKeys(Keys.SPACE).perform();
                }
                while (!right.contains(active(browser).getAttribute("id"))) {
                    keys.sendKeys(Keys.ARROW_DOWN).perform();
                }
            } else {
                for (int i = 0; i < shown.size(); i++) {
                    if (i > 0) {
                        keys.sendKeys(Keys.TAB).perform();
                    }
                    assertThat(active(browser)).isEqualTo(shown.get(i));
                    if (right.contains(shown.get(i).getAttribute("id"))) {
                        keys.sendKeys(Keys.SPACE).perform();
                    }
                }
            }
            assertThat(shown).filteredOn(WebElement::isSelected).extracting(input -> input.getAttribute("id"))
                    .containsExactlyInAnyOrderElementsOf(right);
        }
        tabTo(browser, browser.driver().findElement(By.cssSelector("#quiz button[type=submit]")));
        keys.sendKeys(Keys.ENTER).perform();
    }

    /** Presses Tab until the element has the focus: at most 200 times, or the page cannot be used by keyboard. */
    private static void tabTo(Browser browser, WebElement target) {
        var keys = new Actions(browser.driver());
        for (int presses = 0; presses < 200; presses++) {
            if (active(browser).equals(target)) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + target.getAttribute("id"));
    }

    private static WebElement active(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }
}
