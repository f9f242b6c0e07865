package org.esafetyhub.quiz;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Quiz attempts made through the real JSON API, with a chosen number of questions right. */
public final class AttemptsForTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AttemptsForTests() {
    }

    public static Quiz quiz(Path content, String id) {
        return QuizBank.load(content).quiz(id).orElseThrow();
    }

    /** Answers the first {@code right} questions with their correct options and the rest with their first wrong option. */
    public static Map<String, List<String>> answers(Quiz quiz, int right) {
        var answers = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            var question = quiz.questions().get(i);
            boolean correct = i < right;
            var options = question.options().stream().filter(o -> o.correct() == correct).map(Quiz.Option::id).toList();
            answers.put(question.id(), correct ? options : options.subList(0, 1));
        }
        return answers;
    }

    /** Posts an attempt; {@code classCode}, {@code stage} and {@code academy} may be null to leave them out. */
    public static HttpResponse<String> post(Function<String, URI> url, Quiz quiz, int right, String classCode, String stage,
                                            String academy) throws Exception {
        var body = new HashMap<String, Object>();
        body.put("version", quiz.version());
        body.put("answers", answers(quiz, right));
        if (classCode != null) {
            body.put("classCode", classCode);
        }
        if (stage != null) {
            body.put("stage", stage);
        }
        if (academy != null) {
            body.put("academy", academy);
        }
        var response = HTTP.send(HttpRequest.newBuilder(url.apply("/api/quizzes/" + quiz.id() + "/attempts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && stage != null && (stage.equals("before") || stage.equals("after"))) {
            throw new AssertionError("the attempt answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
