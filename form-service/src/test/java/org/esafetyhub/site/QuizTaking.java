package org.esafetyhub.site;

import org.esafetyhub.quiz.Quiz;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.Stack;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;

/** A pupil takes a lesson's quiz on its page with JavaScript on, as quiz.js sends it, for the tests of what the page keeps. */
final class QuizTaking {

    private QuizTaking() {
    }

    static Quiz quiz(String lesson) {
        return QuizBank.load(Stack.root().resolve("content")).quiz(lesson).orElseThrow();
    }

    /**
     * Answers every question of the lesson's quiz (all right, or the first wrong option of each) at the stage given
     * ("before" or "after" the lesson), sends it and waits for the results shown in the page. The lesson page must be open.
     */
    static void answer(Browser browser, String lesson, boolean right, String stage) {
        browser.driver().findElement(By.cssSelector("label[for='stage-" + stage + "']")).click();
        for (var question : quiz(lesson).questions()) {
            var options = question.options().stream().filter(o -> o.correct() == right).toList();
            for (var option : right ? options : options.subList(0, 1)) {
                browser.driver().findElement(By.cssSelector("label[for='answer-" + question.id() + "-" + option.id() + "']")).click();
            }
        }
        browser.driver().findElement(By.cssSelector("#quiz button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-result")));
    }

    static int questions(String lesson) {
        return quiz(lesson).questions().size();
    }
}
