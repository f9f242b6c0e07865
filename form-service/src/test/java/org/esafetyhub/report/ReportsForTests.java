package org.esafetyhub.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Function;

/** Makes a report through the public API, for tests of what staff do with it. */
public final class ReportsForTests {

    private final Function<String, URI> url;

    public ReportsForTests(Stack stack) {
        this(stack::url);
    }

    /** @param url the address of a path on a service a test started itself */
    public ReportsForTests(Function<String, URI> url) {
        this.url = url;
    }

    public String report(String academy, String description) throws Exception {
        return report(academy, description, new Multipart());
    }

    /** A report with evidence: a PNG named shot.png and a PDF named notes.pdf. */
    public String reportWithEvidence(String academy, String description, byte[] png, byte[] pdf) throws Exception {
        return report(academy, description, new Multipart().file("evidence", "shot.png", "image/png", png)
                .file("evidence", "notes.pdf", "application/pdf", pdf));
    }

    /** A report naming the given kinds of bullying; urgent when the reporter says someone is in danger now. */
    public String report(String academy, boolean urgent, String... categories) throws Exception {
        var form = new Multipart();
        for (var category : categories) {
            form.field("category", category);
        }
        return send(form.field("danger", urgent ? "yes" : "no"), academy, "A report for the dashboard");
    }

    private String report(String academy, String description, Multipart form) throws Exception {
        return send(form.field("danger", "no").field("category", "messages"), academy, description);
    }

    private String send(Multipart form, String academy, String description) throws Exception {
        form.field("role", "pupil").field("academy", academy).field("ongoing", "yes").field("description", description);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.apply("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new AssertionError("the report answered " + response.statusCode() + ": " + response.body());
        }
        return new ObjectMapper().readTree(response.body()).get("reference").asText();
    }
}
