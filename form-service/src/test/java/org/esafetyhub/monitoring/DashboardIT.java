package org.esafetyhub.monitoring;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.cases.CaseWorkStore;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import org.esafetyhub.app.App;
import org.esafetyhub.db.DatabaseAddress;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.AttemptsForTests;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.report.ReportsForTests;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.esafetyhub.testing.TestDatabase;
import org.esafetyhub.trust.Service;
import org.esafetyhub.trust.TrustFile;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring dashboard on a service of its own whose clock the test sets, so that every figure can be worked
 * out by hand: reports made through the API at chosen minutes, cases triaged and closed at chosen minutes, quiz
 * attempts at a chosen hour, and the page read at 2026-03-31 12:00 UTC.
 */
@ExtendWith(StackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("both-engines")
class DashboardIT {

    private static final String A = "riverside-primary";
    private static final String B = "meadowbank-academy";
    private static final String QUIZ = "jokes-that-hurt";
    private static final String PERIOD = "?from=2026-01&to=2026-03";
    private static final String FEW = "fewer than 5";

    /** A clock the test moves; real time until first set, so that sign-in codes match. */
    private static final class SettableClock extends Clock {
        private volatile Instant now;

        void set(String minute) {
            now = Instant.parse(minute + ":00Z");
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now == null ? Instant.now() : now;
        }
    }

    private final SettableClock clock = new SettableClock();
    private Path folder;
    private DatabaseAddress database;
    private App app;
    private StaffClient dslA;
    private StaffClient dslB;
    private StaffClient officer;
    private StaffClient teacherA;
    private StaffClient admin;
    private String lesson;

    private URI url(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    @BeforeAll
    void seed() throws Exception {
        folder = Files.createTempDirectory("esafety-dashboard-");
        database = TestDatabase.fresh(folder);
        var root = Stack.root();
        var trust = TrustFile.load(root.resolve("config/trust.yaml")).withService(new Service(List.of(), 1_000_000, 1_000_000));
        app = App.create(new App.Settings(Path.of(System.getProperty("hub.site", root.resolve("target/site").toString())),
                () -> QuizBank.load(root.resolve("content")), database, trust, clock,
                Duration.ofMillis(200), PolicyFile.load(root.resolve("data/policy.yaml")))).start(0);
        var service = new StaffClient.Service(database.toString(), this::url);
        dslA = StaffClient.signedIn(service, Role.DSL, A);
        dslB = StaffClient.signedIn(service, Role.DSL, B);
        officer = StaffClient.signedIn(service, Role.OFFICER, null);
        teacherA = StaffClient.signedIn(service, Role.TEACHER, A);
        admin = StaffClient.signedIn(service, Role.ADMIN, null);
        var classCode = Jsoup.parse(teacherA.postWithCsrf("/staff/classes", "/staff/classes", Map.of("label", "6J")).body())
                .selectFirst(".notice .code").text();

        // Riverside: seven reports over three months; times to first action 90, 1440, 30, 20 and 180 minutes
        // (median 90), to closure 2880, 10080 and 1460 minutes (median 2880: 2 days)
        var r1 = report("2026-01-05T09:00", A, true, "messages");
        var r2 = report("2026-01-12T14:00", A, false, "messages", "chat");
        var r3 = report("2026-01-20T08:15", A, false, "pictures");
        var r4 = report("2026-02-03T11:00", A, true, "messages");
        report("2026-03-10T16:00", A, false, "chat");
        report("2026-03-28T09:00", A, true, "threats");
        var r7 = report("2026-03-30T10:00", A, false, "messages");
        work(r1, A, "2026-01-05T10:30", "2026-01-07T09:00");
        work(r2, A, "2026-01-13T14:00", "2026-01-20T14:00");
        work(r3, A, "2026-01-20T08:45", null);
        work(r4, A, "2026-02-03T11:20", "2026-02-04T11:20");
        work(r7, A, "2026-03-30T13:00", null);
        // Meadowbank: six open reports in February, none acted on
        for (int hour = 10; hour < 16; hour++) {
            report("2026-02-10T" + hour + ":00", B, false, "messages");
        }

        clock.set("2026-02-15T10:00");
        var quiz = AttemptsForTests.quiz(Stack.root().resolve("content"), QUIZ);
        lesson = quiz.title();
        for (int right : new int[] {2, 4}) {
            AttemptsForTests.post(this::url, quiz, right, classCode, "before", null);
        }
        for (int right : new int[] {5, 6, 4}) {
            AttemptsForTests.post(this::url, quiz, right, classCode, "after", null);
        }
        for (int right : new int[] {3, 3}) {
            AttemptsForTests.post(this::url, quiz, right, null, "after", A);
        }
        for (int i = 0; i < 6; i++) {
            AttemptsForTests.post(this::url, quiz, 3, null, "after", B);
        }
        clock.set("2026-03-31T12:00");
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    private String report(String minute, String academy, boolean urgent, String... categories) throws Exception {
        clock.set(minute);
        return new ReportsForTests(this::url).report(academy, urgent, categories);
    }

    /** Triages (and closes, when {@code closed} is given) a case at the given minutes, as the case page's forms do. */
    private void work(String reference, String academy, String triaged, String closed) {
        var jdbi = Jdbi.create(TestDatabase.jdbcUrl(database));
        jdbi.installPlugin(new org.jdbi.v3.sqlobject.SqlObjectPlugin());
        var id = jdbi.withHandle(h -> h.createQuery("SELECT id FROM report WHERE reference = :r").bind("r", reference)
                .mapTo(String.class).one());
        var store = jdbi.onDemand(CaseWorkStore.class);
        assertThat(store.triage(id, academy, triaged)).isEqualTo(1);
        if (closed != null) {
            assertThat(store.close(id, academy, closed, "RESOLVED", null)).isEqualTo(1);
        }
    }

    /** A table of the dashboard as its reader sees it: row heading to the cells' texts. */
    private static Map<String, List<String>> table(String html, String id) {
        var rows = new LinkedHashMap<String, List<String>>();
        for (var row : Jsoup.parse(html).select("#" + id + "-table tbody tr")) {
            rows.put(row.selectFirst("th").text(), row.select("td").eachText());
        }
        return rows;
    }

    private static Map<String, List<String>> medians(String html) {
        var rows = new LinkedHashMap<String, List<String>>();
        for (var row : Jsoup.parse(html).select("table.medians tbody tr")) {
            rows.put(row.selectFirst("th").text(), row.select("td").eachText());
        }
        return rows;
    }

    @Test
    void an_academys_dsl_sees_its_exact_counts_by_month_kind_and_urgency_small_ones_included() throws Exception {
        var page = dslA.get("/staff/dashboard" + PERIOD).body();

        assertThat(table(page, "months")).containsExactly(
                Map.entry("Urgent", List.of("1", "1", "1", "3")),
                Map.entry("Not urgent", List.of("2", "0", "2", "4")),
                Map.entry("Total", List.of("3", "1", "3", "7")));
        var kinds = table(page, "categories");
        assertThat(kinds.get("Threatening, frightening or upsetting messages")).containsExactly("2", "1", "1", "4");
        assertThat(kinds.get("Nasty replies in chat rooms, group chats or games")).containsExactly("1", "0", "1", "2");
        assertThat(kinds.get("Embarrassing or threatening pictures or videos")).containsExactly("1", "0", "0", "1");
        assertThat(kinds.get("Threats against a pupil or a member of staff")).containsExactly("0", "0", "1", "1");
        assertThat(kinds.get("Total")).containsExactly("4", "1", "3", "8");
        assertThat(page).doesNotContain(FEW);
    }

    @Test
    void open_cases_are_counted_by_age_at_now_under_1_week_1_to_4_weeks_and_4_weeks_or_more() throws Exception {
        assertThat(table(dslA.get("/staff/dashboard" + PERIOD).body(), "open")).containsExactly(
                Map.entry("Riverside Primary Academy", List.of("2", "1", "1", "4")),
                Map.entry("Total", List.of("2", "1", "1", "4")));
        assertThat(table(dslB.get("/staff/dashboard").body(), "open")).containsExactly(
                Map.entry("Meadowbank Academy", List.of("0", "0", "6", "6")),
                Map.entry("Total", List.of("0", "0", "6", "6")));
    }

    @Test
    void median_times_to_first_action_and_to_closure_are_worked_out_to_the_minute() throws Exception {
        assertThat(medians(dslA.get("/staff/dashboard" + PERIOD).body())).containsExactly(
                Map.entry("From report to first action", List.of("5", "1 hour 30 minutes")),
                Map.entry("From report to closure", List.of("3", "2 days")));
        assertThat(medians(dslB.get("/staff/dashboard" + PERIOD).body())).containsExactly(
                Map.entry("From report to first action", List.of("0", "none yet")),
                Map.entry("From report to closure", List.of("0", "none yet")));
    }

    @Test
    void a_dsl_never_sees_another_academys_figures_even_when_asking_for_them() throws Exception {
        var page = dslA.get("/staff/dashboard" + PERIOD + "&academy=" + B).body();

        assertThat(table(page, "months").get("Total")).containsExactly("3", "1", "3", "7");
        assertThat(table(page, "open")).containsOnlyKeys("Riverside Primary Academy", "Total");
        assertThat(Jsoup.parse(page).select("main table").text()).doesNotContain("Meadowbank");
        assertThat(Jsoup.parse(page).select("#academy")).isEmpty();
    }

    @Test
    void the_officer_sees_every_academy_with_counts_below_5_and_those_that_would_give_them_away_hidden() throws Exception {
        var page = officer.get("/staff/dashboard" + PERIOD).body();

        // urgent 1 1 1 (3), not urgent 2 6 2 (10): the 6 and the 10 would give the 1 and the 3 away from the totals
        assertThat(table(page, "months")).containsExactly(
                Map.entry("Urgent", List.of(FEW, FEW, FEW, FEW)),
                Map.entry("Not urgent", List.of(FEW, FEW, FEW, FEW)),
                Map.entry("Total", List.of(FEW, "7", FEW, "13")));
        assertThat(table(page, "categories").get("Threatening, frightening or upsetting messages")).containsExactly(FEW, "7", FEW, "10");
        assertThat(table(page, "open")).containsExactly(
                Map.entry("Riverside Primary Academy", List.of(FEW, FEW, FEW, FEW)),
                Map.entry("Meadowbank Academy", List.of("0", "0", FEW, FEW)),
                Map.entry("Total", List.of(FEW, FEW, "7", "10")));
        assertThat(medians(page)).containsExactly(
                Map.entry("From report to first action", List.of("5", "1 hour 30 minutes")),
                Map.entry("From report to closure", List.of(FEW, "not shown: fewer than 5 cases")));
        var riversideOnly = officer.get("/staff/dashboard" + PERIOD + "&academy=" + A).body();
        assertThat(table(riversideOnly, "months").get("Total")).containsExactly(FEW, FEW, FEW, "7");
    }

    @Test
    void quiz_attempts_by_lesson_show_mean_scores_before_and_after_and_the_officer_sees_neither_small_count_nor_its_mean() throws Exception {
        var own = dslA.get("/staff/dashboard" + PERIOD).body();
        var trust = officer.get("/staff/dashboard" + PERIOD).body();

        // 2 + 4 right of 6 before (6 of 12: 50.0%); 5 + 6 + 4 + 3 + 3 right of 6 after (21 of 30: 70.0%)
        assertThat(table(own, "lessons")).containsEntry(lesson, List.of("2", "5", "7"));
        assertThat(Jsoup.parse(own).select("table.lesson-means tbody tr").eachText()).containsExactly(lesson + " 50.0% 70.0%");
        assertThat(table(trust, "lessons")).containsEntry(lesson, List.of(FEW, FEW, "13"));
        assertThat(Jsoup.parse(trust).select("table.lesson-means tbody tr").eachText()).containsExactly(lesson + " not shown not shown");
    }

    @Test
    void the_officers_csv_exports_hide_small_counts_and_classes_while_the_academys_own_are_exact() throws Exception {
        var trustCsv = officer.get("/staff/dashboard.csv" + PERIOD);
        var ownCsv = dslA.get("/staff/dashboard.csv" + PERIOD).body();
        var trustAttempts = officer.get("/staff/results/" + QUIZ + "/attempts.csv").body();
        var ownAttempts = dslA.get("/staff/results/" + QUIZ + "/attempts.csv").body();

        assertThat(trustCsv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"dashboard-trust-2026-01-to-2026-03.csv\"");
        var values = trustCsv.body().lines().skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1)).toList();
        assertThat(values).doesNotContain("1", "2", "3", "4").contains(FEW, "7", "13");
        assertThat(trustCsv.body()).contains("Reports by urgency and month,Not urgent,2026-02,fewer than 5\r\n",
                "Open cases by age,Meadowbank Academy,4 weeks or more,fewer than 5\r\n");
        assertThat(ownCsv).contains("Reports by urgency and month,Not urgent,2026-01,2\r\n",
                "Median times,From report to closure,median,2 days\r\n").doesNotContain(FEW);
        // the officer's attempts: Riverside's class 6J (5) and Meadowbank's attempts without a class (6), not
        // Riverside's 2 attempts without a class; the DSL gets all 7 of Riverside's
        assertThat(trustAttempts.lines().skip(1).toList()).hasSize(11)
                .noneMatch(line -> line.contains("," + A + ",,"));
        assertThat(ownAttempts.lines().skip(1).toList()).hasSize(7);
    }

    @Test
    void teachers_and_the_administrator_get_404_and_bad_months_are_shown_again_with_their_problem() throws Exception {
        assertThat(teacherA.get("/staff/dashboard").statusCode()).isEqualTo(404);
        assertThat(teacherA.get("/staff/dashboard.csv").statusCode()).isEqualTo(404);
        assertThat(admin.get("/staff/dashboard").statusCode()).isEqualTo(404);

        var bad = dslA.get("/staff/dashboard?from=March&to=2026-03");
        assertThat(bad.statusCode()).isEqualTo(400);
        var page = Jsoup.parse(bad.body());
        assertThat(page.select(".error-summary").text()).contains("Enter the month as year-month, for example 2026-03");
        assertThat(page.selectFirst("#from").attr("value")).isEqualTo("March");
        assertThat(officer.get("/staff/dashboard.csv?from=2026-05&to=2026-01").statusCode()).isEqualTo(400);
    }

    @Test
    void the_dashboard_is_valid_html_has_no_wcag_2_2_aa_violations_and_reflows_at_320_pixels(Stack stack) throws Exception {
        var reports = new ReportsForTests(stack);
        reports.report(A, true, "messages", "chat");
        reports.report(B, false, "posts");
        var dsl = StaffClient.signedIn(stack, Role.DSL, A);
        var trustOfficer = StaffClient.signedIn(stack, Role.OFFICER, null);
        assertThat(HtmlChecker.errors(dsl.get("/staff/dashboard").body())).isEmpty();
        assertThat(HtmlChecker.errors(trustOfficer.get("/staff/dashboard").body())).isEmpty();
        assertThat(HtmlChecker.errors(dsl.get("/staff/dashboard?from=nope").body())).isEmpty();

        var browser = stack.browser();
        trustOfficer.signInWithBrowser(stack);
        browser.driver().findElement(By.linkText("Dashboard")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url("/staff/dashboard").toString()));
        assertThat(browser.accessibilityViolations()).isEmpty();
        assertThat(browser.pagesOverflowingAt320(List.of(stack.url("/staff/dashboard")))).isEmpty();
        StaffClient.signOutWithBrowser(stack);
    }
}
