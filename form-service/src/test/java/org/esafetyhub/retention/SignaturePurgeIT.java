package org.esafetyhub.retention;

import org.esafetyhub.db.Database;
import org.esafetyhub.trust.AcademyStore;
import org.esafetyhub.trust.TrustFile;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
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

/** {@code purge} deletes parents' agreement signatures past their retention (one year here) and says so on the audit trail. */
class SignaturePurgeIT {

    private static final Path PROJECT = Path.of(System.getProperty("hub.root", "..")).toAbsolutePath().normalize();
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private Path db;
    private Path config;
    private Jdbi jdbi;

    @BeforeEach
    void seed() throws Exception {
        db = folder.resolve("purge.db");
        config = folder.resolve("trust.yaml");
        Files.writeString(config, Files.readString(PROJECT.resolve("config/trust.yaml")) + "\nretention:\n  agreementSignatures: P1Y\n");
        jdbi = Database.openSqlite(db).jdbi();
        jdbi.onDemand(AcademyStore.class).syncWith(TrustFile.load(config));
        jdbi.useHandle(h -> {
            h.execute("""
                    INSERT INTO staff_account (id, email, name, role, academy_slug, disabled, failed_attempts, locked_until)
                    VALUES ('t1', 't@school.example.org', 'T', 'TEACHER', 'riverside-primary', FALSE, 0, 0)""");
            h.execute("INSERT INTO class_code (code, academy_slug, label, created_by) VALUES ('4B-AAAA', 'riverside-primary', '4B', 't1')");
            h.execute("INSERT INTO class_code (code, academy_slug, label, created_by) VALUES ('5C-BBBB', 'meadowbank-academy', '5C', 't1')");
        });
        signature("old-riverside", "4B-AAAA", "riverside-primary", "2025-11-27T11:59:00Z");
        signature("old-meadowbank", "5C-BBBB", "meadowbank-academy", "2024-01-01T00:00:00Z");
        signature("kept", "4B-AAAA", "riverside-primary", "2025-11-27T12:00:00Z");
    }

    private void signature(String id, String classCode, String academy, String at) {
        jdbi.useHandle(h -> h.execute("""
                INSERT INTO agreement_signature (id, academy_slug, class_code, child_name, signer_name, relationship, typed_signature,
                                                 version, signed_at, on_paper, recorded_by)
                VALUES (?, ?, ?, 'Child', 'Parent', 'parent', 'Parent', '0123456789ab', ?, FALSE, NULL)""",
                id, academy, classCode, Instant.parse(at).toEpochMilli()));
    }

    private String purge(String... options) {
        var out = new StringWriter();
        var args = new java.util.ArrayList<>(List.of("--db", db.toString(), "--config", config.toString()));
        args.addAll(List.of(options));
        int exit = new CommandLine(new PurgeCommand(NOW)).setOut(new PrintWriter(out)).execute(args.toArray(String[]::new));
        assertThat(exit).isZero();
        return out.toString();
    }

    private List<String> rows(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @Test
    void purge_deletes_signatures_older_than_their_retention_and_records_each_academys_on_the_audit_trail() {
        var out = purge();

        assertThat(out).contains("Deleted 2 agreement signatures made before 2025-11-27T12:00 UTC");
        assertThat(rows("SELECT id FROM agreement_signature")).containsExactly("kept");
        assertThat(rows("SELECT action || ' ' || academy_slug || ' ' || detail FROM audit_entry WHERE academy_slug IS NOT NULL ORDER BY seq_no"))
                .containsExactly(
                        "retention.purged meadowbank-academy deleted 1 agreement signatures made before 2025-11-27T12:00 UTC, past their retention of P1Y",
                        "retention.purged riverside-primary deleted 1 agreement signatures made before 2025-11-27T12:00 UTC, past their retention of P1Y");
    }

    @Test
    void a_dry_run_counts_the_signatures_and_deletes_none() {
        var out = purge("--dry-run");

        assertThat(out).contains("Would delete 2 agreement signatures made before 2025-11-27T12:00 UTC");
        assertThat(rows("SELECT id FROM agreement_signature ORDER BY id")).containsExactly("kept", "old-meadowbank", "old-riverside");
        assertThat(rows("SELECT action FROM audit_entry")).isEmpty();
    }
}
