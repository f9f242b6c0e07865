package org.esafetyhub.site;

import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.AfterEach;
import org.esafetyhub.language.Languages;
import org.esafetyhub.language.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Listen buttons in the real browser. Headless Chromium has no voices, so the buttons stay hidden; with a
 * stand-in for the browser's speech API (installed before any page script runs, recording what it is asked to
 * say and ending each utterance a moment later) they read the page, sentence by sentence, and one question.
 */
@ExtendWith(StackExtension.class)
class ListenIT {

    private static final String LESSON = "/lessons/what-is-cyberbullying/";
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Replaces speechSynthesis and SpeechSynthesisUtterance: one en-GB voice; what is spoken goes to window.fakeSpeech. */
    private static final String STAND_IN = """
            (function () {
              var record = { spoken: [], calls: [] };
              window.fakeSpeech = record;
              function fire(target, type) {
                var event = new Event(type);
                target.dispatchEvent(event);
                if (typeof target['on' + type] === 'function') { target['on' + type](event); }
              }
              class Utterance extends EventTarget {
                constructor(text) { super(); this.text = text || ''; this.lang = ''; this.voice = null;
                  this.rate = 1; this.pitch = 1; this.volume = 1; this.onend = null; this.onerror = null; }
              }
              var voice = { name: 'Stand-in', lang: 'en-GB', default: true, localService: true, voiceURI: 'stand-in' };
              var synth = new EventTarget();
              var current = null;
              synth.speaking = false; synth.pending = false; synth.paused = false;
              synth.onvoiceschanged = null;
              synth.getVoices = function () { return [voice]; };
              synth.speak = function (utterance) {
                record.calls.push('speak');
                record.spoken.push(utterance.text);
                current = utterance;
                synth.speaking = true;
                setTimeout(function () {
                  if (current !== utterance) { return; }
                  current = null;
                  synth.speaking = false;
                  fire(utterance, 'end');
                }, window.fakeSpeechMillis || 40);
              };
              synth.cancel = function () {
                record.calls.push('cancel');
                var cut = current;
                current = null;
                synth.speaking = false;
                if (cut) { fire(cut, 'error'); }
              };
              synth.pause = function () { record.calls.push('pause'); };
              synth.resume = function () { record.calls.push('resume'); };
              Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
              Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
            }());
            """;

    private String standIn;

