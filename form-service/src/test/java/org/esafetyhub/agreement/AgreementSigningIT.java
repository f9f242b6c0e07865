package org.esafetyhub.agreement;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.language.Languages;
import org.esafetyhub.language.Messages;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parents and carers sign the Acceptable IT Use Agreement with a class code, with JavaScript off in the real browser,
 * and the class's staff see who signed; bad input and unknown class codes are answered at the field.
 */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class AgreementSigningIT {

    private static final String RIVERSIDE = "riverside-primary";

    private static void scriptOff(Browser browser, boolean off) {
        browser.javaScript(!off);
    }

    private static void assertValidAndAccessible(Browser browser) throws Exception {
        assertThat(HtmlChecker.errors("<!DOCTYPE html>\n" + browser.driver().getPageSource())).isEmpty();
        scriptOff(browser, false);
        try {
            assertThat(browser.accessibilityViolations()).isEmpty();
        } finally {
            scriptOff(browser, true);
        }
    }

    @Test
    void a_parent_signs_with_a_class_code_with_javascript_off_and_appears_as_signed_for_that_class(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var code = AgreementsForTests.classCode(teacher, "Year 4 Oak");
        var browser = stack.browser();
        scriptOff(browser, true);
        try {
            browser.open(stack.url("/agreements/parents/"));
            var version = browser.driver().findElement(By.cssSelector("[data-agreement-version]")).getText();
            browser.driver().findElement(By.linkText("Sign online")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url("/agreements/parents/sign").toString()));
            assertThat(browser.driver().findElement(By.tagName("main")).getText())
                    .contains(version, "What we keep, why, and for how long", "2 years from the day you sign", "your internet address");
            assertValidAndAccessible(browser);

            browser.driver().findElement(By.id("classCode")).sendKeys(code.toLowerCase());
            browser.driver().findElement(By.id("childName")).sendKeys("Ada Lovelace");
            browser.driver().findElement(By.id("signerName")).sendKeys("Annabella Milbanke");
            browser.driver().findElement(By.cssSelector("label[for='relationship-parent']")).click();
            browser.driver().findElement(By.id("typedSignature")).sendKeys("Annabella Milbanke");
            browser.driver().findElement(By.cssSelector("label[for='agree-yes']")).click();
            browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Thank you"));
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Ada Lovelace", "Year 4 Oak", version);
            assertValidAndAccessible(browser);
        } finally {
            scriptOff(browser, false);
        }

        var sheet = Jsoup.parse(teacher.get("/staff/agreements/classes/" + code).body());
        assertThat(sheet.select(".signature-sheet tbody tr").text())
                .contains("Ada Lovelace", "Annabella Milbanke (parent)", "Signed the current version", "Online");
        assertThat(Jsoup.parse(teacher.get("/staff/agreements").body()).select(".signature-classes tbody tr").text())
                .contains("Year 4 Oak " + code + " 1 0");
    }

    @Test
    void a_form_with_problems_comes_back_with_everything_typed_an_error_summary_and_a_message_at_each_field(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var code = AgreementsForTests.classCode(teacher, "5M");

        var response = AgreementsForTests.sign(stack::url, AgreementsForTests.signing(code, "Grace <Hopper>",
                Map.of("typedSignature", "", "agree", "", "signerName", "x".repeat(101))));

        assertThat(response.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(response.body());
        assertThat(page.select(".error-summary li").eachText()).containsExactly(
                "Use 100 characters or fewer (you typed 101)", "Type your name as your signature",
                "Tick the box to say you have read the agreement and agree to it");
        assertThat(page.selectFirst("#childName").attr("value")).isEqualTo("Grace <Hopper>");
        assertThat(page.selectFirst("#classCode").attr("value")).isEqualTo(code);
        assertThat(page.selectFirst("#relationship-parent").hasAttr("checked")).isTrue();
        assertThat(page.select("#typedSignature-error").text()).contains("Type your name as your signature");
        assertThat(HtmlChecker.errors(response.body())).isEmpty();
        assertThat(Jsoup.parse(teacher.get("/staff/agreements/classes/" + code).body()).text()).contains("No parent or carer has signed");
    }

    @Test
    void a_parent_signs_in_urdu_and_is_answered_in_urdu_from_the_first_problem_to_the_thanks(Stack stack) throws Exception {
        var urdu = Messages.loadPackaged(Languages.loadPackaged()).of("ur");
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var code = AgreementsForTests.classCode(teacher, "4U");
        var path = "/ur/agreements/parents/sign";

        var form = Jsoup.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        var unknown = AgreementsForTests.sign(stack::url, path, AgreementsForTests.signing("ZZ-9999", "Noor", Map.of("agree", "")));
        var signed = AgreementsForTests.sign(stack::url, path, AgreementsForTests.signing(code, "Noor", Map.of()));

        assertThat(form.selectFirst("html").attr("lang")).isEqualTo("ur");
        assertThat(form.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(form.selectFirst("main form").attr("action")).isEqualTo(path);
        assertThat(form.select("main h1").text()).isEqualTo(urdu.get("agreement.sign.title"));
        assertThat(form.select("#privacy + ul").text()).doesNotContain("years");
        assertThat(unknown.statusCode()).isEqualTo(422);
        var problems = Jsoup.parse(unknown.body());
        assertThat(problems.select("#classCode-error").text()).contains(urdu.get("agreement.error.classCodeUnknown").replace("{0}", "ZZ-9999"));
        assertThat(problems.select("#agree-error").text()).contains(urdu.get("agreement.error.agree"));
        assertThat(problems.selectFirst("#childName").attr("value")).isEqualTo("Noor");
        assertThat(HtmlChecker.errors(unknown.body())).isEmpty();
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(signed.body()).select("main h1").text()).isEqualTo(urdu.get("agreement.signed.title"));
        assertThat(Jsoup.parse(signed.body()).selectFirst("html").attr("lang")).isEqualTo("ur");
        assertThat(HtmlChecker.errors(signed.body())).isEmpty();
        assertThat(Jsoup.parse(teacher.get("/staff/agreements/classes/" + code).body()).select(".signature-sheet tbody tr").text())
                .contains("Noor", "Online");
    }

    @Test
    void an_unknown_class_code_is_refused_at_its_field_and_nothing_is_stored(Stack stack) throws Exception {
        var response = AgreementsForTests.sign(stack::url, AgreementsForTests.signing("ZZ-9999", "Alan Turing", Map.of()));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(response.body()).select("#classCode-error").text())
                .contains("We do not know the class code ZZ-9999", "Check it with your child's teacher");
        assertThat(Jsoup.parse(response.body()).selectFirst("#childName").attr("value")).isEqualTo("Alan Turing");
    }

    @Test
    void another_academys_staff_and_the_administrator_get_404_for_a_class_its_csv_a_signature_and_the_paper_form(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var code = AgreementsForTests.classCode(teacher, "6R");
        AgreementsForTests.sign(stack::url, AgreementsForTests.signing(code, "Katherine Johnson", Map.of()));
        var id = Jsoup.parse(teacher.get("/staff/agreements/classes/" + code).body()).selectFirst(".signature-sheet tbody a")
                .attr("href").replace("/staff/agreements/signatures/", "");
        var paths = List.of("/staff/agreements/classes/" + code, "/staff/agreements/classes/" + code + "/signatures.csv",
                "/staff/agreements/signatures/" + id, "/staff/agreements/classes/" + code + "/paper");

        for (var outsider : List.of(StaffClient.signedIn(stack, Role.DSL, "meadowbank-academy"),
                StaffClient.signedIn(stack, Role.TEACHER, "meadowbank-academy"), StaffClient.signedIn(stack, Role.ADMIN, null))) {
            for (var path : paths) {
                assertThat(outsider.get(path).statusCode()).as("%s for %s", path, outsider.email).isEqualTo(404);
            }
            assertThat(outsider.get("/staff/agreements").body()).doesNotContain(code);
        }
        var officer = StaffClient.signedIn(stack, Role.OFFICER, null);
        assertThat(officer.get("/staff/agreements").body()).contains(code, "Riverside Primary Academy");
        assertThat(officer.get("/staff/agreements/signatures/" + id).body()).contains("Katherine Johnson");
        assertThat(officer.get("/staff/agreements/classes/" + code + "/paper").statusCode()).isEqualTo(404);
        var principal = StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE);
        for (var path : paths) {
            assertThat(principal.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void a_paper_signature_is_recorded_with_its_printed_version_and_the_csv_guards_formulas(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var code = AgreementsForTests.classCode(dsl, "3P");
        var paper = "/staff/agreements/classes/" + code + "/paper";
        var current = Jsoup.parse(dsl.get(paper).body()).selectFirst("#version").attr("value");

        var withoutToken = dsl.postForm(paper, Map.of("childName", "Mary", "signerName", "Bob", "relationship", "carer", "version", current));
        var wrongVersion = dsl.postWithCsrf(paper, paper, Map.of("childName", "Mary", "signerName", "Bob", "relationship", "carer",
                "version", "not a version"));
        var recorded = dsl.postWithCsrf(paper, paper, Map.of("childName", "=HYPERLINK(\"http://x\")", "signerName", "Bob Carer",
                "relationship", "carer", "version", "0123456789ab"));
        var csv = dsl.get("/staff/agreements/classes/" + code + "/signatures.csv");

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(wrongVersion.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(wrongVersion.body()).select("#version-error").text()).contains("Type the version printed on the paper");
        assertThat(Jsoup.parse(wrongVersion.body()).selectFirst("#childName").attr("value")).isEqualTo("Mary");
        assertThat(recorded.statusCode()).isEqualTo(302);
        var sheet = Jsoup.parse(dsl.get(recorded.headers().firstValue("Location").orElseThrow()).body());
        assertThat(sheet.select(".notice[role=status]").text()).contains("The paper signature was recorded");
        assertThat(sheet.select(".signature-sheet tbody tr").text()).contains("Bob Carer (carer)", "Signed an older version", "On paper");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"agreement-signatures-" + code + ".csv\"");
        assertThat(csv.body()).startsWith("child,class,class code,signed by,relationship,version,status")
                .contains("\"'=HYPERLINK(\"\"http://x\"\")\",3P," + code + ",Bob Carer,carer,0123456789ab,signed an older version");
        assertThat(dsl.get("/staff/audit").body()).contains("agreement.paper-signature-recorded");
    }

    @Test
    void the_staff_agreement_pages_are_valid_html_pass_axe_and_reflow_at_320_pixels(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var code = AgreementsForTests.classCode(teacher, "2W");
        AgreementsForTests.sign(stack::url, AgreementsForTests.signing(code, "Dorothy Vaughan", Map.of()));
        var id = Jsoup.parse(teacher.get("/staff/agreements/classes/" + code).body()).selectFirst(".signature-sheet tbody a").attr("href");
        var pages = List.of("/staff/agreements", "/staff/agreements/classes/" + code, id, "/staff/agreements/classes/" + code + "/paper",
                "/staff/agreement");
        teacher.assertPagesValidAndAccessible(stack, pages);
    }
}
