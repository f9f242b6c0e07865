package org.esafetyhub.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Makes a report through the public API, for tests of what staff do with it. */
public final class ReportsForTests {

    private final Stack stack;

    public ReportsForTests(Stack stack) {
        this.stack = stack;
    }

    public String report(String academy, String description) throws Exception {
        return report(academy, description, new Multipart());
    }

    /** A report with evidence: a PNG named shot.png and a PDF named notes.pdf. */
    public String reportWithEvidence(String academy, String description, byte[] png, byte[] pdf) throws Exception {
        return report(academy, description, new Multipart().file("evidence", "shot.png", "image/png", png)
                .file("evidence", "notes.pdf", "application/pdf", pdf));
    }

    private String report(String academy, String description, Multipart form) throws Exception {
        form.field("danger", "no").field("role", "pupil").field("academy", academy)
                .field("category", "messages").field("ongoing", "yes").field("description", description);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new AssertionError("the report answered " + response.statusCode() + ": " + response.body());
        }
        return new ObjectMapper().readTree(response.body()).get("reference").asText();
    }
}
