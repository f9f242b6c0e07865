package org.esafetyhub.site;

import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor searches from the box in the header, with the keyboard, in the real browser; and without JavaScript. */
@ExtendWith(StackExtension.class)
class SearchIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String EVIDENCE = "/parents/keeping-evidence/";

    /** Tabs from the top of the home page to the header's search box, types the words and presses Enter; the results' addresses in order. */
    private static List<String> searchFromTheHeader(Stack stack, String words) {
        var browser = stack.browser();
        browser.open(stack.url("/"));
        var keys = new Actions(browser.driver());
        for (int presses = 0; presses < 20 && !"site-search-q".equals(browser.driver().switchTo().activeElement().getDomAttribute("id")); presses++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        keys.sendKeys(words).sendKeys(Keys.ENTER).perform();
        browser.waitUpTo(WAIT).until(driver -> status(browser).getText().contains("found for"));
        return browser.driver().findElements(By.cssSelector("#search-results a")).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    private static WebElement status(Browser browser) {
        return browser.driver().findElement(By.id("search-status"));
    }

    @Test
    void searching_screenshot_lists_keeping_evidence_first(Stack stack) {
        var results = searchFromTheHeader(stack, "screenshot");

        assertThat(stack.browser().driver().getCurrentUrl()).endsWith("/search/?q=screenshot");
        assertThat(results).first().isEqualTo(EVIDENCE);
    }

    @Test
    void searching_block_lists_blocking_and_reporting_first_because_its_title_matches(Stack stack) {
        assertThat(searchFromTheHeader(stack, "block")).first().isEqualTo("/parents/blocking-and-reporting/");
    }

    @Test
    void searching_ceop_lists_the_two_pages_about_ceop_first(Stack stack) {
        assertThat(searchFromTheHeader(stack, "CEOP").subList(0, 2))
                .containsExactlyInAnyOrder("/parents/police-and-ceop/", "/staff-guide/when-to-contact-ceop/");
    }

    @Test
    void searching_screnshot_still_finds_keeping_evidence(Stack stack) {
        var results = searchFromTheHeader(stack, "screnshot");

        assertThat(results.subList(0, Math.min(3, results.size()))).contains(EVIDENCE);
    }

    @Test
    void the_number_of_results_is_announced_politely_and_each_result_has_its_summary(Stack stack) {
        var results = searchFromTheHeader(stack, "block");
        var browser = stack.browser();

        assertThat(status(browser).getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(status(browser).getText()).isEqualTo(results.size() + " pages found for \u201cblock\u201d.");
        assertThat(browser.driver().findElements(By.cssSelector("#search-results li p"))).hasSize(results.size());
    }

    @Test
    void a_search_that_finds_nothing_says_so_and_offers_the_a_to_z_list_and_how_to_report(Stack stack) {
        var results = searchFromTheHeader(stack, "qwxzvj");
        var browser = stack.browser();

        assertThat(results).isEmpty();
        assertThat(status(browser).getText()).isEqualTo("No pages found for \u201cqwxzvj\u201d.");
        var help = browser.driver().findElement(By.id("search-none"));
        assertThat(help.isDisplayed()).isTrue();
        assertThat(help.findElements(By.tagName("a"))).extracting(a -> a.getDomAttribute("href")).contains("#a-to-z-title", "/report/");
    }

    @Test
    void without_javascript_the_search_page_lists_every_page_from_a_to_z(Stack stack) throws Exception {
        var browser = stack.browser();
        browser.javaScript(false);
        try {
            browser.open(stack.url("/search/?q=screenshot"));

            var links = browser.driver().findElements(By.cssSelector(".a-to-z a"));
            var titles = links.stream().map(WebElement::getText).toList();
            assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).contains("Glossary", "Keeping evidence of cyber-bullying");
            assertThat(links).extracting(a -> a.getDomAttribute("href")).containsExactlyInAnyOrderElementsOf(bakedPagesButHomeAndSearch(stack));
            assertThat(browser.driver().findElement(By.id("search-results")).isDisplayed()).isFalse();
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Searching needs JavaScript");
        } finally {
            browser.javaScript(true);
        }
    }

    /** The English pages: translations, under /pl/ and the like, are searched in their own language. */
    private static List<String> bakedPagesButHomeAndSearch(Stack stack) throws Exception {
        var translated = org.esafetyhub.language.Languages.forSite(Stack.root()).all().stream().skip(1)
                .map(language -> "/" + language.code() + "/").toList();
        try (var files = Files.walk(stack.site())) {
            return files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .map(f -> "/" + stack.site().relativize(f.getParent()).toString().replace('\\', '/') + "/")
                    .filter(url -> !url.equals("//") && !url.equals("/search/"))
                    .filter(url -> translated.stream().noneMatch(url::startsWith))
                    .toList();
        }
    }
}
