package org.esafetyhub.cases;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.esafetyhub.report.ReportsForTests;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Support and fair treatment on a case (policy 8 and 10): the support plan, the people involved, sanctions and the finding. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class CaseSupportIT {

    private static final String RIVERSIDE = "riverside-primary";
    private static final String MEADOWBANK = "meadowbank-academy";
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static HttpResponseBody post(StaffClient staff, String reference, String form, Map<String, String> fields) throws Exception {
        var response = staff.postWithCsrf("/staff/", "/staff/cases/" + reference + "/" + form, fields);
        return new HttpResponseBody(response.statusCode(), response.body());
    }

    private record HttpResponseBody(int status, String body) {
    }

    private static String summaryOf(StaffClient staff, String reference) throws Exception {
        var zip = staff.getBytes("/staff/cases/" + reference + "/bundle");
        assertThat(zip.statusCode()).isEqualTo(200);
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("summary.html")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("the bundle has no summary.html");
    }

    /** A triaged case of the academy with one pupil accused; gives the case reference and the person's id. */
    private static String[] caseWithAccusedPupil(Stack stack, StaffClient dsl, String academy) throws Exception {
        var reference = new ReportsForTests(stack).report(academy, "Nasty comments under a video");
        assertThat(post(dsl, reference, "triage", Map.of("sections", "4")).status()).isEqualTo(302);
        assertThat(post(dsl, reference, "people", Map.of("person-name", "K.L.", "person-role", "ALLEGED_PERPETRATOR")).status()).isEqualTo(302);
        var id = Jsoup.parse(dsl.get("/staff/cases/" + reference).body()).selectFirst("li.person").id().substring("person-".length());
        return new String[] {reference, id};
    }

    private static void submit(Stack stack, By button) {
        stack.browser().clickAndWaitForNextPage(button);
    }

    private static void type(Stack stack, String id, String text) {
        stack.browser().driver().findElement(By.id(id)).sendKeys(text);
    }

    private static void choose(Stack stack, String id, String value) {
        new Select(stack.browser().driver().findElement(By.id(id))).selectByValue(value);
    }

    @Test
    void a_dsl_records_support_and_an_alleged_perpetrator_with_a_sanction_and_the_summary_says_alleged_until_the_finding_is_upheld(
            Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var reference = new ReportsForTests(stack).report(RIVERSIDE, "Unkind messages in a group chat");
        dsl.signInWithBrowser(stack);
        var driver = stack.browser().driver();
        stack.browser().open(stack.url("/staff/cases/" + reference));

        driver.findElement(By.cssSelector("label[for='sections-4']")).click();
        submit(stack, By.id("triage-button"));
        type(stack, "note-8-1-a", "Talked with her at break; she knows it is not her fault");
        submit(stack, By.id("done-8-1-a"));
        type(stack, "note-8-1-h", "Nothing was posted publicly");
        submit(stack, By.id("not-applicable-8-1-h"));
        type(stack, "person-name", "J.B.");
        choose(stack, "person-role", "ALLEGED_PERPETRATOR");
        type(stack, "person-class", "Year 6");
        submit(stack, By.id("person-button"));
        var person = driver.findElement(By.cssSelector("li.person")).getAttribute("id").substring("person-".length());
        choose(stack, "measure-kind-" + person, "SANCTION");
        choose(stack, "measure-intention-" + person, "ACCOUNT");
        type(stack, "measure-note-" + person, "Lunchtime detention and a letter home");
        submit(stack, By.id("measure-button-" + person));

        var main = driver.findElement(By.tagName("main")).getText();
        assertThat(driver.findElement(By.id("action-8-1-a")).getText()).contains("Done by Test DSL", "not her fault");
        assertThat(driver.findElement(By.id("action-8-1-h")).getText()).contains("Not applicable by Test DSL", "Reason: Nothing was posted publicly");
        assertThat(driver.findElement(By.id("action-8-1-c")).getText()).contains("Open");
        assertThat(driver.findElement(By.id("person-" + person)).getText())
                .contains("J.B., Year 6", "Alleged perpetrator", "Sanction", "Hold the pupil to account", "Lunchtime detention");
        assertThat(main).contains("It is recorded for the pupil.");
        assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(driver).getViolations()).isEmpty();
        assertThat(HtmlChecker.errors(dsl.get("/staff/cases/" + reference).body())).isEmpty();

        var alleged = summaryOf(dsl, reference);
        assertThat(Jsoup.parse(alleged).text()).contains("J.B.", "Alleged perpetrator", "Sanction (aim: Hold the pupil to account for the harm)",
                "8.1.a Emotional support and reassurance", "Not applicable", "Nothing was posted publicly", "No finding recorded.");
        assertThat(HtmlChecker.errors(alleged)).isEmpty();

        choose(stack, "finding", "UPHELD");
        type(stack, "finding-note", "He admitted sending the messages");
        submit(stack, By.id("finding-button"));

        assertThat(driver.findElement(By.id("person-" + person)).getText()).contains("Perpetrator (finding upheld)").doesNotContainIgnoringCase("alleged");
        assertThat(driver.findElement(By.id("people-title")).findElement(By.xpath("following-sibling::p")).getText()).doesNotContainIgnoringCase("alleged");
        assertThat(driver.findElement(By.id("finding-recorded")).getText()).contains("Upheld", "recorded by Test DSL");
        var upheld = summaryOf(dsl, reference);
        assertThat(Jsoup.parse(upheld).text()).contains("Perpetrator (finding upheld)", "He admitted sending the messages")
                .doesNotContainIgnoringCase("alleged");
        assertThat(dsl.get("/staff/audit").body()).contains("person added: alleged perpetrator", "finding: upheld", "sanction recorded for person " + person);
    }

    @Test
    void people_involved_of_another_academys_case_are_404_for_its_dsl_and_principal_and_the_officer_changes_none(Stack stack)
            throws Exception {
        var meadowbankDsl = StaffClient.signedIn(stack, Role.DSL, MEADOWBANK);
        var meadowbank = caseWithAccusedPupil(stack, meadowbankDsl, MEADOWBANK);
        var riversideDsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var riverside = new ReportsForTests(stack).report(RIVERSIDE, "Our own case");
        var officer = StaffClient.signedIn(stack, Role.OFFICER, null);
        var measure = Map.of("measure-kind-" + meadowbank[1], "RESTORATIVE", "measure-intention-" + meadowbank[1], "SAFETY",
                "measure-note-" + meadowbank[1], "Restorative meeting");
        var forms = Map.of(
                "people", Map.of("person-name", "X", "person-role", "WITNESS"),
                "finding", Map.of("finding", "NOT_UPHELD", "finding-note", "No evidence"),
                "people/" + meadowbank[1] + "/measures", measure,
                "actions/8.1.a", Map.of("state", "DONE"));

        for (var outsider : List.of(riversideDsl, StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE))) {
            assertThat(outsider.get("/staff/cases/" + meadowbank[0]).statusCode()).isEqualTo(404);
            for (var form : forms.entrySet()) {
                assertThat(post(outsider, meadowbank[0], form.getKey(), form.getValue()).status()).as(form.getKey()).isEqualTo(404);
            }
            // the other academy's person, asked for through a case the outsider may change
            assertThat(post(outsider, riverside, "people/" + meadowbank[1] + "/measures", measure).status()).isEqualTo(404);
        }
        for (var form : forms.entrySet()) {
            assertThat(post(officer, meadowbank[0], form.getKey(), form.getValue()).status()).as(form.getKey()).isEqualTo(403);
        }
        var officerPage = officer.get("/staff/cases/" + meadowbank[0]).body();
        var own = Jsoup.parse(meadowbankDsl.get("/staff/cases/" + meadowbank[0]).body());

        assertThat(Jsoup.parse(officerPage).select("#person-" + meadowbank[1]).text()).contains("K.L.", "Alleged perpetrator");
        assertThat(Jsoup.parse(officerPage).select("main form[action^=/staff/cases/]")).isEmpty();
        assertThat(HtmlChecker.errors(officerPage)).isEmpty();
        assertThat(own.select("li.person")).hasSize(1);
        assertThat(own.select(".measures")).isEmpty();
        assertThat(own.select("#finding-recorded").text()).isEqualTo("No finding yet.");
        assertThat(own.select("#action-8-1-a").text()).contains("Open");
    }

    @Test
    void a_person_without_a_name_or_part_is_refused_and_the_form_keeps_what_was_typed(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE);
        var reference = caseWithAccusedPupil(stack, dsl, RIVERSIDE);

        var refused = post(dsl, reference[0], "people", Map.of("person-name", " ", "person-role", "VILLAIN", "person-class", "7B"));
        var sanction = post(dsl, reference[0], "people/" + reference[1] + "/measures", Map.of("measure-note-" + reference[1], "Something"));
        var page = Jsoup.parse(refused.body());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(page.select(".error-summary a[href=#person-name]").text()).contains("Give the person's name or initials");
        assertThat(page.select("#person-role-error").text()).contains("Choose the person's part");
        assertThat(page.select("#person-class").attr("value")).isEqualTo("7B");
        assertThat(HtmlChecker.errors(refused.body())).isEmpty();
        assertThat(sanction.status()).isEqualTo(422);
        assertThat(Jsoup.parse(sanction.body()).select("[id=measure-intention-" + reference[1] + "-error]").text())
                .contains("Choose which aim of policy 10.2");
        assertThat(Jsoup.parse(sanction.body()).select("[id=measure-note-" + reference[1] + "]").text()).isEqualTo("Something");
    }

    @Test
    void a_case_closes_while_support_items_are_still_open_and_its_summary_shows_them_open(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var reference = caseWithAccusedPupil(stack, dsl, RIVERSIDE)[0];
        for (int i = 1; i <= 9; i++) {
            assertThat(post(dsl, reference, "actions/4." + i, Map.of("state", "DONE")).status()).isEqualTo(302);
        }

        var closed = post(dsl, reference, "close", Map.of("outcome", "SANCTIONS", "outcome-note", "Sanctions applied"));
        var summary = Jsoup.parse(summaryOf(dsl, reference)).text();

        assertThat(closed.status()).isEqualTo(302);
        assertThat(summary).contains("8.1.c Liaise with parents or carers Still open", "Alleged perpetrator");
        assertThat(post(dsl, reference, "people", Map.of("person-name", "Late", "person-role", "WITNESS")).status()).isEqualTo(422);
    }
}
