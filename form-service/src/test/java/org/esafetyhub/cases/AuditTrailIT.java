package org.esafetyhub.cases;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.audit.AuditCommand;
import org.esafetyhub.report.ReportsForTests;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.ServiceProcess;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail over the real stack: what staff do is recorded, and tampering in the database file is found and named. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class AuditTrailIT {

    private static final String RIVERSIDE = "riverside-primary";
    private static final String MEADOWBANK = "meadowbank-academy";

    /** The actions recorded for a case, oldest first, as its case page lists them. */
    private static List<String> actionsOnCasePage(StaffClient staff, String reference) throws Exception {
        return Jsoup.parse(staff.get("/staff/cases/" + reference).body()).select("table.audit tbody td:nth-of-type(3)")
                .eachText();
    }

    private static Jdbi database(Stack stack) {
        return stack.jdbi();
    }

    @Test
    void viewing_a_case_and_downloading_evidence_each_add_an_audit_entry_shown_on_the_case_page(Stack stack) throws Exception {
        var reference = new ReportsForTests(stack).reportWithEvidence(RIVERSIDE, "Photos shared in a group chat",
                Evidence.png(), Evidence.pdf());
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);

        var afterView = actionsOnCasePage(dsl, reference);
        dsl.getBytes("/staff/cases/" + reference + "/evidence/2");
        var afterDownload = actionsOnCasePage(dsl, reference);

        assertThat(afterView).containsExactly("case.viewed");
        assertThat(afterDownload).hasSize(3);
        assertThat(afterDownload.get(1)).startsWith("evidence.downloaded: file 2, SHA-256 ");
        assertThat(afterDownload.get(2)).isEqualTo("case.viewed");
        assertThat(dsl.get("/staff/cases/" + reference).body()).contains("Test DSL");
    }

    @Test
    void signing_in_and_out_is_recorded_on_the_academys_audit_page(Stack stack) throws Exception {
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);
        teacher.postWithCsrf("/staff/", "/staff/sign-out", Map.of());
        var principal = StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE);

        var page = Jsoup.parse(principal.get("/staff/audit").body());

        var rows = page.select("table.audit tbody tr").eachText();
        assertThat(rows.get(0)).contains("Test PRINCIPAL", "staff.signed-in: password and authenticator code");
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("Test TEACHER", "staff.signed-out"))
                .anySatisfy(row -> assertThat(row).contains("Test TEACHER", "staff.signed-in: password"));
    }

    @Test
    void the_audit_page_shows_a_dsl_only_their_academys_entries_the_officer_and_admin_all_and_teachers_get_404(Stack stack) throws Exception {
        var reports = new ReportsForTests(stack);
        var riversideCase = reports.report(RIVERSIDE, "Riverside audit case");
        var meadowbankCase = reports.report(MEADOWBANK, "Meadowbank audit case");
        var riversideDsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var meadowbankDsl = StaffClient.signedIn(stack, Role.DSL, MEADOWBANK);
        riversideDsl.get("/staff/cases/" + riversideCase);
        meadowbankDsl.get("/staff/cases/" + meadowbankCase);
        var officer = StaffClient.signedIn(stack, Role.OFFICER, null);
        var admin = StaffClient.signedIn(stack, Role.ADMIN, null);
        var teacher = StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE);

        assertThat(riversideDsl.get("/staff/audit").body()).contains(riversideCase).doesNotContain(meadowbankCase);
        assertThat(meadowbankDsl.get("/staff/audit").body()).contains(meadowbankCase).doesNotContain(riversideCase);
        assertThat(officer.get("/staff/audit").body()).contains(riversideCase, meadowbankCase);
        assertThat(admin.get("/staff/audit").body()).contains(riversideCase, meadowbankCase);
        assertThat(teacher.get("/staff/audit").statusCode()).isEqualTo(404);
        assertThat(meadowbankDsl.get("/staff/cases/" + riversideCase).statusCode()).isEqualTo(404);
    }

    @Test
    void tampering_with_one_audit_row_in_the_database_file_makes_audit_verify_fail_naming_it_and_the_audit_page_show_it_broken(
            Stack stack) throws Exception {
        var reference = new ReportsForTests(stack).report(RIVERSIDE, "A case whose view someone wants forgotten");
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        dsl.get("/staff/cases/" + reference);
        var db = database(stack);
        long sequence = db.withHandle(h -> h.createQuery("SELECT seq_no FROM audit_entry WHERE case_reference = :r")
                .bind("r", reference).mapTo(Long.class).one());
        String name = db.withHandle(h -> h.createQuery("SELECT actor_name FROM audit_entry WHERE seq_no = :s")
                .bind("s", sequence).mapTo(String.class).one());

        assertThat(verifyInProcess(stack)).isEqualTo("0 Audit trail intact");
        db.useHandle(h -> h.execute("UPDATE audit_entry SET actor_name = 'Nobody' WHERE seq_no = ?", sequence));
        try {
            var jar = ServiceProcess.run(Map.of(), "audit", "verify", "--db", stack.db());
            var page = Jsoup.parse(dsl.get("/staff/audit").body()).selectFirst("#audit-check").text();

            assertThat(jar.exit()).isEqualTo(1);
            assertThat(jar.output()).contains("Audit trail broken at entry " + sequence + " (")
                    .contains("case.viewed): hash mismatch");
            assertThat(page).contains("The audit trail is broken", "Entry " + sequence + " (", "case.viewed", "hash mismatch");
        } finally {
            db.useHandle(h -> h.execute("UPDATE audit_entry SET actor_name = ? WHERE seq_no = ?", name, sequence));
        }
        assertThat(verifyInProcess(stack)).isEqualTo("0 Audit trail intact");
        assertThat(Jsoup.parse(dsl.get("/staff/audit").body()).selectFirst("#audit-check").text())
                .startsWith("The audit trail is intact.");
    }

    @Test
    void the_audit_page_is_valid_html_has_no_wcag_2_2_aa_violations_and_reflows_at_320_pixels(Stack stack) throws Exception {
        var account = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var reference = new ReportsForTests(stack).reportWithEvidence(RIVERSIDE, "A case for the audit page", Evidence.png(), Evidence.pdf());
        account.get("/staff/cases/" + reference);
        account.getBytes("/staff/cases/" + reference + "/evidence/1");
        var browser = stack.browser();
        account.signInWithBrowser(stack);

        browser.driver().findElement(By.linkText("Audit trail")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url("/staff/audit").toString()));

        assertThat(browser.accessibilityViolations()).isEmpty();
        assertThat(HtmlChecker.errors(account.get("/staff/audit").body())).isEmpty();
        assertThat(browser.pagesOverflowingAt320(List.of(stack.url("/staff/audit"), stack.url("/staff/cases/" + reference)))).isEmpty();
        StaffClient.signOutWithBrowser(stack);
    }

    private static String verifyInProcess(Stack stack) {
        var out = new StringWriter();
        int exit = AuditCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
                .execute("verify", "--db", stack.db());
        return exit + " " + out.toString().replaceAll(":.*\\s*$", "");
    }
}
