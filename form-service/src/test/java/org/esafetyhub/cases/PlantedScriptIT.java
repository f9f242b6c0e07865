package org.esafetyhub.cases;

import org.junit.jupiter.api.Tag;
import org.esafetyhub.account.Role;
import org.esafetyhub.testing.StaffClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.Multipart;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reporter wrote reaches staff as text: markup planted in every field of a report is shown, never run. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class PlantedScriptIT {

    private static final String SCRIPT = "<script>alert('planted')</script>";
    private static final String IMG = "\"><img src=x onerror=alert('planted')>";

    @Test
    void script_and_onerror_payloads_in_every_report_field_are_inert_on_the_case_list_and_the_case_page(Stack stack) throws Exception {
        var form = new Multipart().field("danger", "no").field("role", "pupil").field("academy", "meadowbank-academy")
                .field("category", "messages").field("ongoing", "yes")
                .field("description", "What happened " + SCRIPT + IMG)
                .field("location", "Where " + IMG).field("started", "When " + SCRIPT)
                .field("involved", "Who " + SCRIPT + IMG)
                .field("links", "https://example.org/a'onmouseover='alert(1)\nhttps://example.org/?q=%3Cscript%3E")
                .file("evidence", IMG + ".png", "image/png", Evidence.png())
                .file("evidence", SCRIPT + ".png", "image/png", Evidence.png());
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.url("/api/reports"))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var reference = new ObjectMapper().readTree(response.body()).get("reference").asText();
        var dsl = StaffClient.signedIn(stack, Role.DSL, "meadowbank-academy");

        var list = Jsoup.parse(dsl.get("/staff/").body());
        var page = dsl.get("/staff/cases/" + reference);
        var caseView = Jsoup.parse(page.body());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(list.select("a[href=/staff/cases/" + reference + "]")).hasSize(1);
        for (var document : new Document[] {list, caseView}) {
            assertThat(document.select("script")).allSatisfy(script -> assertThat(script.attr("src")).startsWith("/"));
            assertThat(document.select("script").eachText()).allSatisfy(text -> assertThat(text).isEmpty());
            assertThat(document.select("img[src=x], [onerror], [onmouseover], [onload]")).isEmpty();
        }
        var text = caseView.body().text();
        assertThat(text).contains("What happened " + SCRIPT + IMG, "Where " + IMG, "When " + SCRIPT, "Who " + SCRIPT + IMG,
                "https://example.org/a'onmouseover='alert(1)");
        assertThat(page.body()).doesNotContain(SCRIPT, "<img src=x");
    }
}
