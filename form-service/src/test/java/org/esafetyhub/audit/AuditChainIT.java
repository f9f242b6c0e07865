package org.esafetyhub.audit;

import org.esafetyhub.audit.AuditEntry.Action;
import org.esafetyhub.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain on a real, migrated SQLite file: appends from many writers, and what verify finds after tampering. */
class AuditChainIT {

    @TempDir
    Path folder;

    private static AuditEntry.Draft viewOf(String reference) {
        return new AuditEntry.Draft("acc-1", "Helen Ward", "h.ward@school.example.org", "riverside-primary", "report-1",
                reference, Action.CASE_VIEWED, "");
    }

    private AuditTrail trailWith(int entries) {
        var trail = new AuditTrail(Database.openSqlite(folder.resolve("esafety.db")).jdbi(), Clock.systemUTC());
        for (int i = 0; i < entries; i++) {
            trail.record(viewOf("CB-2222-222" + i));
        }
        return trail;
    }

    private void tamper(String sql, Object... args) {
        Database.openSqlite(folder.resolve("esafety.db")).jdbi().useHandle(handle -> handle.execute(sql, args));
    }

    @Test
    void an_untampered_chain_verifies_with_its_count() {
        var trail = trailWith(5);

        var check = trail.verify();

        assertThat(check.intact()).isTrue();
        assertThat(check.summary()).isEqualTo("Audit trail intact: 5 entries");
        assertThat(trail.ofCase("CB-2222-2223")).singleElement().satisfies(entry -> {
            assertThat(entry.sequence()).isEqualTo(4);
            assertThat(entry.action()).isEqualTo("case.viewed");
            assertThat(entry.previousHash()).isEqualTo(trail.ofCase("CB-2222-2222").get(0).hash());
        });
    }

    @Test
    void an_entry_recorded_in_the_callers_transaction_is_rolled_back_with_it() {
        var database = Database.openSqlite(folder.resolve("esafety.db"));
        var trail = new AuditTrail(database.jdbi(), Clock.systemUTC());

        try {
            database.jdbi().useTransaction(handle -> {
                trail.record(handle, viewOf("CB-4444-4444"));
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // the change and its entry are gone together
        }
        var kept = database.jdbi().inTransaction(handle -> trail.record(handle, viewOf("CB-5555-5555")));

        assertThat(trail.ofCase("CB-4444-4444")).isEmpty();
        assertThat(kept.sequence()).isEqualTo(1);
        assertThat(trail.verify().summary()).isEqualTo("Audit trail intact: 1 entry");
    }

    @Test
    void an_empty_trail_verifies() {
        assertThat(trailWith(0).verify().summary()).isEqualTo("Audit trail intact: 0 entries");
    }

    @Test
    void a_changed_entry_is_named_with_a_hash_mismatch() {
        var trail = trailWith(5);
        tamper("UPDATE audit_entry SET actor_name = 'Someone Else' WHERE seq_no = 3");

        var check = trail.verify();

        assertThat(check.intact()).isFalse();
        assertThat(check.firstBreak().sequence()).isEqualTo(3);
        assertThat(check.firstBreak().action()).isEqualTo("case.viewed");
        assertThat(check.firstBreak().reason()).startsWith("hash mismatch");
        assertThat(check.summary()).startsWith("Audit trail broken at entry 3 (").contains("UTC, case.viewed): hash mismatch");
    }

    @Test
    void an_entry_whose_stored_hash_was_replaced_is_named() {
        var trail = trailWith(5);
        tamper("UPDATE audit_entry SET hash = ? WHERE seq_no = 2", "ab".repeat(32));

        var check = trail.verify();

        assertThat(check.firstBreak().sequence()).isEqualTo(2);
        assertThat(check.firstBreak().reason()).startsWith("hash mismatch");
    }

    @Test
    void a_previous_hash_that_does_not_match_is_named() {
        var trail = trailWith(4);
        var entry = trail.ofCase("CB-2222-2222").get(0);
        // entry 3 re-made whole (own hash right) but over a forged previous hash
        var forged = new AuditEntry(3, entry.atMillis(), entry.actorId(), entry.actorName(), entry.actorEmail(), entry.academySlug(),
                entry.reportId(), "CB-2222-2222", entry.action(), entry.detail(), "ef".repeat(32), null);
        tamper("UPDATE audit_entry SET previous_hash = ?, hash = ?, case_reference = ? WHERE seq_no = 3",
                forged.previousHash(), EntryHash.of(forged), forged.caseReference());

        var check = trail.verify();

        assertThat(check.firstBreak().sequence()).isEqualTo(3);
        assertThat(check.firstBreak().reason()).startsWith("previous-hash mismatch");
    }

    @Test
    void a_removed_entry_is_a_gap() {
        var trail = trailWith(5);
        tamper("DELETE FROM audit_entry WHERE seq_no = 2");

        var check = trail.verify();

        assertThat(check.firstBreak().sequence()).isEqualTo(3);
        assertThat(check.firstBreak().reason()).isEqualTo("gap: entries 2 to 2 are missing (removed)");
    }

    @Test
    void removing_the_newest_entries_is_caught_by_the_head() {
        var trail = trailWith(5);
        tamper("DELETE FROM audit_entry WHERE seq_no >= 4");

        var check = trail.verify();

        assertThat(check.firstBreak().sequence()).isEqualTo(4);
        assertThat(check.firstBreak().reason()).startsWith("gap: entries 4 to 5 are missing");
    }

    @Test
    void concurrent_appends_from_eight_threads_on_two_nodes_leave_one_unbroken_chain() throws Exception {
        var file = folder.resolve("esafety.db");
        // two nodes: each its own connection pool on the same database
        var nodes = new AuditTrail[] {
                new AuditTrail(Database.openSqlite(file).jdbi(), Clock.systemUTC()),
                new AuditTrail(Database.openSqlite(file).jdbi(), Clock.systemUTC())};
        var pool = Executors.newFixedThreadPool(8);
        var start = new CountDownLatch(1);
        var work = new ArrayList<Callable<Void>>();
        for (int t = 0; t < 8; t++) {
            var trail = nodes[t % 2];
            var reference = "CB-3333-333" + t;
            work.add(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    trail.record(viewOf(reference));
                }
                return null;
            });
        }
        var futures = work.stream().map(pool::submit).toList();
        start.countDown();
        for (var future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        var check = nodes[0].verify();
        var sequences = nodes[1].latest(null, 1000).stream().map(AuditEntry::sequence).toList();

        assertThat(check.summary()).isEqualTo("Audit trail intact: 400 entries");
        assertThat(sequences).hasSize(400).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= 400);
        assertThat(nodes[0].ofCase("CB-3333-3335")).hasSize(50);
    }

    @Test
    void audit_verify_on_the_command_line_exits_0_when_intact_and_1_naming_the_broken_entry() {
        trailWith(3);
        var db = folder.resolve("esafety.db").toString();

        var intact = run("verify", "--db", db);
        tamper("UPDATE audit_entry SET detail = 'nothing happened' WHERE seq_no = 2");
        var broken = run("verify", "--db", db);
        var missing = run("verify", "--db", folder.resolve("nope.db").toString());

        assertThat(intact.exit()).isZero();
        assertThat(intact.out()).isEqualTo("Audit trail intact: 3 entries\n");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).startsWith("Audit trail broken at entry 2 (").contains("case.viewed): hash mismatch");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.db does not exist");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = AuditCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString().replace("\r\n", "\n"), err.toString());
    }
}
