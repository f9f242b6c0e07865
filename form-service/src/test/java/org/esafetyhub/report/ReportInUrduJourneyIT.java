package org.esafetyhub.report;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.language.Languages;
import org.esafetyhub.language.Messages;
import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.esafetyhub.testing.StaffClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parent reports in Urdu with JavaScript off (issue 18): every page of the way is in Urdu, right to left, and valid,
 * accessible and reflowing at 320 px; staff read the report in English pages that say it was written in Urdu, and the
 * school's reply reaches the parent exactly as written, marked as English inside the Urdu page.
 */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class ReportInUrduJourneyIT {

    private static final String ACADEMY = "riverside-primary";
    private static final Map<String, String> URDU = Messages.loadPackaged(Languages.loadPackaged()).of("ur");
    private static final String DESCRIPTION = "میرے بیٹے کو ایک گروپ چیٹ میں روز برے پیغامات بھیجے جاتے ہیں۔";
    private static final String LOCATION = "WhatsApp گروپ";
    private static final String REPLY = "Thank you for telling us. Please keep screenshots of the chat, and tell us the group's name.";

    private Browser browser;

    private void type(String id, String text) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void choose(String id) {
        browser.driver().findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    private String html(String attribute) {
        return browser.driver().findElement(By.tagName("html")).getDomAttribute(attribute);
    }

    private String main() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    /** The page open now, as the browser has it (a form's answer, which no address shows again): W3C, axe, 320 px. */
    private void assertValidAccessibleAndReflowing(String page) throws Exception {
        assertThat(HtmlChecker.errors("<!DOCTYPE html>\n" + browser.driver().getPageSource())).as("HTML errors in %s", page).isEmpty();
        browser.withJavaScript(true, () -> assertThat(browser.accessibilityViolations()).as("axe on %s", page).isEmpty());
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.withJavaScript(true, () -> assertThat(((Number) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue())
                    .as("pixels %s overflows sideways at 320 px", page).isLessThanOrEqualTo(0));
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void assertInUrdu() {
        assertThat(html("lang")).isEqualTo("ur");
        assertThat(html("dir")).isEqualTo("rtl");
        assertThat(browser.driver().findElement(By.cssSelector("a.quick-exit")).getText()).contains(URDU.get("header.quickExit"));
    }

    @Test
    void a_parent_reports_in_urdu_without_javascript_gets_an_urdu_receipt_and_reads_the_schools_reply_as_written(Stack stack) throws Exception {
        browser = stack.browser();
        browser.javaScript(false);
        try {
            // the danger step, then on to the form
            browser.open(stack.url("/ur/report/"));
            assertInUrdu();
            assertThat(main()).contains(URDU.get("report.start.heading"));
            browser.clickAndWaitForNextPage(By.cssSelector("main a.button[href='/ur/report/form/']"));

            // the form sent once with a mistake (the danger question left out): the problem in Urdu, nothing typed lost
            assertInUrdu();
            choose("role-parent");
            new Select(browser.driver().findElement(By.id("academy"))).selectByValue(ACADEMY);
            choose("category-messages");
            choose("ongoing-yes");
            type("location", LOCATION);
            type("description", DESCRIPTION);
            browser.clickAndWaitForNextPage(By.cssSelector("form.report-form button[type=submit]"));
            assertInUrdu();
            assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText())
                    .contains(URDU.get("form.errorSummary"), URDU.get("report.error.danger"));
            assertThat(browser.driver().findElement(By.id("description")).getDomProperty("value")).isEqualTo(DESCRIPTION);
            assertThat(browser.driver().findElement(By.id("location")).getDomProperty("value")).isEqualTo(LOCATION);
            assertThat(browser.driver().findElement(By.id("role-parent")).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.id("category-messages")).isSelected()).isTrue();
            assertThat(browser.driver().findElement(By.cssSelector("form.report-form")).getDomAttribute("action")).isEqualTo("/ur/report/form/");
            assertValidAccessibleAndReflowing("the form with a problem");

            // sent again, right: an Urdu receipt with the reference and the code
            choose("danger-no");
            browser.clickAndWaitForNextPage(By.cssSelector("form.report-form button[type=submit]"));
            assertInUrdu();
            var reference = browser.driver().findElement(By.id("reference")).getText();
            var code = browser.driver().findElement(By.id("follow-up-code")).getText();
            assertThat(reference).matches("CB-[A-Z0-9]{4}-[A-Z0-9]{4}");
            assertThat(main()).contains(URDU.get("report.receipt.title"), URDU.get("report.receipt.codeTitle"));
            assertValidAccessibleAndReflowing("the receipt");

            // the DSL reads it in English, written in Urdu, and writes back
            var dsl = StaffClient.signedIn(stack, Role.DSL, ACADEMY);
            var casePage = Jsoup.parse(dsl.get("/staff/cases/" + reference).body());
            assertThat(casePage.selectFirst("#written-in").text()).isEqualTo("Urdu");
            assertThat(casePage.selectFirst("dl.case-facts").text()).contains("Written in Urdu");
            var description = casePage.select("p.reporter-text").stream().filter(p -> p.text().equals(DESCRIPTION)).findFirst().orElseThrow();
            assertThat(description.attr("lang")).isEqualTo("ur");
            assertThat(dsl.postWithCsrf("/staff/", "/staff/cases/" + reference + "/messages", Map.of("message", REPLY)).statusCode())
                    .isEqualTo(302);

            // the parent comes back with the code: the school's words as written, marked as English
            browser.open(stack.url("/ur/report/follow-up/"));
            assertInUrdu();
            type("reference", reference);
            type("code", code);
            browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
            assertInUrdu();
            var reply = browser.driver().findElement(By.cssSelector(".message--staff .message__body"));
            assertThat(reply.getText()).isEqualTo(REPLY);
            assertThat(reply.getDomAttribute("lang")).isEqualTo("en");
            assertThat(main()).contains(URDU.get("followUp.messages"));
            assertThat(browser.driver().findElement(By.cssSelector("form[enctype='multipart/form-data']")).getDomAttribute("action"))
                    .isEqualTo("/ur/report/follow-up/add");
            assertValidAccessibleAndReflowing("the follow-up page");
        } finally {
            browser.javaScript(true);
        }
    }

    @Test
    void the_service_pages_in_urdu_lead_to_the_urdu_parents_home_and_say_their_words_are_not_checked_yet(Stack stack) throws Exception {
        var http = HttpClient.newHttpClient();
        for (var path : List.of("/ur/report/", "/ur/report/form/", "/ur/agreements/parents/sign")) {
            var page = Jsoup.parse(http.send(HttpRequest.newBuilder(stack.url(path)).build(), HttpResponse.BodyHandlers.ofString()).body());
            var englishPath = path.substring("/ur".length());

            assertThat(page.selectFirst("nav.site-nav a:containsOwn(" + URDU.get("nav.parents") + ")").attr("href")).as(path).isEqualTo("/ur/parents/");
            assertThat(page.selectFirst("nav.site-nav a.site-nav__report").attr("href")).as(path).isEqualTo("/ur/report/");
            // the staff guide has no Urdu home: the English one
            assertThat(page.selectFirst("nav.site-nav a:containsOwn(" + URDU.get("nav.staff") + ")").attr("href")).as(path).isEqualTo("/staff-guide/");
            var note = page.selectFirst("main .translation-note a");
            assertThat(note).as("the unchecked note on %s", path).isNotNull();
            assertThat(note.text()).isEqualTo(URDU.get("translation.uncheckedLink"));
            assertThat(note.attr("href")).isEqualTo(englishPath);

            var english = Jsoup.parse(http.send(HttpRequest.newBuilder(stack.url(englishPath)).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(english.select("main .translation-note")).as(englishPath).isEmpty();
            assertThat(english.selectFirst("nav.site-nav a:containsOwn(Parents)").attr("href")).isEqualTo("/parents/");
        }
    }

    @Test
    void a_report_made_in_english_says_so_on_its_case(Stack stack) throws Exception {
        var reference = new ReportsForTests(stack).report(ACADEMY, "Unkind comments under a video");
        var dsl = StaffClient.signedIn(stack, Role.DSL, ACADEMY);

        assertThat(Jsoup.parse(dsl.get("/staff/cases/" + reference).body()).selectFirst("#written-in").text()).isEqualTo("English");
    }

    @Test
    void a_language_the_site_does_not_have_is_not_found(Stack stack) throws Exception {
        var http = HttpClient.newHttpClient();
        for (var path : List.of("/xx/report/", "/xx/report/form/", "/fr/report/follow-up/", "/xx/agreements/parents/sign")) {
            var response = http.send(HttpRequest.newBuilder(stack.url(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
        var posted = http.send(HttpRequest.newBuilder(stack.url("/xx/report/form/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("description=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isIn(404, 405);
    }
}
