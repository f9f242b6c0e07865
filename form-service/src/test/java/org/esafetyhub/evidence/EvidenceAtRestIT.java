package org.esafetyhub.evidence;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.db.Engine;
import org.esafetyhub.crypto.Sha256;
import org.esafetyhub.report.ReportsForTests;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.esafetyhub.testing.StaffClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: evidence sealed at rest. A copy of the database (its file, or its rows on PostgreSQL) holds no
 * child's picture, only ciphertext; staff still get every file byte for byte with the hashes of the plain
 * files; rows stored in the clear before sealing are sealed by {@code evidence seal}; {@code evidence rekey}
 * wraps the data keys again without touching the files.
 */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class EvidenceAtRestIT {

    private static final String RIVERSIDE = "riverside-primary";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    record Row(String id, byte[] content, byte[] cleanContent, String dataKey, String keyId, String sha256, String cleanSha256) {
    }

    private static List<Row> rows(Stack stack, String reference) {
        return stack.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT e.id, e.content, e.clean_content, e.data_key, e.key_id, e.sha256, e.clean_sha256
                        FROM evidence e JOIN report r ON r.id = e.report_id WHERE r.reference = :reference ORDER BY e.position""")
                .bind("reference", reference).map((rs, ctx) -> new Row(rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7))).list());
    }

    private static boolean holds(byte[] haystack, byte[] needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(new String(needle, StandardCharsets.ISO_8859_1));
    }

    private static String evidence(Stack stack, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", stack.db(), "--keys", stack.databaseAddress().localFolder().toString()));
        int exit = EvidenceCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(all.toArray(String[]::new));
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }

    private static byte[] original(Stack stack, StaffClient dsl, String reference, int position) throws Exception {
        var path = "/staff/cases/" + reference + "/evidence/" + position + "/original";
        var csrf = Jsoup.parse(dsl.get(path).body()).selectFirst("input[name=csrf]").attr("value");
        var response = dsl.http.send(HttpRequest.newBuilder(stack.url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reason=Checking+the+seal&csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void a_copied_database_holds_no_picture_of_a_report_only_ciphertext_and_staff_still_get_every_file(Stack stack) throws Exception {
        var png = Evidence.png();
        var pdf = Evidence.pdfWithAuthor();
        var reference = new ReportsForTests(stack).reportWithEvidence(RIVERSIDE, "Pictures of me were shared", png, pdf);
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);

        var rows = rows(stack, reference);
        assertThat(rows).hasSize(2);
        for (var row : rows) {
            assertThat(row.dataKey()).isNotBlank();
            assertThat(holds(row.content(), PNG_SIGNATURE) || holds(row.cleanContent(), PNG_SIGNATURE)).isFalse();
            assertThat(new String(row.content(), StandardCharsets.ISO_8859_1) + new String(row.cleanContent(), StandardCharsets.ISO_8859_1))
                    .doesNotContain("%PDF-", Evidence.AUTHOR, "IHDR", "IDAT");
        }
        if (stack.databaseAddress().engine() == Engine.SQLITE) {
            var file = stack.database();
            var bytes = Files.readAllBytes(file);
            var wal = file.resolveSibling(file.getFileName() + "-wal");
            var walBytes = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
            assertThat(holds(bytes, PNG_SIGNATURE) || holds(walBytes, PNG_SIGNATURE)).as("a PNG in the database file").isFalse();
            assertThat(holds(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII)) || holds(walBytes, "%PDF-".getBytes(StandardCharsets.US_ASCII)))
                    .as("a PDF in the database file").isFalse();
        }
        var cleanPicture = dsl.getBytes("/staff/cases/" + reference + "/evidence/1").body();
        var cleanDocument = dsl.getBytes("/staff/cases/" + reference + "/evidence/2").body();
        assertThat(Sha256.hex(cleanPicture)).isEqualTo(rows.get(0).cleanSha256());
        assertThat(Sha256.hex(cleanDocument)).isEqualTo(rows.get(1).cleanSha256());
        assertThat(original(stack, dsl, reference, 1)).isEqualTo(png);
        assertThat(original(stack, dsl, reference, 2)).isEqualTo(pdf);
        assertThat(rows.get(0).sha256()).isEqualTo(Sha256.hex(png));
    }

    @Test
    void evidence_seal_seals_a_file_stored_in_the_clear_and_a_second_run_changes_nothing(Stack stack) throws Exception {
        var png = Evidence.png();
        var reference = new ReportsForTests(stack).reportWithEvidence(RIVERSIDE, "A file from before sealing", png, Evidence.pdf());
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var clean = dsl.getBytes("/staff/cases/" + reference + "/evidence/1").body();
        var id = rows(stack, reference).get(0).id();
        // as a row made before this version: both copies in the clear, no data key
        stack.jdbi().useHandle(handle -> handle.createUpdate(
                        "UPDATE evidence SET content = :content, clean_content = :clean, data_key = NULL, key_id = NULL WHERE id = :id")
                .bind("content", png).bind("clean", clean).bind("id", id).execute());
        assertThat(dsl.getBytes("/staff/cases/" + reference + "/evidence/1").body()).as("read in the clear before sealing").isEqualTo(clean);

        var first = evidence(stack, "seal");
        var sealed = rows(stack, reference).get(0);
        var second = evidence(stack, "seal");

        assertThat(first).contains("Sealed 1 evidence file under evidence key");
        assertThat(second).contains("Sealed 0 evidence files");
        assertThat(sealed.dataKey()).isNotBlank();
        assertThat(holds(sealed.content(), PNG_SIGNATURE) || holds(sealed.cleanContent(), PNG_SIGNATURE)).isFalse();
        assertThat(rows(stack, reference).get(0).content()).as("not sealed twice").isEqualTo(sealed.content());
        assertThat(dsl.getBytes("/staff/cases/" + reference + "/evidence/1").body()).isEqualTo(clean);
        assertThat(original(stack, dsl, reference, 1)).isEqualTo(png);
    }

    @Test
    void evidence_rekey_wraps_every_data_key_again_under_a_new_key_and_leaves_the_sealed_files_untouched(Stack stack,
                                                                                                      @TempDir Path folder) throws Exception {
        var png = Evidence.png();
        var reference = new ReportsForTests(stack).reportWithEvidence(RIVERSIDE, "Before the key is rotated", png, Evidence.pdf());
        var keys = stack.databaseAddress().localFolder();
        var firstKey = Files.readString(keys.resolve(EvidenceKey.FILE_NAME)).strip();
        var newKey = new byte[32];
        new java.security.SecureRandom().nextBytes(newKey);
        var newKeyFile = Files.writeString(folder.resolve("new.key"), Base64.getEncoder().encodeToString(newKey));
        var before = rows(stack, reference);

        var out = evidence(stack, "rekey", "--new-key-file", newKeyFile.toString());
        var after = rows(stack, reference);

        assertThat(out).contains("Wrapped the data keys of", "under evidence key " + EvidenceKey.of(newKey).id());
        assertThat(Files.readString(keys.resolve(EvidenceKey.FILE_NAME)).strip()).isEqualTo(Base64.getEncoder().encodeToString(newKey));
        assertThat(Files.readString(keys.resolve(EvidenceKey.FILE_NAME + ".old")).strip()).isEqualTo(firstKey);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).content()).as("the file is not encrypted again").isEqualTo(before.get(i).content());
            assertThat(after.get(i).cleanContent()).isEqualTo(before.get(i).cleanContent());
            assertThat(after.get(i).dataKey()).isNotEqualTo(before.get(i).dataKey());
            assertThat(after.get(i).keyId()).isEqualTo(EvidenceKey.of(newKey).id());
            var opened = new EvidenceSeal(EvidenceKey.of(newKey)).open(after.get(i).id(), EvidenceSeal.Part.ORIGINAL, after.get(i).content(),
                    new EvidenceSeal.WrappedKey(after.get(i).dataKey(), after.get(i).keyId()));
            assertThat(Sha256.hex(opened)).isEqualTo(after.get(i).sha256());
        }

        // back to the key the running service holds, so that the rest of the run can open evidence
        var back = folder.resolve("first.key");
        Files.writeString(back, firstKey);
        evidence(stack, "rekey", "--new-key-file", back.toString());
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        assertThat(original(stack, dsl, reference, 1)).isEqualTo(png);
        assertThat(rows(stack, reference).get(0).content()).isEqualTo(before.get(0).content());
    }
}
