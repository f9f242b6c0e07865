package org.esafetyhub.report;

import org.junit.jupiter.api.Tag;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The academy's DSL hears of every new report by e-mail, through a real SMTP server, even after it was down. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class ReportNotificationIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String report(Stack stack, boolean urgent) throws Exception {
        var form = ReportApiIT.validReport(stack, urgent ? "yes" : "no");
        var response = HTTP.send(HttpRequest.newBuilder(stack.url("/api/reports")).header("Content-Type", form.contentType())
                .POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return new ObjectMapper().readTree(response.body()).get("reference").asText();
    }

    private static MimeMessage awaitMailAbout(Stack stack, String reference) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (var message : stack.mail().getReceivedMessages()) {
                if (message.getSubject().contains(reference)) {
                    return message;
                }
            }
            stack.mail().waitForIncomingEmail(500, stack.mail().getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail about " + reference + " within 15 s");
    }

    @Test
    void the_academys_dsl_gets_an_email_with_the_reference_and_kind_but_never_the_content(Stack stack) throws Exception {
        var reference = report(stack, true);

        var mail = awaitMailAbout(stack, reference);

        var academy = stack.trust().academies().get(0);
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactly(academy.dsl().email());
        assertThat(mail.getSubject()).isEqualTo("URGENT: new report " + reference);
        var body = String.valueOf(mail.getContent());
        assertThat(body).contains(reference, academy.name(), "Threatening, frightening or upsetting messages")
                .doesNotContain("mean captions", "A group chat", "social.example");
    }

    @Test
    void with_the_mail_server_down_the_report_is_saved_and_its_email_goes_once_the_server_is_back(Stack stack) throws Exception {
        stack.stopMail();
        String reference;
        try {
            reference = report(stack, false);
            awaitFailedAttempt(stack, reference);
        } finally {
            stack.startMail();
        }

        var mail = awaitMailAbout(stack, reference);

        assertThat(mail.getSubject()).isEqualTo("New report " + reference);
        assertThat(Arrays.stream(stack.mail().getReceivedMessages()).filter(m -> subject(m).contains(reference))).hasSize(1);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitFailedAttempt(Stack stack, String reference) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        try (var db = stack.connection();
             var query = db.prepareStatement("SELECT attempts, sent FROM outbox WHERE subject LIKE ?")) {
            query.setString(1, "%" + reference);
            while (System.nanoTime() < deadline) {
                var row = query.executeQuery();
                if (row.next() && row.getInt("attempts") > 0) {
                    assertThat(row.getBoolean("sent")).isFalse();
                    return;
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("the outbox never tried to send the mail about " + reference);
    }
}