    private void installStandIn(Browser browser) {
        standIn = String.valueOf(browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", STAND_IN)).get("identifier"));
    }

    @AfterEach
    void removeStandIn(Stack stack) {
        if (standIn != null) {
            stack.browser().driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", standIn));
            standIn = null;
        }
    }

    private static WebElement listen(Browser browser) {
        return browser.driver().findElement(By.cssSelector("[data-listen-page]"));
    }

    /** What a Listen button says it will do: its visible words (Listen, Pause, Resume, Stop). */
    private static String action(WebElement button) {
        return button.findElement(By.cssSelector("[data-listen-label]")).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> spoken(Browser browser) {
        return (List<String>) browser.script("return window.fakeSpeech.spoken.slice()");
    }

    /** The text of <main> a reader sees, without the Listen buttons and words only for screen readers, in one line. */
    private static String visibleText(Browser browser, String root) {
        return String.valueOf(browser.script("""
                var root = document.querySelector(arguments[0]);
                var unseen = root.querySelectorAll('[data-listen-controls], [data-listen-question], .visually-hidden, select');
                unseen.forEach(function (e) { e.dataset.display = e.style.display; e.style.display = 'none'; });
                var text = root.innerText;
                unseen.forEach(function (e) { e.style.display = e.dataset.display; });
                return text.replace(/\\s+/g, ' ').trim();
                """, root));
    }

    @Test
    void without_a_voice_the_listen_buttons_stay_hidden(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url(LESSON));
        browser.script("return document.readyState");

        assertThat(((Number) browser.script("return speechSynthesis.getVoices().length")).intValue())
                .as("headless Chromium has no voices").isZero();
        assertThat(listen(browser).isDisplayed()).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("[data-listen-question]")))
                .isNotEmpty().noneMatch(WebElement::isDisplayed);
    }

    @Test
    void enter_on_listen_reads_the_visible_text_of_the_page_one_sentence_at_a_time_in_order(Stack stack) {
        var browser = stack.browser();
        installStandIn(browser);
        browser.open(stack.url(LESSON));
        browser.waitUpTo(WAIT).until(driver -> listen(browser).isDisplayed());
        assertThat(browser.accessibilityViolations()).as("axe, with the Listen buttons shown").isEmpty();
        var expected = visibleText(browser, "main");

        listen(browser).sendKeys(Keys.ENTER);
        browser.waitUpTo(WAIT).until(driver -> action(listen(browser)).equals("Listen") && !spoken(browser).isEmpty());

        var spoken = spoken(browser);
        assertThat(String.join(" ", spoken)).isEqualTo(expected);
        assertThat(spoken.get(0)).isEqualTo(browser.driver().findElement(By.tagName("h1")).getText());
        assertThat(spoken).hasSizeGreaterThan(10).noneMatch(line -> line.matches(".*[a-z][.!?] +[A-Z].*"));
        assertThat(spoken).allMatch(line -> line.split(" ").length <= 30);
    }

    @SuppressWarnings("unchecked")
    @Test
    void pressing_listen_again_pauses_after_the_sentence_being_read_and_resume_goes_on_from_the_next(Stack stack) {
        var browser = stack.browser();
        installStandIn(browser);
        browser.open(stack.url(LESSON));
        browser.waitUpTo(WAIT).until(driver -> listen(browser).isDisplayed());
        browser.script("window.fakeSpeechMillis = 300");
        var all = visibleText(browser, "main");

        listen(browser).sendKeys(Keys.ENTER);
        browser.waitUpTo(WAIT).until(driver -> spoken(browser).size() >= 2);
        listen(browser).sendKeys(Keys.ENTER);
        assertThat(action(listen(browser))).isEqualTo("Resume");
        browser.waitUpTo(WAIT).until(driver -> Boolean.FALSE.equals(browser.script("return speechSynthesis.speaking")));
        var beforePause = spoken(browser);

        assertThat(String.join(" ", beforePause).length()).isLessThan(all.length());
        assertThat(browser.driver().findElement(By.cssSelector("[data-listen-stop]")).isDisplayed()).isTrue();

        listen(browser).sendKeys(Keys.ENTER);
        browser.waitUpTo(WAIT).until(driver -> spoken(browser).size() > beforePause.size());
        assertThat(all).startsWith(String.join(" ", spoken(browser).subList(0, beforePause.size() + 1)));
        browser.driver().findElement(By.cssSelector("[data-listen-stop]")).sendKeys(Keys.ENTER);
        assertThat(action(listen(browser))).isEqualTo("Listen");
        assertThat((List<String>) browser.script("return window.fakeSpeech.calls")).contains("cancel").doesNotContain("pause");
    }

    @Test
    void the_listen_buttons_say_the_words_their_page_gives_them_so_a_page_in_polish_gets_polish_buttons(Stack stack) {
        var browser = stack.browser();
        installStandIn(browser);
        browser.open(stack.url(LESSON));
        browser.waitUpTo(WAIT).until(driver -> listen(browser).isDisplayed());
        var polish = Messages.forSite(Stack.root(), Languages.forSite(Stack.root())).of("pl");
        // the words a page in Polish gives its buttons (no pupils' page is translated yet)
        browser.script("""
                var page = document.querySelector('[data-listen-page]');
                page.setAttribute('data-words-listen', arguments[0]);
                page.setAttribute('data-words-pause', arguments[1]);
                page.setAttribute('data-words-busy', arguments[2]);
                """, polish.get("listen.listen"), polish.get("listen.pause"), polish.get("listen.readingThisPage"));
        browser.script("window.fakeSpeechMillis = 2000");

        listen(browser).sendKeys(Keys.ENTER);

        browser.waitUpTo(WAIT).until(driver -> action(listen(browser)).equals(polish.get("listen.pause")));
        assertThat(listen(browser).getAccessibleName()).isEqualTo(polish.get("listen.pause") + " " + polish.get("listen.readingThisPage"));
        var question = browser.driver().findElements(By.cssSelector("[data-listen-question]")).get(1);
        assertThat(question.getAccessibleName()).isEqualTo("Listen to question 2");
    }

    @Test
    void a_question_s_listen_button_reads_that_question_and_its_options(Stack stack) {
        var browser = stack.browser();
        installStandIn(browser);
        browser.open(stack.url(LESSON));
        var question = browser.driver().findElements(By.cssSelector("fieldset.question")).get(1);
        var button = question.findElement(By.cssSelector("[data-listen-question]"));
        browser.waitUpTo(WAIT).until(driver -> button.isDisplayed());
        var legend = question.findElement(By.tagName("legend")).getText();
        var options = question.findElements(By.cssSelector(".choice__label")).stream().map(WebElement::getText).toList();

        button.sendKeys(Keys.ENTER);
        browser.waitUpTo(WAIT).until(driver -> action(button).equals("Listen") && !spoken(browser).isEmpty());

        var spoken = spoken(browser);
        assertThat(spoken.get(0)).isEqualTo(legend);
        assertThat(spoken).containsSubsequence(options);
        assertThat(String.join(" ", spoken)).isEqualTo(visibleText(browser, "#" + question.getDomAttribute("id")));
    }
}
