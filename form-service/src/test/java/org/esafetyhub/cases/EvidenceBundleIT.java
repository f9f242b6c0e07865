package org.esafetyhub.cases;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import org.apache.commons.codec.digest.DigestUtils;
import org.esafetyhub.report.ReportsForTests;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's evidence bundle (policy 5.3, 5.6), downloaded over real HTTP and unpacked. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class EvidenceBundleIT {

    private static final String RIVERSIDE = "riverside-primary";
    private static final String MEADOWBANK = "meadowbank-academy";

    @TempDir
    Path unpacked;

    /** The ZIP's files by path, in the order they were written. */
    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        var files = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void the_bundle_holds_the_summary_every_evidence_file_the_audit_entries_and_a_manifest_whose_hashes_match(Stack stack) throws Exception {
        var png = Evidence.png();
        var pdf = Evidence.pdf();
        var reference = new ReportsForTests(stack).reportWithEvidence(RIVERSIDE, "They posted <b>my photo</b> with mean comments", png, pdf);
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        dsl.get("/staff/cases/" + reference);

        var response = dsl.getBytes("/staff/cases/" + reference + "/bundle");
        var files = unzip(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"case-" + reference + ".zip\"");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(files.keySet()).containsExactly("summary.html", "evidence/01-shot.png", "evidence/clean/01-shot.png",
                "evidence/02-notes.pdf", "evidence/clean/02-notes.pdf", "audit.csv", "manifest-sha256.txt");
        assertThat(files.get("evidence/01-shot.png")).isEqualTo(png);
        assertThat(files.get("evidence/02-notes.pdf")).isEqualTo(pdf);
        var manifest = new String(files.get("manifest-sha256.txt"), StandardCharsets.UTF_8).lines().toList();
        assertThat(manifest).hasSize(6).allSatisfy(line -> {
            var path = line.substring(66);
            assertThat(line.substring(0, 66)).isEqualTo(DigestUtils.sha256Hex(files.get(path)) + "  ");
        });
        var audit = new String(files.get("audit.csv"), StandardCharsets.UTF_8).lines().toList();
        assertThat(audit.get(0)).startsWith("sequence,time_utc,");
        assertThat(audit.subList(1, audit.size())).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("," + reference + ",").containsPattern(",[0-9a-f]{64},[0-9a-f]{64}$"));
        assertThat(audit.get(1)).contains(",case.viewed,");
        assertThat(audit.get(2)).contains(",bundle.exported,2 evidence files,");
    }

    @Test
    void sha256sum_checks_the_unpacked_bundle(Stack stack) throws Exception {
        var reference = new ReportsForTests(stack).reportWithEvidence(RIVERSIDE, "Checked with sha256sum", Evidence.png(), Evidence.pdf());
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        for (var file : unzip(dsl.getBytes("/staff/cases/" + reference + "/bundle").body()).entrySet()) {
            Files.createDirectories(unpacked.resolve(file.getKey()).getParent());
            Files.write(unpacked.resolve(file.getKey()), file.getValue());
        }

        var check = new ProcessBuilder("sha256sum", "-c", "manifest-sha256.txt").directory(unpacked.toFile())
                .redirectErrorStream(true).start();
        var output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output.lines()).containsExactly("summary.html: OK", "evidence/01-shot.png: OK", "evidence/clean/01-shot.png: OK",
                "evidence/02-notes.pdf: OK", "evidence/clean/02-notes.pdf: OK", "audit.csv: OK");
    }

    @Test
    void the_summary_is_a_valid_self_contained_page_with_the_case_and_no_script(Stack stack) throws Exception {
        var png = Evidence.png();
        var reference = new ReportsForTests(stack).reportWithEvidence(RIVERSIDE, "They wrote <script>alert(1)</script> under my post",
                png, Evidence.pdf());
        var officer = StaffClient.signedIn(stack, Role.OFFICER, null);

        var html = new String(unzip(officer.getBytes("/staff/cases/" + reference + "/bundle").body()).get("summary.html"),
                StandardCharsets.UTF_8);
        var page = Jsoup.parse(html);

        assertThat(HtmlChecker.errors(html)).isEmpty();
        assertThat(page.select("script, link, img, [style]")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Case " + reference);
        assertThat(page.text()).contains("They wrote <script>alert(1)</script> under my post", "Messages with the reporter",
                "evidence/01-shot.png", DigestUtils.sha256Hex(png), "Exported by Test OFFICER");
    }

    @Test
    void every_role_outside_the_cases_academy_gets_404_for_its_bundle_and_the_principal_403(Stack stack) throws Exception {
        var reference = new ReportsForTests(stack).reportWithEvidence(RIVERSIDE, "Not for other academies", Evidence.png(), Evidence.pdf());
        var otherAcademy = List.of(StaffClient.signedIn(stack, Role.DSL, MEADOWBANK), StaffClient.signedIn(stack, Role.PRINCIPAL, MEADOWBANK));
        var noCases = List.of(StaffClient.signedIn(stack, Role.TEACHER, MEADOWBANK), StaffClient.signedIn(stack, Role.TEACHER, RIVERSIDE),
                StaffClient.signedIn(stack, Role.ADMIN, null));
        var principal = StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE);
        principal.get("/staff/cases/" + reference);

        for (var outsider : otherAcademy) {
            assertThat(outsider.getBytes("/staff/cases/" + reference + "/bundle").statusCode()).as(outsider.email).isEqualTo(404);
            assertThat(outsider.get("/staff/audit").body()).as(outsider.email).doesNotContain(reference);
        }
        for (var outsider : noCases) {
            assertThat(outsider.getBytes("/staff/cases/" + reference + "/bundle").statusCode()).as(outsider.email).isEqualTo(404);
        }
        // the bundle holds the originals, which only the DSL and the officer may have
        assertThat(principal.getBytes("/staff/cases/" + reference + "/bundle").statusCode()).isEqualTo(403);
    }
}
