package org.esafetyhub.quiz;

import org.junit.jupiter.api.Tag;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.Browser;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A pupil takes a lesson's quiz in the real browser, with JavaScript on and off, and through the API. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class QuizIT {

    private static final String LESSON = "/lessons/jokes-that-hurt/";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static Quiz quiz(Stack stack) {
        return QuizBank.load(Stack.root().resolve("content")).quiz("jokes-that-hurt").orElseThrow();
    }

    /** Chooses, for each question, its correct options if {@code right}, else its first wrong one; skips one question if asked. */
    private static void answer(Browser browser, Quiz quiz, boolean right, String skip) {
        for (var question : quiz.questions()) {
            if (question.id().equals(skip)) {
                continue;
            }
            var options = question.options().stream().filter(o -> o.correct() == right).toList();
            for (var option : right ? options : options.subList(0, 1)) {
                browser.driver().findElement(By.cssSelector("label[for='answer-" + question.id() + "-" + option.id() + "']")).click();
            }
        }
    }


    private static int attempts(Stack stack) throws Exception {
        try (var db = stack.connection();
             var rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM quiz_attempt")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int attempts(Stack stack, String stage) throws Exception {
        try (var db = stack.connection();
             var query = db.prepareStatement("SELECT COUNT(*) FROM quiz_attempt WHERE stage = ?")) {
            query.setString(1, stage);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void the_before_or_after_choice_is_stored_with_javascript_on_and_off_and_after_the_lesson_is_the_default(Stack stack) throws Exception {
        var browser = stack.browser();
        var quiz = quiz(stack);
        int before = attempts(stack, "before");
        int after = attempts(stack, "after");

        browser.open(stack.url(LESSON));
        assertThat(browser.driver().findElement(By.id("stage-after")).isSelected()).isTrue();
        browser.driver().findElement(By.cssSelector("label[for='stage-before']")).click();
        answer(browser, quiz, true, null);
        browser.driver().findElement(By.cssSelector("#quiz button[type=submit]")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-result")));
        assertThat(attempts(stack, "before")).isEqualTo(before + 1);

        browser.withJavaScript(false, () -> {
            browser.open(stack.url(LESSON));
            browser.driver().findElement(By.cssSelector("label[for='stage-before']")).click();
            answer(browser, quiz, true, null);
            browser.driver().findElement(By.cssSelector("#quiz button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url(quiz.formUrl()).toString()));
        });
        assertThat(attempts(stack, "before")).isEqualTo(before + 2);

        browser.withJavaScript(false, () -> {
            browser.open(stack.url(LESSON));
            answer(browser, quiz, true, null);
            browser.driver().findElement(By.cssSelector("#quiz button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url(quiz.formUrl()).toString()));
        });
        assertThat(attempts(stack, "before")).isEqualTo(before + 2);
        assertThat(attempts(stack, "after")).isEqualTo(after + 1);
    }

    @Test
    void the_api_takes_a_stage_defaults_to_after_and_refuses_any_other(Stack stack) throws Exception {
        var quiz = quiz(stack);
        var json = new ObjectMapper();
        int before = attempts(stack, "before");
        int after = attempts(stack, "after");

        var baseline = AttemptsForTests.post(stack::url, quiz, 2, null, "before", null);
        var unsaid = AttemptsForTests.post(stack::url, quiz, 2, null, null, null);
        var during = AttemptsForTests.post(stack::url, quiz, 2, null, "during", null);

        assertThat(baseline.statusCode()).isEqualTo(200);
        assertThat(unsaid.statusCode()).isEqualTo(200);
        assertThat(during.statusCode()).isEqualTo(422);
        assertThat(json.readTree(during.body()).get("errors").get("stage").asText()).contains("before or after the lesson");
        assertThat(attempts(stack, "before")).isEqualTo(before + 1);
        assertThat(attempts(stack, "after")).isEqualTo(after + 1);
    }

    @Test
    void a_stage_that_is_neither_before_nor_after_is_an_error_on_the_form_with_the_answers_kept(Stack stack) throws Exception {
        var quiz = quiz(stack);
        var form = new StringBuilder("version=" + quiz.version() + "&stage=during");
        quiz.questions().forEach(q -> form.append('&').append(q.id()).append('=').append(q.options().get(0).id()));

        var response = postForm(stack, quiz, form.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Choose whether you are taking the quiz before or after the lesson", "href=\"#stage-after\"");
        assertThat(HtmlChecker.errors(response.body())).isEmpty();
    }

    @Test
    void with_javascript_on_the_results_appear_in_place_and_focus_moves_to_them(Stack stack) throws Exception {
        var browser = stack.browser();
        var quiz = quiz(stack);
        int before = attempts(stack);
        browser.open(stack.url(LESSON));

        answer(browser, quiz, true, null);
        browser.driver().findElement(By.cssSelector("#quiz button[type=submit]")).click();

        var panel = browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-result")));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(stack.url(LESSON).toString());
        assertThat(panel.getText()).contains("You got " + quiz.questions().size() + " out of " + quiz.questions().size() + " right.");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("quiz-result");
        assertThat(panel.findElements(By.cssSelector(".marked-question--right"))).hasSize(quiz.questions().size());
        assertThat(attempts(stack)).isEqualTo(before + 1);
    }

    @Test
    void with_javascript_off_the_form_posts_and_the_results_page_marks_each_question_with_its_feedback(Stack stack) {
        var browser = stack.browser();
        var quiz = quiz(stack);
        browser.withJavaScript(false, () -> {
            browser.open(stack.url(LESSON));
            answer(browser, quiz, false, null);
            browser.driver().findElement(By.cssSelector("#quiz button[type=submit]")).click();

            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url(quiz.formUrl()).toString()));
            var page = browser.driver().findElement(By.tagName("main")).getText();
            assertThat(page).contains("You got 0 out of " + quiz.questions().size() + " right.");
            for (var question : quiz.questions()) {
                var wrong = question.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
                assertThat(page).contains(wrong.feedback(), question.explanation());
            }
            assertThat(browser.driver().findElement(By.linkText("Try again")).getAttribute("href"))
                    .isEqualTo(stack.url(LESSON + "#quiz").toString());
        });
        assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver()).getViolations()).isEmpty();
    }

    @Test
    void an_unanswered_question_shows_an_error_summary_and_keeps_the_other_answers(Stack stack) throws Exception {
        var browser = stack.browser();
        var quiz = quiz(stack);
        var skipped = quiz.questions().get(1);
        int before = attempts(stack);
        browser.withJavaScript(false, () -> {
            browser.open(stack.url(LESSON));
            answer(browser, quiz, true, skipped.id());
            browser.driver().findElement(By.cssSelector("#quiz button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url(quiz.formUrl()).toString()));
        });

        var summary = browser.driver().findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Choose an answer to question 2");
        var link = summary.findElement(By.tagName("a")).getAttribute("href");
        var firstShown = quiz.withoutAnswers().questions().get(1).options().get(0).id();
        assertThat(link).endsWith("#answer-" + skipped.id() + "-" + firstShown)
                .endsWith("#" + browser.driver().findElement(By.cssSelector("#question-" + skipped.id() + " input")).getAttribute("id"));
        var checked = new ArrayList<String>();
        for (WebElement input : browser.driver().findElements(By.cssSelector("#quiz input:checked"))) {
            checked.add(input.getAttribute("id"));
        }
        var expected = new ArrayList<>(quiz.questions().stream().filter(q -> !q.id().equals(skipped.id()))
                .flatMap(q -> q.options().stream().filter(Quiz.Option::correct).map(o -> "answer-" + q.id() + "-" + o.id()))
                .toList());
        expected.add("stage-after");
        assertThat(checked).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(attempts(stack)).isEqualTo(before);
        assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver()).getViolations()).isEmpty();
    }

    /** Each question's option ids in the order of the page, which must also be the order on screen, top to bottom. */
    private static Map<String, List<String>> optionsAsShown(Browser browser, Quiz quiz) {
        var shown = new java.util.LinkedHashMap<String, List<String>>();
        for (var question : quiz.questions()) {
            var inputs = browser.driver().findElements(By.cssSelector("#question-" + question.id() + " input"));
            var tops = inputs.stream().map(input -> input.getRect().getY()).toList();
            assertThat(tops).as("options of %s on screen top to bottom in the page's order", question.id()).isSorted();
            shown.put(question.id(), inputs.stream().map(input -> input.getAttribute("value")).toList());
        }
        return shown;
    }

    @Test
    void without_javascript_the_options_come_in_the_baked_order_and_with_it_each_load_shuffles_all_but_true_false(Stack stack) {
        var browser = stack.browser();
        var quiz = quiz(stack);
        var baked = new java.util.LinkedHashMap<String, List<String>>();
        quiz.withoutAnswers().questions().forEach(q -> baked.put(q.id(), q.options().stream().map(Quiz.PublicQuiz.Option::id).toList()));
        browser.withJavaScript(false, () -> {
            browser.open(stack.url(LESSON));
            assertThat(optionsAsShown(browser, quiz)).isEqualTo(baked);
        });

        var orders = new java.util.HashSet<Map<String, List<String>>>();
        // the same order on five loads running has a chance below one in a million with this quiz's questions
        for (int load = 0; load < 5 && orders.size() < 2; load++) {
            browser.open(stack.url(LESSON));
            var shown = optionsAsShown(browser, quiz);
            for (var question : quiz.questions()) {
                assertThat(shown.get(question.id())).containsExactlyInAnyOrderElementsOf(baked.get(question.id()));
                if (question.type() == Quiz.Type.TRUEFALSE) {
                    assertThat(shown.get(question.id())).containsExactly("true", "false");
                }
            }
            orders.add(shown);
        }
        assertThat(orders).hasSizeGreaterThan(1);
    }

    @Test
    void with_javascript_on_the_error_summary_links_to_the_first_option_as_shuffled(Stack stack) {
        var browser = stack.browser();
        var quiz = quiz(stack);
        var skipped = quiz.questions().stream().filter(q -> q.type() != Quiz.Type.TRUEFALSE)
                .max(java.util.Comparator.comparingInt(q -> q.options().size())).orElseThrow();
        var bakedFirst = "answer-" + skipped.id() + "-" + quiz.withoutAnswers().questions().get(quiz.questions().indexOf(skipped)).options().get(0).id();
        var firstsSeen = new java.util.HashSet<String>();
        // until the shuffle has put another option first than the baked order does (a chance of 1 in 3 or better each time)
        for (int attempt = 0; attempt < 12 && !firstsSeen.stream().anyMatch(first -> !first.equals(bakedFirst)); attempt++) {
            browser.open(stack.url(LESSON));
            answer(browser, quiz, true, skipped.id());
            browser.driver().findElement(By.cssSelector("#quiz button[type=submit]")).click();
            // the script's request is refused (422), so it sends the form itself and the service shows it again with the problem
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(stack.url(quiz.formUrl()).toString()));

            var link = browser.driver().findElement(By.cssSelector(".error-summary a")).getAttribute("href");
            var first = browser.driver().findElement(By.cssSelector("#question-" + skipped.id() + " input")).getAttribute("id");
            assertThat(link).endsWith("#" + first);
            firstsSeen.add(first);
        }
        assertThat(firstsSeen).anyMatch(first -> !first.equals(bakedFirst));
    }

    @Test
    void the_form_posted_without_javascript_answers_valid_html_for_both_the_problem_and_the_results(Stack stack) throws Exception {
        var quiz = quiz(stack);
        var all = new StringBuilder("version=" + quiz.version());
        quiz.questions().forEach(q -> all.append('&').append(q.id()).append('=').append(q.options().get(0).id()));
        var first = quiz.questions().get(0);

        var problem = postForm(stack, quiz, "version=" + quiz.version() + "&" + first.id() + "=" + first.options().get(0).id());
        var results = postForm(stack, quiz, all.toString());

        assertThat(problem.statusCode()).isEqualTo(422);
        assertThat(problem.body()).contains("Choose an answer to question 2");
        assertThat(HtmlChecker.errors(problem.body())).isEmpty();
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).contains(" out of " + quiz.questions().size() + "</strong> right.");
        assertThat(HtmlChecker.errors(results.body())).isEmpty();
    }

    private static HttpResponse<String> postForm(Stack stack, Quiz quiz, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(stack.url(quiz.formUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_lesson_page_and_the_public_api_never_hold_the_answer_key(Stack stack) throws Exception {
        var quiz = quiz(stack);
        var page = Files.readString(stack.site().resolve("lessons/jokes-that-hurt/index.html"));
        var api = HTTP.send(HttpRequest.newBuilder(stack.url("/api/quizzes/jokes-that-hurt")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        for (var question : quiz.questions()) {
            assertThat(page).contains(question.text().replace("'", "&#39;").replace("\"", "&quot;")).doesNotContain(question.explanation());
            assertThat(api).doesNotContain(question.explanation());
            for (var option : question.options()) {
                assertThat(page).doesNotContain(option.feedback());
                assertThat(api).doesNotContain(option.feedback());
            }
        }
        assertThat(api).doesNotContain("\"correct\"").contains("\"version\":\"" + quiz.version() + "\"");
    }

    @Test
    void the_api_scores_an_attempt_and_refuses_missing_answers_a_stale_version_and_broken_json(Stack stack) throws Exception {
        var quiz = quiz(stack);
        var answers = new java.util.LinkedHashMap<String, List<String>>();
        quiz.questions().forEach(q -> answers.put(q.id(), q.options().stream().filter(Quiz.Option::correct).map(Quiz.Option::id).toList()));
        var json = new ObjectMapper();

        var scored = post(stack, json.writeValueAsString(Map.of("version", quiz.version(), "answers", answers)));
        answers.remove(quiz.questions().get(0).id());
        var missing = post(stack, json.writeValueAsString(Map.of("version", quiz.version(), "answers", answers)));
        var stale = post(stack, json.writeValueAsString(Map.of("version", "0000", "answers", answers)));
        var broken = post(stack, "{\"version\": ");

        assertThat(scored.statusCode()).isEqualTo(200);
        assertThat(json.readTree(scored.body()).get("score").asInt()).isEqualTo(quiz.questions().size());
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(json.readTree(missing.body()).get("errors").get(quiz.questions().get(0).id()).asText()).isEqualTo("Choose an answer to question 1");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(broken.statusCode()).isEqualTo(400);
    }

    @Test
    void a_stored_attempt_holds_no_address_browser_or_exact_time(Stack stack) throws Exception {
        var quiz = quiz(stack);
        var answers = new java.util.LinkedHashMap<String, List<String>>();
        quiz.questions().forEach(q -> answers.put(q.id(), List.of(q.options().get(0).id())));
        post(stack, new ObjectMapper().writeValueAsString(Map.of("version", quiz.version(), "answers", answers)));

        try (var db = stack.connection()) {
            var columns = new ArrayList<String>();
            try (var rows = db.getMetaData().getColumns(null, null, "quiz_attempt", "%")) {
                while (rows.next()) {
                    columns.add(rows.getString("COLUMN_NAME"));
                }
            }
            assertThat(columns).containsExactly("id", "quiz_id", "quiz_version", "academy_slug", "taken_hour", "score", "max_score",
                    "class_code", "stage");
            try (var rows = db.createStatement().executeQuery("SELECT * FROM quiz_attempt")) {
                while (rows.next()) {
                    assertThat(rows.getString("taken_hour")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}");
                    for (int i = 1; i <= columns.size(); i++) {
                        assertThat(String.valueOf(rows.getString(i))).doesNotContain("127.0.0.1", "localhost", "Java-http-client", "Mozilla");
                    }
                }
            }
        }
    }

    private static HttpResponse<String> post(Stack stack, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(stack.url("/api/quizzes/jokes-that-hurt/attempts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
