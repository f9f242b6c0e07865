package org.esafetyhub.site;

import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificate, in the real browser: it appears once this device keeps every lesson of an age band as done
 * (the three 7–11 quizzes taken after choosing to save), is linked from the Learn page, takes a name that is never
 * sent or kept, and prints on one A4 page. Without progress, or without JavaScript, the page says how to get it.
 */
@ExtendWith(StackExtension.class)
class CertificateIT {

    private static final String CERTIFICATE = "/pupils/certificate/";
    private static final List<String> AGES_7_TO_11 = List.of("what-is-cyberbullying", "jokes-that-hurt", "getting-help");
    private static final String NAME = "Zainab Test-Pupil 4417";
    private static final Pattern PAGE_COUNT = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)");

    private static WebElement find(Browser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private static void assertOnlyTheWayToGetItShows(Browser browser) {
        assertThat(find(browser, "[data-certificate-help]").isDisplayed()).isTrue();
        assertThat(find(browser, "[data-certificate-help]").getText()).contains("Save my progress on this device");
        assertThat(find(browser, "[data-certificate-maker]").isDisplayed()).isFalse();
        assertThat(browser.driver().findElements(By.cssSelector("[data-certificate]"))).hasSize(3).noneMatch(WebElement::isDisplayed);
    }

    @Test
    void without_progress_or_without_javascript_the_page_explains_how_to_get_a_certificate(Stack stack) {
        var browser = stack.browser();
        ProgressIT.clearDevice(stack);
        browser.open(stack.url(CERTIFICATE));
        assertOnlyTheWayToGetItShows(browser);

        ProgressIT.chooseToSave(stack);
        browser.open(stack.url("/lessons/" + AGES_7_TO_11.get(0) + "/"));
        QuizTaking.answer(browser, AGES_7_TO_11.get(0), true, "after");
        browser.open(stack.url(CERTIFICATE));
        assertOnlyTheWayToGetItShows(browser);

        browser.withJavaScript(false, () -> {
            browser.open(stack.url(CERTIFICATE));
            assertOnlyTheWayToGetItShows(browser);
        });
    }

    @Test
    void every_7_to_11_lesson_done_on_this_device_brings_the_certificate_whose_typed_name_is_never_sent(Stack stack) {
        var browser = stack.browser();
        ProgressIT.clearDevice(stack);
        ProgressIT.chooseToSave(stack);
        for (var lesson : AGES_7_TO_11) {
            browser.open(stack.url("/lessons/" + lesson + "/"));
            QuizTaking.answer(browser, lesson, true, "after");
        }
        browser.open(stack.url(ProgressIT.LEARN));
        var links = browser.driver().findElements(By.cssSelector("[data-certificate-link]"));
        assertThat(links).extracting(WebElement::isDisplayed).containsExactly(true, false, false);

        browser.clickAndWaitForNextPage(By.cssSelector("[data-certificate-link] a"));
        assertThat(find(browser, "#certificate-7-11").isDisplayed()).isTrue();
        assertThat(find(browser, "#certificate-11-14").isDisplayed()).isFalse();
        assertThat(find(browser, "[data-certificate-help]").isDisplayed()).isFalse();
        assertThat(find(browser, "[data-certificate-bands]").isDisplayed()).as("one band done: no choice to make").isFalse();
        assertThat(find(browser, "#certificate-7-11").getText()).contains("I have finished the eSafety lessons for ages 7 to 11.");
        assertThat(browser.accessibilityViolations()).as("axe, with the certificate shown").isEmpty();
        browser.requests();

        var name = find(browser, "#certificate-name");
        name.sendKeys(NAME);
        name.sendKeys(Keys.ENTER);

        assertThat(find(browser, "#certificate-7-11 [data-certificate-name]").getText()).isEqualTo(NAME);
        assertThat(browser.driver().findElements(By.cssSelector("form"))).noneMatch(form ->
                form.findElements(By.id("certificate-name")).size() > 0);
        assertThat(browser.requests()).as("requests after typing the name").isEmpty();
        assertThat(ProgressIT.storedKeys(browser)).containsExactly(ProgressIT.KEY);
        assertThat((String) browser.script("return localStorage.getItem(arguments[0])", ProgressIT.KEY)).doesNotContain("Zainab");

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertThat(find(browser, "#certificate-7-11").isDisplayed()).as("the certificate prints").isTrue();
            assertThat(List.of(".site-header", ".site-footer", "h1", "[data-certificate-maker]", ".reviewed"))
                    .as("what does not print").noneMatch(css -> find(browser, css).isDisplayed());
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
        var options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        var pdf = new String(Base64.getDecoder().decode(browser.driver().print(options).getContent()), StandardCharsets.ISO_8859_1);
        var pages = PAGE_COUNT.matcher(pdf);
        assertThat(pages.find()).as("the PDF has a page tree").isTrue();
        assertThat(Integer.parseInt(pages.group(1))).as("printed pages").isEqualTo(1);
    }
}
