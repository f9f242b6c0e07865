package org.esafetyhub.report;

import org.junit.jupiter.api.Tag;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-up codes are kept as an HMAC under a key derived from the receipt key; reports made while
 * they were kept as Argon2id hashes keep working with their codes.
 */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class LegacyFollowUpCodeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode report(Stack stack) throws Exception {
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", "meadowbank-academy")
                .field("category", "posts").field("ongoing", "yes").field("description", "Mean posts about me");
        var response = HTTP.send(HttpRequest.newBuilder(stack.url("/api/reports")).header("Content-Type", form.contentType())
                .POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static String storedHash(Stack stack, String reference) throws Exception {
        try (var db = stack.connection(); var query = db.prepareStatement("SELECT follow_up_hash FROM report WHERE reference = ?")) {
            query.setString(1, reference);
            var row = query.executeQuery();
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    /** The row as the service wrote it before follow-up codes were HMACs. */
    private static void keepAsArgon2(Stack stack, String reference, String code) throws Exception {
        try (var db = stack.connection(); var update = db.prepareStatement("UPDATE report SET follow_up_hash = ? WHERE reference = ?")) {
            update.setString(1, Argon2Codes.hash(code));
            update.setString(2, reference);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static HttpResponse<String> followUp(Stack stack, String reference, String code) throws Exception {
        var form = "reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(stack.url("/report/follow-up/")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean genuine(Stack stack, String receipt) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(stack.url("/api/receipts/verify")).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(receipt)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("genuine").asBoolean();
    }

    @Test
    void a_new_report_keeps_its_code_as_the_hmac_under_the_key_derived_from_the_receipt_key(Stack stack) throws Exception {
        var answer = report(stack);
        var code = answer.get("followUpCode").asText();

        var stored = storedHash(stack, answer.get("reference").asText());

        assertThat(stored).startsWith("hmac-sha256$").doesNotContain(code)
                .isEqualTo(new Codes(new SecureRandom(), ReceiptKey.of(Stack.RECEIPT_KEY)).hash(code));
    }

    @Test
    void a_report_whose_code_was_kept_as_argon2id_still_opens_with_its_code_and_refuses_a_wrong_one(Stack stack) throws Exception {
        var answer = report(stack);
        var reference = answer.get("reference").asText();
        var code = answer.get("followUpCode").asText();
        keepAsArgon2(stack, reference, code);

        var right = followUp(stack, reference, code.toLowerCase().replace("-", " "));
        var wrong = followUp(stack, reference, "WRNG-WRNG-WRNG-WRNG");

        assertThat(storedHash(stack, reference)).startsWith("$argon2id$");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("Status: Received");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("We could not find a report with that reference and code.").doesNotContain("Status:");
        assertThat(genuine(stack, answer.get("receipt").asText())).isTrue();
    }
}
