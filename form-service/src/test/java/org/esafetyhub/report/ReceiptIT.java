package org.esafetyhub.report;

import org.junit.jupiter.api.Tag;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.crypto.Sha256;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The receipt in the API's answer, its proof of submission, and the public check of a receipt. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class ReceiptIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode report(Stack stack, String description) throws Exception {
        var form = new Multipart().field("danger", "no").field("role", "parent").field("academy", "meadowbank-academy")
                .field("category", "posts").field("category", "messages").field("ongoing", "unsure")
                .field("description", description).field("links", "https://example.org/post/1\nhttps://example.org/post/2")
                .file("evidence", "chat.png", "image/png", Evidence.png());
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static JsonNode verify(Stack stack, String receipt) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/api/receipts/verify"))
                .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(receipt)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String field(String receipt, String name) {
        var matcher = Pattern.compile("(?m)^" + name + ": (.+)$").matcher(receipt);
        assertThat(matcher.find()).as(name + " in the receipt").isTrue();
        return matcher.group(1);
    }

    @Test
    void the_201_carries_a_receipt_with_the_reference_code_and_a_proof_and_no_report_content(Stack stack) throws Exception {
        var answer = report(stack, "Posts about my son on a class page");
        var receipt = answer.get("receipt").asText();

        assertThat(field(receipt, "Reference")).isEqualTo(answer.get("reference").asText());
        assertThat(field(receipt, "Follow-up code")).isEqualTo(answer.get("followUpCode").asText());
        assertThat(field(receipt, "Sent")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d UTC");
        assertThat(receipt).doesNotContain("Posts about my son", "example.org/post", "meadowbank");
        assertThat(receipt).contains("cannot be recovered", "/report/verify/");
    }

    @Test
    void the_proof_is_an_hmac_sha_256_under_the_configured_key_over_reference_minute_and_report_hash(Stack stack) throws Exception {
        var receipt = report(stack, "Someone made a fake account in my name").get("receipt").asText();
        var reference = field(receipt, "Reference");
        var minute = field(receipt, "Sent").replace(" UTC", "");
        var reportHash = field(receipt, "Report SHA-256");

        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Stack.RECEIPT_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var expected = HexFormat.of().formatHex(mac.doFinal((reference + "\n" + minute + "\n" + reportHash).getBytes(StandardCharsets.UTF_8)));

        assertThat(field(receipt, "Proof")).isEqualTo(expected);
        try (var db = stack.connection();
             var query = db.prepareStatement("SELECT submitted_sha256, received_minute FROM report WHERE reference = ?")) {
            query.setString(1, reference);
            var row = query.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(reportHash);
            assertThat(row.getString(2)).isEqualTo(minute);
        }
    }

    @Test
    void the_report_hash_is_the_sha_256_of_the_documented_canonical_text(Stack stack) throws Exception {
        var receipt = report(stack, "Line one\nLine two with a back\\slash").get("receipt").asText();
        var canonical = String.join("\n", SubmittedReport.ENCODING, "academy=meadowbank-academy", "role=parent", "urgent=false",
                "location=", "started=", "ongoing=unsure", "description=Line one\\nLine two with a back\\\\slash", "involved=",
                "category=messages", "category=posts", "link=https://example.org/post/1", "link=https://example.org/post/2",
                "evidence=" + Sha256.hex(Evidence.png())) + "\n";

        assertThat(field(receipt, "Report SHA-256")).isEqualTo(Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_receipt_as_given_is_genuine_and_unchanged(Stack stack) throws Exception {
        var answer = report(stack, "Unkind messages every night");

        var verdict = verify(stack, answer.get("receipt").asText());

        assertThat(verdict.get("genuine").asBoolean()).isTrue();
        assertThat(verdict.get("unchanged").asBoolean()).isTrue();
        assertThat(verdict.get("reference").asText()).isEqualTo(answer.get("reference").asText());
    }

    @Test
    void a_receipt_with_any_one_character_changed_is_not_genuine(Stack stack) throws Exception {
        var receipt = report(stack, "Threats in a group chat").get("receipt").asText();
        var lines = receipt.split("\n");

        for (int line = 0; line < lines.length; line++) {
            if (lines[line].isEmpty()) {
                continue;
            }
            var changed = lines.clone();
            var text = changed[line];
            int at = text.length() - 1;
            changed[line] = text.substring(0, at) + (text.charAt(at) == 'A' ? 'B' : 'A');
            var verdict = verify(stack, String.join("\n", changed) + "\n");
            assertThat(verdict.get("genuine").asBoolean()).as("changed line %d: %s", line + 1, changed[line]).isFalse();
            assertThat(verdict.get("unchanged").asBoolean()).isFalse();
        }
        assertThat(verify(stack, "not a receipt at all").get("genuine").asBoolean()).isFalse();
    }

    @Test
    void a_report_changed_in_the_database_since_is_still_genuine_but_not_unchanged(Stack stack) throws Exception {
        var answer = report(stack, "What was really sent");
        try (var db = stack.connection();
             var update = db.prepareStatement("UPDATE report SET description = ? WHERE reference = ?")) {
            update.setString(1, "Something else entirely");
            update.setString(2, answer.get("reference").asText());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        var verdict = verify(stack, answer.get("receipt").asText());

        assertThat(verdict.get("genuine").asBoolean()).isTrue();
        assertThat(verdict.get("unchanged").asBoolean()).isFalse();
    }
}
