package org.esafetyhub.cases;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.FollowUps;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.report.ReportsForTests;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Case work over real HTTP: triage, the checklist, closing, messages, notes and assignment, with roles and academies. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class CaseWorkIT {

    private static final String RIVERSIDE = "riverside-primary";
    private static final String MEADOWBANK = "meadowbank-academy";

    /** Every form that changes a case, with a valid body. */
    private static final Map<String, Map<String, String>> FORMS = Map.of(
            "triage", Map.of("sections", "4"),
            "actions/4.1", Map.of("state", "DONE", "note-4-1", "Told the pupil not to reply"),
            "close", Map.of("outcome", "RESOLVED", "outcome-note", "Sorted out with both families"),
            "messages", Map.of("message", "Thank you for telling us"),
            "notes", Map.of("internal-note", "Spoke to the class teacher"),
            "assign", Map.of("assignee", "nobody"));

    private static HttpResponse<String> post(StaffClient staff, String reference, String form, Map<String, String> fields) throws Exception {
        return staff.postWithCsrf("/staff/", "/staff/cases/" + reference + "/" + form, fields);
    }

    private static String triaged(Stack stack, StaffClient dsl, String academy, String... sections) throws Exception {
        var reference = new ReportsForTests(stack).report(academy, "Unkind messages in a group chat");
        for (var section : sections) {
            assertThat(post(dsl, reference, "triage", Map.of("sections", section)).statusCode()).isEqualTo(302);
        }
        return reference;
    }

    @Test
    void every_new_post_without_its_csrf_token_is_refused_and_changes_nothing(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var reference = new ReportsForTests(stack).report(RIVERSIDE, "No token");

        for (var form : FORMS.entrySet()) {
            assertThat(dsl.postForm("/staff/cases/" + reference + "/" + form.getKey(), form.getValue()).statusCode())
                    .as(form.getKey()).isEqualTo(403);
        }
        var page = dsl.get("/staff/cases/" + reference).body();
        assertThat(Jsoup.parse(page).select("#case-status").text()).isEqualTo("New");
        assertThat(page).doesNotContain("Policy checklist", "Thank you for telling us", "Spoke to the class teacher");
    }

    @Test
    void every_role_gets_404_on_every_case_route_for_another_academys_case(Stack stack) throws Exception {
        var meadowbankDsl = StaffClient.signedIn(stack, Role.DSL, MEADOWBANK);
        var meadowbankCase = triaged(stack, meadowbankDsl, MEADOWBANK, "4");
        var outsiders = List.of(StaffClient.signedIn(stack, Role.DSL, RIVERSIDE), StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE),
                StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE), StaffClient.signedIn(stack, Role.TEACHER, MEADOWBANK),
                StaffClient.signedIn(stack, Role.ADMIN, null));

        for (var outsider : outsiders) {
            assertThat(outsider.get("/staff/cases/" + meadowbankCase).statusCode()).isEqualTo(404);
            for (var form : FORMS.entrySet()) {
                assertThat(post(outsider, meadowbankCase, form.getKey(), form.getValue()).statusCode())
                        .as(outsider.email + " " + form.getKey()).isEqualTo(404);
            }
        }
        var page = meadowbankDsl.get("/staff/cases/" + meadowbankCase).body();
        assertThat(page).contains("Triaged").doesNotContain("Thank you for telling us", "Spoke to the class teacher", "Done</strong> by");
    }

    @Test
    void the_officer_reads_every_academys_case_but_changes_none(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, MEADOWBANK);
        var reference = triaged(stack, dsl, MEADOWBANK, "5");
        var officer = StaffClient.signedIn(stack, Role.OFFICER, null);

        var page = officer.get("/staff/cases/" + reference);
        for (var form : FORMS.entrySet()) {
            assertThat(post(officer, reference, form.getKey(), form.getValue()).statusCode()).as(form.getKey()).isEqualTo(403);
        }

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select("main form[action^=/staff/cases/]")).isEmpty();
        assertThat(page.body()).contains("5.1 Shield pupils from further exposure");
        assertThat(HtmlChecker.errors(page.body())).isEmpty();
        assertThat(dsl.get("/staff/cases/" + reference).body()).contains("Triaged").doesNotContain("Thank you for telling us");
    }

    @Test
    void not_applicable_without_a_reason_is_refused_with_a_field_error(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var reference = triaged(stack, dsl, RIVERSIDE, "4");

        var refused = post(dsl, reference, "actions/4.7", Map.of("state", "NOT_APPLICABLE", "note-4-7", "  "));
        var page = Jsoup.parse(refused.body());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(page.select(".error-summary a[href=#note-4-7]").text()).contains("Give the reason action 4.7 does not apply");
        assertThat(page.select("#note-4-7-error").text()).contains("Give the reason action 4.7 does not apply");
        assertThat(page.select("#note-4-7").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#action-4-7 .checklist__state").text()).isEqualTo("Open");
        assertThat(HtmlChecker.errors(refused.body())).isEmpty();

        var accepted = post(dsl, reference, "actions/4.7", Map.of("state", "NOT_APPLICABLE", "note-4-7", "No e-mail was involved"));
        var after = Jsoup.parse(dsl.get("/staff/cases/" + reference).body());
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(after.select("#action-4-7").text()).contains("Not applicable by Test DSL", "Reason: No e-mail was involved");
        assertThat(post(dsl, reference, "actions/4.7", Map.of("state", "DONE")).statusCode()).isEqualTo(422);
    }

    @Test
    void a_case_closes_only_once_every_action_is_recorded_and_then_refuses_changes(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE);
        var reference = triaged(stack, dsl, RIVERSIDE, "5");
        var close = Map.of("outcome", "POLICE", "outcome-note", "Passed to the police with the evidence");

        var refused = post(dsl, reference, "close", close);
        for (int i = 1; i <= 8; i++) {
            post(dsl, reference, "actions/5." + i, Map.of("state", "DONE", "note-5-" + i, "done " + i));
        }
        var closed = post(dsl, reference, "close", close);
        var page = dsl.get("/staff/cases/" + reference).body();
        var late = post(dsl, reference, "triage", Map.of("sections", "4"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).select(".error-summary li")).hasSize(8)
                .first().satisfies(li -> assertThat(li.text()).contains("Action 5.1, Shield pupils from further exposure, is still open"));
        assertThat(Jsoup.parse(refused.body()).select("#outcome-note").text()).isEqualTo("Passed to the police with the evidence");
        assertThat(HtmlChecker.errors(refused.body())).isEmpty();
        assertThat(closed.statusCode()).isEqualTo(302);
        assertThat(page).contains("Closed", "Passed to the police", "Nothing: the case is closed");
        assertThat(HtmlChecker.errors(page)).isEmpty();
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("This case is closed");
    }

    @Test
    void a_case_is_assigned_only_to_the_dsl_or_principal_of_its_academy(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        var otherDsl = StaffClient.signedIn(stack, Role.DSL, MEADOWBANK);
        var reference = new ReportsForTests(stack).report(RIVERSIDE, "Assign me");
        var options = Jsoup.parse(dsl.get("/staff/cases/" + reference).body()).select("#assignee option");
        var own = options.stream().filter(o -> o.text().startsWith("Test DSL")).findFirst().orElseThrow().attr("value");

        assertThat(options.eachText()).noneMatch(text -> text.contains("Teacher"));
        for (var stranger : List.of(idOf(stack, teacher), idOf(stack, otherDsl), "nobody")) {
            var refused = post(dsl, reference, "assign", Map.of("assignee", stranger));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(Jsoup.parse(refused.body()).select("#assignee-error").text()).contains("Choose the DSL or Principal of this academy");
        }
        assertThat(post(dsl, reference, "assign", Map.of("assignee", own)).statusCode()).isEqualTo(302);
        assertThat(Jsoup.parse(dsl.get("/staff/cases/" + reference).body()).select(".case-facts").text()).contains("Assigned to Test DSL");
    }

    private static String idOf(Stack stack, StaffClient staff) {
        return stack.jdbi().withHandle(handle ->
                handle.createQuery("SELECT id FROM staff_account WHERE email = :email").bind("email", staff.email).mapTo(String.class).one());
    }

    @Test
    void the_case_list_filters_by_status_category_and_urgency_and_counts_cases_by_status(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, MEADOWBANK);
        var fresh = new ReportsForTests(stack).report(MEADOWBANK, "Fresh one");
        var triaged = triaged(stack, dsl, MEADOWBANK, "4");
        var riverside = new ReportsForTests(stack).report(RIVERSIDE, "Elsewhere");
        var officer = StaffClient.signedIn(stack, Role.OFFICER, null);

        var newOnes = dsl.get("/staff/?status=RECEIVED&category=messages&urgency=not-urgent").body();
        var triagedOnes = dsl.get("/staff/?status=TRIAGED").body();
        var urgentOnes = dsl.get("/staff/?urgency=urgent").body();
        var ownAcademyOnly = dsl.get("/staff/?academy=" + RIVERSIDE).body();
        var officerRiverside = officer.get("/staff/?academy=" + RIVERSIDE).body();
        var nonsense = dsl.get("/staff/?status=%3Cscript%3E&category=nope");

        assertThat(newOnes).contains(fresh).doesNotContain(triaged, riverside);
        assertThat(triagedOnes).contains(triaged).doesNotContain(fresh);
        assertThat(urgentOnes).doesNotContain(fresh, triaged);
        assertThat(ownAcademyOnly).contains(fresh, triaged).doesNotContain(riverside);
        assertThat(Jsoup.parse(ownAcademyOnly).select("#academy")).isEmpty();
        assertThat(officerRiverside).contains(riverside).doesNotContain(fresh, triaged);
        assertThat(Jsoup.parse(officerRiverside).select("#academy option[selected]").attr("value")).isEqualTo(RIVERSIDE);
        var counts = Jsoup.parse(triagedOnes).select(".counts li").eachText();
        assertThat(counts).anyMatch(text -> text.matches("\\d+ triaged")).anyMatch(text -> text.matches("\\d+ new"));
        assertThat(Jsoup.parse(triagedOnes).select("#status option[selected]").attr("value")).isEqualTo("TRIAGED");
        assertThat(nonsense.statusCode()).isEqualTo(200);
        assertThat(nonsense.body()).contains(fresh, triaged);
        assertThat(HtmlChecker.errors(officerRiverside)).isEmpty();
        assertThat(HtmlChecker.errors(triagedOnes)).isEmpty();
    }

    @Test
    void internal_notes_stay_with_staff_while_messages_reach_the_reporter(Stack stack) throws Exception {
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var report = FollowUps.report(stack, RIVERSIDE, "Someone posted my photo");

        var emptyNote = post(dsl, report.reference(), "notes", Map.of("internal-note", " "));
        post(dsl, report.reference(), "notes", Map.of("internal-note", "Mother rang the office"));
        post(dsl, report.reference(), "messages", Map.of("message", "Which app was it on?"));
        var staffPage = dsl.get("/staff/cases/" + report.reference()).body();
        var reporterPage = FollowUps.page(stack, report);

        assertThat(emptyNote.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(emptyNote.body()).select("#internal-note-error").text()).contains("Write the note");
        assertThat(staffPage).contains("Mother rang the office", "Which app was it on?");
        assertThat(reporterPage).contains("Which app was it on?", "From the school").doesNotContain("Mother rang the office");
    }
}
