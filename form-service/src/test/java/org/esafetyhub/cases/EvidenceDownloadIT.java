package org.esafetyhub.cases;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.crypto.Sha256;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence reaches staff byte for byte as it was sent: never re-encoded on the way, even for a browser that takes gzip. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class EvidenceDownloadIT {

    @Test
    void evidence_downloads_are_never_compressed(Stack stack) throws Exception {
        // a PDF that would shrink a lot if it were gzipped
        var pdf = (new String(Evidence.pdf(), StandardCharsets.US_ASCII) + "%" + "a".repeat(20_000) + "\n").getBytes(StandardCharsets.US_ASCII);
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", "riverside-primary")
                .field("category", "messages").field("ongoing", "yes").field("description", "Messages in the class chat")
                .file("evidence", "chat.pdf", "application/pdf", pdf).file("evidence", "shot.png", "image/png", Evidence.png());
        var sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        var reference = new ObjectMapper().readTree(sent.body()).get("reference").asText();
        var dsl = StaffClient.signedIn(stack, Role.DSL, "riverside-primary");

        for (int position = 1; position <= 2; position++) {
            var file = dsl.http.send(HttpRequest.newBuilder(stack.url("/staff/cases/" + reference + "/evidence/" + position))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Encoding")).isEmpty();
            // staff download the clean copy, whose SHA-256 the case page shows beside the original's
            assertThat(dsl.get("/staff/cases/" + reference).body()).contains(Sha256.hex(file.body()));
            // the clean copy of the PDF is rebuilt from its page alone (the padding comment goes), so both are small
            assertThat(file.body().length).isGreaterThan(50);
        }
    }
}
