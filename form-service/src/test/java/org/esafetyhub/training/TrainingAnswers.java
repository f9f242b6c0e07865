package org.esafetyhub.training;

import org.esafetyhub.testing.StaffClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.esafetyhub.testing.Stack;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staff training quiz's answers as its file gives them, and a member of staff sending them without a browser. */
final class TrainingAnswers {

    static final String FILE = "content/staff-guide/course.training.yaml";

    private TrainingAnswers() {
    }

    /** Every question answered with exactly its right options: full marks. */
    static Map<String, List<String>> allRight() {
        return chosen(true);
    }

    /** Every question answered with one wrong option: no marks. */
    static Map<String, List<String>> allWrong() {
        var wrong = new LinkedHashMap<String, List<String>>();
        chosen(false).forEach((question, options) -> wrong.put(question, options.subList(0, 1)));
        return wrong;
    }

    private static Map<String, List<String>> chosen(boolean correct) {
        JsonNode quiz;
        try {
            quiz = new ObjectMapper(new YAMLFactory()).readTree(Stack.root().resolve(FILE).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var answers = new LinkedHashMap<String, List<String>>();
        for (var question : quiz.get("questions")) {
            var options = new ArrayList<String>();
            question.get("options").forEach(option -> {
                if (option.get("correct").asBoolean() == correct) {
                    options.add(option.get("id").asText());
                }
            });
            answers.put(question.get("id").asText(), options);
        }
        return answers;
    }

    /** Opens the quiz, then posts the answers with the page's CSRF token and course version, as the form does. */
    static HttpResponse<String> submit(StaffClient staff, Stack stack, Map<String, List<String>> answers) throws Exception {
        var page = Jsoup.parse(staff.get("/staff/training/quiz").body());
        var fields = new ArrayList<String>();
        fields.add(field("csrf", page.selectFirst("input[name=csrf]").attr("value")));
        fields.add(field("version", page.selectFirst("input[name=version]").attr("value")));
        answers.forEach((question, options) -> options.forEach(option -> fields.add(field(question, option))));
        return staff.http.send(HttpRequest.newBuilder(stack.url("/staff/training/quiz"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The id of the record a result page links to. */
    static String recordId(HttpResponse<String> result) {
        var href = Jsoup.parse(result.body()).selectFirst("a[href^=/staff/training/records/]").attr("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }
}
