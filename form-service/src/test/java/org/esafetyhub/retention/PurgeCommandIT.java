package org.esafetyhub.retention;

import org.esafetyhub.db.Database;
import org.esafetyhub.trust.AcademyStore;
import org.esafetyhub.trust.TrustFile;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.esafetyhub.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code purge} on a database seeded with rows either side of the retention, on a clock set to 2026-11-27 12:00 UTC. */
class PurgeCommandIT {

    private static final Path PROJECT = Path.of(System.getProperty("hub.root", "..")).toAbsolutePath().normalize();
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private Path db;
    private Path config;
    private Jdbi jdbi;

    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void seed() throws Exception {
        db = folder.resolve("purge.db");
        config = folder.resolve("trust.yaml");
        Files.writeString(config, Files.readString(PROJECT.resolve("config/trust.yaml"))
                + "\nretention:\n  quizAttempts: P2Y\n  closedCases: P6Y\n");
        jdbi = Database.openSqlite(db).jdbi();
        jdbi.onDemand(AcademyStore.class).syncWith(TrustFile.load(config));
        attempt("old-1", "2024-11-27T11");
        attempt("old-2", "2023-01-05T09");
        attempt("kept-1", "2024-11-27T12");
        attempt("kept-2", "2026-11-27T10");
        report("CB-AAAA-AAAA", "CLOSED", "2020-11-27T11:59");
        report("CB-BBBB-BBBB", "RECEIVED", "2019-01-01T00:00");
        report("CB-CCCC-CCCC", "CLOSED", "2021-06-01T08:00");
    }

    private void attempt(String id, String hour) {
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO quiz_attempt (id, quiz_id, quiz_version, taken_hour, score, max_score) VALUES (?, 'q', 'v1', ?, 1, 2)", id, hour);
            h.execute("INSERT INTO quiz_answer (attempt_id, question_id, option_ids, correct) VALUES (?, 'q1', 'a', TRUE)", id);
        });
    }

    private void report(String reference, String status, String minute) {
        jdbi.useHandle(h -> {
            h.execute("""
                    INSERT INTO report (id, reference, follow_up_hash, academy_slug, reporter_role, urgent, ongoing, description,
                                        status, received_minute, closed_minute)
                    VALUES (?, ?, 'x', 'riverside-primary', 'pupil', FALSE, 'no', 'test', ?, ?, ?)""", reference, reference, status, minute,
                    "CLOSED".equals(status) ? minute : null);
            h.execute("INSERT INTO report_category (report_id, category) VALUES (?, 'other')", reference);
        });
    }

    private Run purge(String... options) {
        var out = new StringWriter();
        var err = new StringWriter();
        var args = new java.util.ArrayList<>(List.of("--db", db.toString(), "--config", config.toString()));
        args.addAll(List.of(options));
        int exit = new CommandLine(new PurgeCommand(NOW)).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private List<String> rows(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @Test
    void purge_deletes_quiz_attempts_older_than_the_retention_with_their_answers_and_keeps_every_case() {
        var run = purge();

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Deleted 2 quiz attempts taken before 2024-11-27T12 UTC (retention P2Y)");
        assertThat(rows("SELECT id FROM quiz_attempt ORDER BY id")).containsExactly("kept-1", "kept-2");
        assertThat(rows("SELECT attempt_id FROM quiz_answer ORDER BY attempt_id")).containsExactly("kept-1", "kept-2");
        assertThat(rows("SELECT reference FROM report")).hasSize(3);
    }

    @Test
    void a_dry_run_prints_the_counts_and_deletes_nothing() {
        var run = purge("--dry-run", "--cases", "--confirm");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Would delete 2 quiz attempts", "Would delete 1 closed cases closed before 2020-11-27T12:00 UTC");
        assertThat(rows("SELECT id FROM quiz_attempt")).hasSize(4);
        assertThat(rows("SELECT reference FROM report")).hasSize(3);
    }

    @Test
    void closed_cases_are_only_counted_without_confirm() {
        var run = purge("--cases");

        assertThat(run.out()).contains("Would delete 1 closed cases", "add --confirm");
        assertThat(rows("SELECT reference FROM report")).hasSize(3);
    }

    @Test
    void with_cases_and_confirm_only_closed_cases_past_their_retention_go_with_their_rows() {
        var run = purge("--cases", "--confirm");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Deleted 2 quiz attempts", "Deleted 1 closed cases closed before 2020-11-27T12:00 UTC");
        assertThat(rows("SELECT reference FROM report ORDER BY reference")).containsExactly("CB-BBBB-BBBB", "CB-CCCC-CCCC");
        assertThat(rows("SELECT report_id FROM report_category ORDER BY report_id")).containsExactly("CB-BBBB-BBBB", "CB-CCCC-CCCC");
        assertThat(rows("SELECT action || ' ' || COALESCE(case_reference, '-') || ' ' || detail FROM audit_entry ORDER BY seq_no"))
                .containsExactly("case.purged CB-AAAA-AAAA closed 2020-11-27T11:59, past its retention",
                        "retention.purged - deleted 2 quiz attempts taken before 2024-11-27T12 and 1 cases closed before 2020-11-27T12:00");
        assertThat(new AuditTrail(jdbi, NOW).verify().intact()).isTrue();
    }

    @Test
    void a_purged_case_takes_its_reply_alert_address_and_its_waiting_alerts_with_it() {
        for (var reference : List.of("CB-AAAA-AAAA", "CB-CCCC-CCCC")) {
            jdbi.useHandle(h -> {
                h.execute("INSERT INTO reply_alert (report_id, nonce, ciphertext) VALUES (?, 'bm9uY2U=', 'c2VhbGVk')", reference);
                h.execute("""
                        INSERT INTO outbox (id, recipient, subject, body, attempts, sent, alert_report_id)
                        VALUES (?, '', 'You have a reply', 'Use your code', 0, FALSE, ?)""", "alert-" + reference, reference);
            });
        }

        purge("--cases", "--confirm");

        assertThat(rows("SELECT report_id FROM reply_alert")).containsExactly("CB-CCCC-CCCC");
        assertThat(rows("SELECT alert_report_id FROM outbox")).containsExactly("CB-CCCC-CCCC");
    }

    @Test
    void a_dry_run_leaves_no_audit_entry_and_a_real_purge_leaves_one_even_when_nothing_was_old() {
        purge("--dry-run");
        assertThat(rows("SELECT action FROM audit_entry")).isEmpty();

        purge();
        purge();
        assertThat(rows("SELECT detail FROM audit_entry ORDER BY seq_no")).containsExactly(
                "deleted 2 quiz attempts taken before 2024-11-27T12", "deleted 0 quiz attempts taken before 2024-11-27T12");
    }

    @Test
    void cases_are_refused_while_the_trust_file_sets_no_retention_for_them() throws Exception {
        Files.writeString(config, Files.readString(PROJECT.resolve("config/trust.yaml")));

        var run = purge("--cases", "--confirm");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no retention.closedCases");
        assertThat(rows("SELECT reference FROM report")).hasSize(3);
        assertThat(rows("SELECT id FROM quiz_attempt")).hasSize(4);
    }

    @Test
    void a_retention_in_months_is_read_from_the_trust_file() throws Exception {
        Files.writeString(config, Files.readString(PROJECT.resolve("config/trust.yaml")) + "\nretention:\n  quizAttempts: P1M\n");

        var run = purge();

        assertThat(run.out()).contains("Deleted 3 quiz attempts taken before 2026-10-27T12 UTC (retention P1M)");
    }
}
