package org.esafetyhub.cases;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.esafetyhub.crypto.Sha256;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone photo with GPS and its owner's name, and a PDF with an author: staff download clean copies
 * that hold neither (read back with metadata-extractor and PDFBox); the originals are kept intact and
 * only the DSL and the eSafety officer get them, after typing a reason, which is recorded.
 */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class CleanEvidenceIT {

    private static final String RIVERSIDE = "riverside-primary";
    private static final byte[] JPEG = Evidence.jpegWithGpsAndOwner();
    private static final byte[] PDF = Evidence.pdfWithAuthor();

    private static String report(Stack stack) throws Exception {
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", RIVERSIDE)
                .field("category", "pictures").field("ongoing", "yes").field("description", "A photo of me was shared")
                .file("evidence", "photo.jpg", "image/jpeg", JPEG).file("evidence", "chat.pdf", "application/pdf", PDF);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).get("reference").asText();
    }

    private static String original(String reference, int position) {
        return "/staff/cases/" + reference + "/evidence/" + position + "/original";
    }

    @Test
    void the_clean_copies_staff_download_hold_no_gps_owner_or_author_and_say_what_was_removed(Stack stack) throws Exception {
        var reference = report(stack);
        var principal = StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE);

        var photo = principal.getBytes("/staff/cases/" + reference + "/evidence/1").body();
        var document = principal.getBytes("/staff/cases/" + reference + "/evidence/2").body();
        var page = principal.get("/staff/cases/" + reference).body();

        var metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(metadata.getDirectoriesOfType(ExifDirectoryBase.class)).isEmpty();
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).doesNotContain(Evidence.OWNER);
        try (var pdf = Loader.loadPDF(document)) {
            assertThat(pdf.getDocumentInformation().getAuthor()).isNull();
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNull();
        }
        assertThat(new String(document, StandardCharsets.ISO_8859_1)).doesNotContain(Evidence.AUTHOR);
        assertThat(page).contains("Removed: GPS position, camera model, owner name", "Removed: author",
                Sha256.hex(JPEG), Sha256.hex(PDF), Sha256.hex(photo), Sha256.hex(document))
                .doesNotContain("/evidence/1/original", "Original of");
        assertThat(HtmlChecker.errors(page)).isEmpty();
    }

    @Test
    void only_the_dsl_and_the_officer_get_an_original_and_only_with_a_reason_that_is_recorded(Stack stack) throws Exception {
        var reference = report(stack);
        var principal = StaffClient.signedIn(stack, Role.PRINCIPAL, RIVERSIDE);
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var officer = StaffClient.signedIn(stack, Role.OFFICER, null);
        var otherDsl = StaffClient.signedIn(stack, Role.DSL, "meadowbank-academy");

        assertThat(principal.get(original(reference, 1)).statusCode()).isEqualTo(403);
        assertThat(principal.postWithCsrf("/staff/", original(reference, 1), Map.of("reason", "curious")).statusCode()).isEqualTo(403);
        assertThat(otherDsl.get(original(reference, 1)).statusCode()).isEqualTo(404);

        var noReason = dsl.postWithCsrf(original(reference, 1), original(reference, 1), Map.of("reason", "  "));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("There is a problem", "Say why you need the original file");
        assertThat(HtmlChecker.errors(noReason.body())).isEmpty();
        var noCsrf = dsl.postForm(original(reference, 1), Map.of("reason", "police request"));
        assertThat(noCsrf.statusCode()).isEqualTo(403);

        var photo = dsl.postWithCsrf(original(reference, 1), original(reference, 1), Map.of("reason", "Police asked for the original photo"));
        var document = officer.postWithCsrf(original(reference, 2), original(reference, 2), Map.of("reason", "Trust review of case"));
        assertThat(photo.statusCode()).isEqualTo(200);
        var photoBytes = dsl.http.send(HttpRequest.newBuilder(stack.url(original(reference, 1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reason=Checking+the+hash&csrf="
                        + org.jsoup.Jsoup.parse(dsl.get(original(reference, 1)).body()).selectFirst("input[name=csrf]").attr("value")))
                .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(Sha256.hex(photoBytes)).isEqualTo(Sha256.hex(JPEG));
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(photoBytes)).getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"evidence-2-of-2-original.pdf\"");

        try (var db = stack.connection();
             var query = db.prepareStatement("""
                     SELECT d.position, d.reason, d.staff_id FROM evidence_original_download d JOIN report r ON r.id = d.report_id
                     WHERE r.reference = ? ORDER BY d.at_millis, d.position""")) {
            query.setString(1, reference);
            var rows = query.executeQuery();
            var reasons = new java.util.ArrayList<String>();
            while (rows.next()) {
                reasons.add(rows.getInt(1) + ": " + rows.getString(2));
            }
            assertThat(reasons).containsExactlyInAnyOrder("1: Police asked for the original photo", "2: Trust review of case",
                    "1: Checking the hash");
        }
    }

    @Test
    void the_dsl_reaches_the_reason_form_from_the_case_page_by_its_link_and_it_is_accessible(Stack stack) throws Exception {
        var reference = report(stack);
        var account = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
        var browser = stack.browser();
        account.signInWithBrowser(stack);
        try {
            browser.open(stack.url("/staff/cases/" + reference));
            assertThat(new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                    .analyze(browser.driver()).getViolations()).isEmpty();
            browser.driver().findElement(By.linkText("Original of photo.jpg, with a reason")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url(original(reference, 1)).toString()));
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("GPS position", Sha256.hex(JPEG));
            assertThat(HtmlChecker.errors(account.get(original(reference, 1)).body())).isEmpty();
            browser.driver().findElement(By.cssSelector("form[action$='/original'] button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            assertThat(new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                    .analyze(browser.driver()).getViolations()).isEmpty();
        } finally {
            StaffClient.signOutWithBrowser(stack);
        }
    }
}
