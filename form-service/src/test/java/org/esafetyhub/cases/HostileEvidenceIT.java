package org.esafetyhub.cases;

import org.junit.jupiter.api.Tag;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.CapturedLog;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.esafetyhub.testing.StaffClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 3: evidence made by an attacker. The clean copy staff open holds the picture's
 * pixels and nothing else (a PDF: its pages without scripts, actions or embedded files); every download
 * has a name the service makes from the type the bytes show, never the name the sender chose.
 */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class HostileEvidenceIT {

    private static final String RIVERSIDE = "riverside-primary";

    private static String report(Stack stack, Multipart files) throws Exception {
        var form = files.field("danger", "no").field("role", "pupil").field("academy", RIVERSIDE)
                .field("category", "pictures").field("ongoing", "yes").field("description", "They sent me these files");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).get("reference").asText();
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void a_png_with_a_script_in_a_chunk_sent_as_screenshot_hta_reaches_staff_as_pixels_named_by_the_service(Stack stack) throws Exception {
        var reference = report(stack, new Multipart().file("evidence", "screenshot.hta", "application/hta", Evidence.pngWithScript())
                .file("evidence", "скриншот.png.exe", "image/png", Evidence.pngWithText()));
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);

        var clean = dsl.getBytes("/staff/cases/" + reference + "/evidence/1");
        var second = dsl.getBytes("/staff/cases/" + reference + "/evidence/2");
        var path = "/staff/cases/" + reference + "/evidence/1/original";
        var csrf = Jsoup.parse(dsl.get(path).body()).selectFirst("input[name=csrf]").attr("value");
        var original = dsl.http.send(HttpRequest.newBuilder(stack.url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("reason=Checking+the+file&csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofByteArray());
        var page = dsl.get("/staff/cases/" + reference).body();

        assertThat(latin1(clean.body())).doesNotContain("<script", "<html");
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.body())).getWidth()).isEqualTo(40);
        assertThat(clean.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(clean.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"evidence-1-of-2.png\"");
        assertThat(clean.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(second.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"evidence-2-of-2.png\"");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(Evidence.pngWithScript());
        assertThat(original.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(original.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"evidence-1-of-2-original.png\"");
        assertThat(original.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        // the names the sender chose are shown to staff, as text only
        assertThat(Jsoup.parse(page).select("main").text()).contains("screenshot.hta", "скриншот.png.exe", "other hidden data", "text notes");
        assertThat(page).doesNotContain("href=\"screenshot.hta\"", "nothing was found");
    }

    @Test
    void a_jpeg_hiding_a_second_picture_with_gps_after_the_first_is_reported_and_its_clean_copy_is_one_picture(Stack stack) throws Exception {
        var reference = report(stack, new Multipart().file("evidence", "photo.jpg", "image/jpeg", Evidence.jpegHidingAPictureWithGps()));
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);

        var clean = dsl.getBytes("/staff/cases/" + reference + "/evidence/1");
        var page = Jsoup.parse(dsl.get("/staff/cases/" + reference).body()).select("main").text();

        assertThat(page).doesNotContain("nothing was found").contains("GPS position", "data after the end of the picture");
        assertThat(latin1(clean.body())).doesNotContain(Evidence.OWNER, "PhoneMaker", "Exif");
        assertThat(latin1(clean.body()).indexOf("\u00FF\u00D8\u00FF", 1)).as("a second picture").isEqualTo(-1);
        assertThat(clean.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"evidence-1-of-1.jpg\"");
        assertThat(clean.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    void a_webp_with_a_page_after_it_comes_back_as_a_png_of_its_pixels(Stack stack) throws Exception {
        var reference = report(stack, new Multipart().file("evidence", "sticker.html", "text/html", Evidence.webpWithTrailingPage()));
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);

        var clean = dsl.getBytes("/staff/cases/" + reference + "/evidence/1");

        assertThat(clean.statusCode()).isEqualTo(200);
        assertThat(latin1(clean.body())).doesNotContain("<script").startsWith("\u0089PNG");
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.body())).getWidth()).isEqualTo(1);
        assertThat(clean.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(clean.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"evidence-1-of-1.png\"");
    }

    @Test
    void a_pdf_that_runs_scripts_and_actions_and_embeds_a_file_is_cleaned_of_every_one(Stack stack) throws Exception {
        var reference = report(stack, new Multipart().file("evidence", "homework.pdf", "application/pdf", Evidence.pdfWithActions()));
        var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);

        var clean = dsl.getBytes("/staff/cases/" + reference + "/evidence/1");
        var page = Jsoup.parse(dsl.get("/staff/cases/" + reference).body()).select("main").text();

        assertThat(clean.statusCode()).isEqualTo(200);
        assertThat(clean.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(latin1(clean.body())).doesNotContain("/JavaScript", "/JS", "/OpenAction", "/AA", "/Launch", "/EmbeddedFile",
                "app.alert", "MZ payload", "cmd.exe");
        try (var pdf = Loader.loadPDF(clean.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(page).contains("scripts", "embedded files").doesNotContain("nothing was found");
    }

    @Test
    void a_pdf_nested_thousands_deep_gets_one_clear_log_line_and_no_stack_trace(Stack stack) throws Exception {
        try (var log = new CapturedLog()) {
            var reference = report(stack, new Multipart().file("evidence", "deep.pdf", "application/pdf", Evidence.pdfNested(50_000)));
            var dsl = StaffClient.signedIn(stack, Role.DSL, RIVERSIDE);
            var page = Jsoup.parse(dsl.get("/staff/cases/" + reference).body()).select("main").text();

            assertThat(page).contains("could not be read safely");
            assertThat(log.text().lines().filter(line -> line.strip().startsWith("at ")).count()).as(log.text()).isLessThan(5);
            assertThat(log.text()).contains("could not be cleaned: IOException: nested more than 100 deep");
        }
    }
}
