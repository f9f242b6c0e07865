package org.esafetyhub.testing;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The reporter's side of a case, for tests of what staff do: a report made through the API, and its follow-up page. */
public final class FollowUps {

    public record Report(String reference, String code) {
    }

    private FollowUps() {
    }

    public static Report report(Stack stack, String academy, String description) throws Exception {
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", academy)
                .field("category", "posts").field("ongoing", "yes").field("description", description);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        var receipt = new ObjectMapper().readTree(response.body());
        return new Report(receipt.get("reference").asText(), receipt.get("followUpCode").asText());
    }

    /** The follow-up page the reporter reads with their reference and code. */
    public static String page(Stack stack, Report report) throws Exception {
        var body = "reference=" + URLEncoder.encode(report.reference(), StandardCharsets.UTF_8)
                + "&code=" + URLEncoder.encode(report.code(), StandardCharsets.UTF_8);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/report/follow-up/"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("the follow-up page answered " + response.statusCode());
        }
        return response.body();
    }
}
