package org.esafetyhub.report;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.evidence.EvidenceKey;
import org.esafetyhub.evidence.EvidenceSeal;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports over real HTTP: what is stored, and how bad or hostile input is refused without a 500 or a change. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class ReportApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Multipart validReport(Stack stack) {
        return validReport(stack, "no");
    }

    static Multipart validReport(Stack stack, String danger) {
        return new Multipart()
                .field("danger", danger).field("role", "parent")
                .field("academy", stack.trust().academies().get(0).slug())
                .field("category", "messages").field("category", "posts")
                .field("location", "A group chat").field("started", "Last week").field("ongoing", "yes")
                .field("description", "Someone in my son's class keeps posting pictures of him with mean captions.")
                .field("involved", "").field("links", "https://social.example/post/1\nhttps://social.example/post/2")
                .field("website", "");
    }

    private static HttpResponse<String> post(Stack stack, String path, Multipart form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(stack.url(path)).header("Content-Type", form.contentType())
                .POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(Stack stack, String table) throws Exception {
        try (var db = stack.connection();
             var rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void a_report_with_a_png_and_a_pdf_answers_201_and_keeps_each_file_with_its_hash_size_and_type(Stack stack) throws Exception {
        var png = Evidence.png();
        var pdf = Evidence.pdf();

        var response = post(stack, "/api/reports", validReport(stack)
                .file("evidence", "screenshot.png", "image/png", png)
                .file("evidence", "../../etc/chat <log>.pdf", "application/octet-stream", pdf));

        assertThat(response.statusCode()).isEqualTo(201);
        var body = JSON.readTree(response.body());
        var reference = body.get("reference").asText();
        assertThat(reference).matches("CB-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(body.get("followUpCode").asText()).matches("([2-9A-HJ-NP-Z]{4}-){3}[2-9A-HJ-NP-Z]{4}");
        try (var db = stack.connection();
             var rows = db.prepareStatement("""
                     SELECT e.id, e.display_name, e.media_type, e.size_bytes, e.sha256, e.content, e.data_key, e.key_id,
                            r.received_minute, r.follow_up_hash
                     FROM evidence e JOIN report r ON r.id = e.report_id WHERE r.reference = ? ORDER BY e.position""")) {
            rows.setString(1, reference);
            var result = rows.executeQuery();
            var files = new ArrayList<String>();
            while (result.next()) {
                // stored sealed (EvidenceAtRestIT): opened here with the evidence key beside the database
                var content = new EvidenceSeal(EvidenceKey.inFolder(stack.databaseAddress().localFolder(), java.util.Map.of()))
                        .open(result.getString("id"), EvidenceSeal.Part.ORIGINAL, result.getBytes("content"),
                                new EvidenceSeal.WrappedKey(result.getString("data_key"), result.getString("key_id")));
                assertThat(result.getString("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
                assertThat(result.getLong("size_bytes")).isEqualTo(content.length);
                assertThat(result.getString("received_minute")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
                assertThat(result.getString("follow_up_hash")).startsWith("hmac-sha256$").doesNotContain(body.get("followUpCode").asText());
                files.add(result.getString("display_name") + " " + result.getString("media_type") + " " + content.length);
            }
            assertThat(files).containsExactly("screenshot.png image/png " + png.length, "chat _log_.pdf application/pdf " + pdf.length);
        }
    }

    @Test
    void report_with_fake_png_is_refused_naming_the_file_and_nothing_is_stored(Stack stack) throws Exception {
        long before = count(stack, "report");

        var response = post(stack, "/api/reports", validReport(stack)
                .file("evidence", "photo.png", "image/png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("errors").get("evidence").asText())
                .isEqualTo("photo.png is not a picture (PNG, JPEG, GIF or WebP) or a PDF");
        assertThat(count(stack, "report")).isEqualTo(before);
    }

    @Test
    void six_files_an_11_mb_file_and_a_1_mb_description_each_get_their_own_message_and_change_nothing(Stack stack) throws Exception {
        long reports = count(stack, "report");
        long evidence = count(stack, "evidence");
        var six = validReport(stack);
        for (int i = 1; i <= 6; i++) {
            six.file("evidence", "shot" + i + ".png", "image/png", Evidence.png());
        }
        var big = new byte[11 * 1024 * 1024];
        System.arraycopy(Evidence.png(), 0, big, 0, 8);
        var longText = "a".repeat(1024 * 1024);

        var tooMany = post(stack, "/api/reports", six);
        var tooBig = post(stack, "/api/reports", validReport(stack).file("evidence", "big.png", "image/png", big));
        var tooLong = post(stack, "/api/reports", new Multipart().field("danger", "no").field("role", "pupil")
                .field("academy", stack.trust().academies().get(0).slug()).field("category", "other")
                .field("ongoing", "no").field("description", longText));

        assertThat(List.of(tooMany.statusCode(), tooBig.statusCode(), tooLong.statusCode())).containsOnly(422);
        assertThat(JSON.readTree(tooMany.body()).at("/errors/evidence").asText()).isEqualTo("Choose no more than 5 files (you chose 6)");
        assertThat(JSON.readTree(tooBig.body()).at("/errors/evidence").asText()).isEqualTo("big.png is larger than 10 MB");
        assertThat(JSON.readTree(tooLong.body()).at("/errors/description").asText())
                .isEqualTo("What happened must be 5,000 characters or fewer (it has 1,048,576)");
        assertThat(count(stack, "report")).isEqualTo(reports);
        assertThat(count(stack, "evidence")).isEqualTo(evidence);
    }

    @Test
    void broken_multipart_is_refused_with_400_on_the_form_and_the_api(Stack stack) throws Exception {
        long before = count(stack, "report");
        var broken = HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"role\"\r\n\r\npupil");

        // a fresh client for each: the server may close a connection whose body it would not read
        var api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/api/reports"))
                .header("Content-Type", "multipart/form-data; boundary=xyz").POST(broken).build(), HttpResponse.BodyHandlers.ofString());
        var form = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/report/form/"))
                .header("Content-Type", "multipart/form-data; boundary=xyz").POST(broken).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("could not read the form");
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(form.body()).contains("There was a problem sending your report");
        assertThat(count(stack, "report")).isEqualTo(before);
    }

    @Test
    void script_payloads_come_back_inert_in_the_form_shown_again(Stack stack) throws Exception {
        var payload = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        var response = post(stack, "/report/form/", new Multipart().field("danger", "no")
                .field("location", payload).field("description", payload).field("links", "javascript:alert(3)"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).doesNotContain("<script>alert(1)", "<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Choose who is making this report",
                        "Line 1 of the links is not a web address");
        assertThat(HtmlChecker.errors(response.body())).isEmpty();
    }

    @Test
    void the_follow_up_page_shows_the_status_for_the_right_code_and_one_message_for_any_wrong_half(Stack stack) throws Exception {
        var receipt = JSON.readTree(post(stack, "/api/reports", validReport(stack)).body());
        var reference = receipt.get("reference").asText();
        var code = receipt.get("followUpCode").asText();

        var right = followUp(stack, reference.toLowerCase(), code.replace("-", " "));
        var wrongCode = followUp(stack, reference, "ABCD-ABCD-ABCD-ABCD");
        var wrongReference = followUp(stack, "CB-2222-2222", code);

        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("Status: Received");
        assertThat(List.of(wrongCode, wrongReference)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.body()).contains("We could not find a report with that reference and code.").doesNotContain("Status:");
        });
    }

    @Test
    void a_reporter_adds_a_message_and_a_file_with_their_code_and_sees_them_on_the_follow_up_page(Stack stack) throws Exception {
        var receipt = JSON.readTree(post(stack, "/api/reports", validReport(stack)).body());
        var reference = receipt.get("reference").asText();
        var code = receipt.get("followUpCode").asText();

        var added = post(stack, "/report/follow-up/add", new Multipart().field("reference", reference).field("code", code)
                .field("message", "It happened again today <b>twice</b>.")
                .file("evidence", "today.png", "image/png", Evidence.png()));
        var refused = post(stack, "/report/follow-up/add", new Multipart().field("reference", reference)
                .field("code", "WRNG-WRNG-WRNG-WRNG").field("message", "Let me in"));
        var empty = post(stack, "/report/follow-up/add", new Multipart().field("reference", reference).field("code", code));

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("Thank you. What you added has been sent to the school.",
                "It happened again today &lt;b&gt;twice&lt;/b&gt;.", "today.png");
        assertThat(HtmlChecker.errors(added.body())).isEmpty();
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("We could not find a report with that reference and code.").doesNotContain("Let me in");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Write a message or choose a file to add");
        try (var db = stack.connection();
             var rows = db.prepareStatement("SELECT COUNT(*) FROM outbox WHERE subject = ?")) {
            rows.setString(1, "New information on report " + reference);
            var count = rows.executeQuery();
            count.next();
            assertThat(count.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void after_a_report_no_table_holds_a_client_address_or_browser(Stack stack) throws Exception {
        var form = validReport(stack).file("evidence", "a.png", "image/png", Evidence.png());
        var response = HTTP.send(HttpRequest.newBuilder(stack.url("/api/reports"))
                .header("Content-Type", form.contentType())
                .header("User-Agent", "Mozilla/5.0 (TestBrowser)").header("X-Forwarded-For", "203.0.113.9")
                .POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        var followUpCode = JSON.readTree(response.body()).get("followUpCode").asText();

        try (var db = stack.connection()) {
            var tables = new ArrayList<String>();
            try (var rows = db.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("report", "evidence", "report_link", "quiz_attempt");
            for (var table : tables) {
                try (var rows = db.createStatement().executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            if (rows.getMetaData().getColumnName(i).equals("content")) {
                                continue;
                            }
                            assertThat(String.valueOf(rows.getString(i))).as("%s.%s", table, rows.getMetaData().getColumnName(i))
                                    .doesNotContain("127.0.0.1", "0:0:0:0:0:0:0:1", "203.0.113.9", "TestBrowser", "Mozilla", followUpCode);
                        }
                    }
                }
            }
        }
    }

    private static HttpResponse<String> followUp(Stack stack, String reference, String code) throws Exception {
        var form = "reference=" + java.net.URLEncoder.encode(reference, StandardCharsets.UTF_8)
                + "&code=" + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(stack.url("/report/follow-up/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
