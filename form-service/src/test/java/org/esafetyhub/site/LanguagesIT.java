package org.esafetyhub.site;

import org.esafetyhub.language.Languages;
import org.esafetyhub.language.Messages;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A family reads the parents' pages in its own language, in the real browser, on the site the build baked (with the
 * shipped translations content/parents.pl.md and content/parents.ur.md). Every translated page also goes through
 * EveryPageIT's checks (W3C checker, axe, 320 px, no other host), which read every page the bake wrote.
 */
@ExtendWith(StackExtension.class)
class LanguagesIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Messages MESSAGES = Messages.forSite(Stack.root(), Languages.forSite(Stack.root()));

    private static String htmlLang(Stack stack) {
        return String.valueOf(stack.browser().script("return document.documentElement.lang"));
    }

    @Test
    void a_parent_switches_the_parents_home_to_polish_with_the_header_switcher_and_back_to_english(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url("/parents/"));
        assertThat(htmlLang(stack)).isEqualTo("en-GB");
        var polski = browser.driver().findElement(By.cssSelector("nav.languages a[lang=pl]"));
        assertThat(polski.getText()).isEqualTo("Polski");
        assertThat(browser.driver().findElement(By.cssSelector("nav.languages a[aria-current=page]")).getText()).isEqualTo("English");

        browser.clickAndWaitForNextPage(By.cssSelector("nav.languages a[lang=pl]"));

        assertThat(browser.driver().getCurrentUrl()).isEqualTo(stack.url("/pl/parents/").toString());
        assertThat(htmlLang(stack)).isEqualTo("pl");
        var polish = MESSAGES.of("pl");
        assertThat(browser.driver().findElement(By.cssSelector("a[data-quick-exit]")).getText()).startsWith(polish.get("header.quickExit"));
        assertThat(browser.driver().findElement(By.cssSelector("nav.site-nav a[aria-current]")).getText()).isEqualTo(polish.get("nav.parents"));
        // the header's way to report stays in Polish: the service's report path in the page's language
        assertThat(browser.driver().findElement(By.cssSelector("nav.site-nav a.site-nav__report")).getDomAttribute("href")).isEqualTo("/pl/report/");
        assertThat(browser.driver().findElement(By.cssSelector("#urgent-help-title")).getText()).isEqualTo(polish.get("footer.danger.title"));
        // nobody fluent has checked it yet: it says so at the top, in Polish, and links to the English page
        var note = browser.driver().findElement(By.cssSelector("main .translation-note a"));
        assertThat(note.getText()).isEqualTo(polish.get("translation.uncheckedLink"));
        assertThat(note.getDomAttribute("href")).isEqualTo("/parents/");
        assertThat(browser.driver().findElement(By.cssSelector("nav.languages a[aria-current=page]")).getText()).isEqualTo("Polski");

        // back with the keyboard: Tab to English in the switcher, Enter
        var keys = new Actions(browser.driver());
        for (int presses = 0; presses < 20 && !"English".equals(browser.driver().switchTo().activeElement().getText()); presses++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("lang")).isEqualTo("en-GB");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitUpTo(WAIT).until(driver -> driver.getCurrentUrl().equals(stack.url("/parents/").toString()));

        assertThat(htmlLang(stack)).isEqualTo("en-GB");
        assertThat(browser.driver().findElement(By.cssSelector("nav.site-nav a[aria-current]")).getText()).isEqualTo("Parents");
    }

    @Test
    void an_urdu_page_is_right_to_left_in_a_font_from_this_site_and_reflows_at_320_pixels(Stack stack) {
        var browser = stack.browser();
        var urdu = stack.url("/ur/parents/");

        assertThat(browser.pagesOverflowingAt320(List.of(urdu))).isEmpty();

        browser.open(urdu);
        assertThat(htmlLang(stack)).isEqualTo("ur");
        assertThat(browser.script("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(browser.script("return getComputedStyle(document.querySelector('main')).direction")).isEqualTo("rtl");
        var loaded = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(() => done(document.fonts.check('16px \"Noto Nastaliq Urdu\"', 'اردو')"
                + " && [...document.fonts].some(f => f.family.includes('Nastaliq') && f.status === 'loaded')))");
        assertThat(loaded).isEqualTo(true);
        assertThat(browser.requests()).anySatisfy(url -> assertThat(url).isEqualTo(stack.url("/fonts/noto-nastaliq-urdu-regular.woff2").toString()));
    }

    @Test
    void a_search_from_a_polish_page_finds_polish_pages(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url("/pl/parents/"));
        var box = browser.driver().findElement(By.id("site-search-q"));
        box.sendKeys("rodzicow", Keys.ENTER);
        browser.waitUpTo(WAIT).until(driver -> driver.findElement(By.id("search-status")).getText().contains("found for"));

        var results = browser.driver().findElements(By.cssSelector("#search-results a")).stream().map(a -> a.getDomAttribute("href")).toList();

        assertThat(results).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("/pl/"));
        assertThat(results).contains("/pl/parents/");
    }

    @Test
    void the_translated_guide_to_the_parents_agreement_leads_to_signing_it_in_its_own_language(Stack stack) {
        var browser = stack.browser();
        for (var code : List.of("pl", "ro", "ur", "ar", "bn")) {
            browser.open(stack.url("/" + code + "/parents/acceptable-it-use-agreement/"));

            assertThat(browser.driver().findElements(By.cssSelector("main a[href='/" + code + "/agreements/parents/sign']"))).as(code).hasSize(1);
        }
    }

    @Test
    void the_sitemap_lists_each_language_of_the_parents_home(Stack stack) throws Exception {
        var sitemap = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/sitemap.xml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var site = stack.trust().siteUrl().replaceAll("/+$", "");

        assertThat(sitemap).contains("<loc>" + site + "/pl/parents/</loc>", "<loc>" + site + "/ur/parents/</loc>",
                "<xhtml:link rel=\"alternate\" hreflang=\"ur\" href=\"" + site + "/ur/parents/\"/>",
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + site + "/parents/\"/>");
    }
}
