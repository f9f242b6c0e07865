package org.esafetyhub.quiz;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.limits.ClientKey;
import org.esafetyhub.limits.RateLimiter;
import org.esafetyhub.limits.RateLimits;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Trust;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Taking a quiz: a plain form POST that answers with a results page (works without JavaScript),
 * and the JSON API the lesson page's script uses to do the same in place.
 */
public final class QuizRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOO_MANY = "There have been too many attempts from here. Please wait a few minutes and try again.";

    private final Supplier<QuizBank> quizzes;
    private final Attempts attempts;
    private final PageRenderer pages;
    private final Trust trust;
    private final ClientKey clients;
    private final RateLimiter attemptsByClient;
    private final RateLimiter unknownCodesByClient;

    /**
     * @param quizzes  the quizzes to score, asked for on every request: the preview replaces them after a re-bake
     * @param attempts marks and keeps attempts, for the class whose code the pupil typed
     * @param limits   where the allowances are counted (issue 19, finding 7): a whole school often shares one address, so
     *                 attempts are allowed 20 times as often as reports; a class code the service does not know costs
     *                 from a much smaller allowance, so that trying codes until one is accepted takes years
     */
    public QuizRoutes(Supplier<QuizBank> quizzes, Attempts attempts, PageRenderer pages, Trust trust, RateLimits limits) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.pages = pages;
        this.trust = trust;
        this.clients = new ClientKey(trust.service().trustedProxies());
        this.attemptsByClient = limits.limiter("quiz-attempts", 20L * trust.service().reportsPerClient(), Duration.ofMinutes(10));
        this.unknownCodesByClient = limits.limiter("quiz-unknown-codes", Math.max(1, trust.service().reportsPerClient() / 3),
                Duration.ofMinutes(10));
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/quiz/{id}/", this::submitForm);
        routes.get("/api/quizzes/{id}", this::describe);
        routes.post("/api/quizzes/{id}/attempts", this::submitJson);
    }

    record AttemptRequest(String version, String academy, String classCode, String stage, Map<String, List<String>> answers) {
    }

    private Quiz quiz(Context ctx) {
        return quizzes.get().quiz(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("No such quiz"));
    }

    private void describe(Context ctx) {
        ctx.json(quiz(ctx).withoutAnswers());
    }

    private void submitForm(Context ctx) {
        var quiz = quiz(ctx);
        var client = clients.of(ctx);
        if (!attemptsByClient.allow(client)) {
            tooManyForm(ctx, quiz, null);
            return;
        }
        var form = ctx.formParamMap();
        var answers = new HashMap<String, Set<String>>();
        quiz.questions().forEach(q -> answers.put(q.id(), new LinkedHashSet<>(form.getOrDefault(q.id(), List.of()))));
        var academy = blankToNull(ctx.formParam("academy"));
        var typedCode = blankToNull(ctx.formParam("classCode"));
        var typedStage = ctx.formParam("stage");
        var stage = Stage.parse(typedStage);
        if (!quiz.version().equals(ctx.formParam("version"))) {
            ctx.status(HttpStatus.CONFLICT).html(QuizPages.form(pages, quiz, trust, Map.of(), Map.of(), null, typedCode,
                    stage.orElse(Stage.AFTER).value(), "This quiz was changed after you opened it. Please answer the questions again."));
            return;
        }
        if (typedCode != null && !unknownCodesByClient.hasRoom(client)) {
            tooManyForm(ctx, quiz, typedCode);
            return;
        }
        var classCode = classCode(typedCode, academy, client);
        var problems = problems(quiz, answers, academy, typedCode, classCode.isPresent(), stage.isPresent());
        if (!problems.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(QuizPages.form(pages, quiz, trust, problems, answers, academy, typedCode,
                    stage.map(Stage::value).orElse(""), null));
            return;
        }
        ctx.html(QuizPages.result(pages, quiz, attempts.record(quiz, answers, academy, classCode.orElse(null), stage.get()).result()));
    }

    private void tooManyForm(Context ctx, Quiz quiz, String typedCode) {
        ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "600").html(QuizPages.form(pages, quiz, trust, Map.of(),
                Map.of(), null, typedCode, Stage.AFTER.value(), TOO_MANY));
    }

    private static void tooManyJson(Context ctx) {
        ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "600").json(Map.of("error", TOO_MANY));
    }

    /**
     * The class the typed code is for. A code the service does not know, and a code of another academy than the one
     * chosen, get the same answer; an unknown code spends from the client's small allowance.
     */
    private Optional<ClassCodes.ClassCode> classCode(String typedCode, String academy, String client) {
        var found = attempts.classOf(typedCode).filter(code -> academy == null || code.academySlug().equals(academy));
        if (typedCode != null && found.isEmpty()) {
            unknownCodesByClient.allow(client);
        }
        return found;
    }

    private void submitJson(Context ctx) {
        var quiz = quiz(ctx);
        var client = clients.of(ctx);
        if (!attemptsByClient.allow(client)) {
            tooManyJson(ctx);
            return;
        }
        AttemptRequest request;
        try {
            request = JSON.readValue(ctx.body(), AttemptRequest.class);
        } catch (IOException e) {
            request = null;
        }
        if (request == null) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error",
                    "The body must be JSON: {\"version\": \"...\", \"answers\": {\"q1\": [\"a\"]}}"));
            return;
        }
        if (!quiz.version().equals(request.version())) {
            ctx.status(HttpStatus.CONFLICT).json(Map.of("error", "This quiz has changed: load it again.",
                    "version", quiz.version()));
            return;
        }
        var answers = new HashMap<String, Set<String>>();
        var given = request.answers() == null ? Map.<String, List<String>>of() : request.answers();
        // a question given as null, or null among the options, is an unanswered question or no option
        quiz.questions().forEach(q -> answers.put(q.id(), chosen(given.get(q.id()))));
        var academy = blankToNull(request.academy());
        var typedCode = blankToNull(request.classCode());
        if (typedCode != null && !unknownCodesByClient.hasRoom(client)) {
            tooManyJson(ctx);
            return;
        }
        var classCode = classCode(typedCode, academy, client);
        var stage = Stage.parse(request.stage());
        var problems = problems(quiz, answers, academy, typedCode, classCode.isPresent(), stage.isPresent());
        if (!problems.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(Map.of("errors", problems));
            return;
        }
        ctx.json(attempts.record(quiz, answers, academy, classCode.orElse(null), stage.get()));
    }

    private Map<String, String> problems(Quiz quiz, Map<String, Set<String>> answers, String academy, String typedCode,
                                         boolean codeKnown, boolean stageKnown) {
        var problems = new LinkedHashMap<String, String>();
        if (!stageKnown) {
            problems.put("stage", "Choose whether you are taking the quiz before or after the lesson");
        }
        problems.putAll(Marking.problems(quiz, answers));
        if (academy != null && trust.academy(academy).isEmpty()) {
            problems.put("academy", "Choose your school from the list");
        }
        if (typedCode != null && !codeKnown) {
            problems.put("classCode", "We do not know the class code " + typedCode + ": check it with your teacher, or leave it out");
        }
        return problems;
    }

    private static Set<String> chosen(List<String> options) {
        return options == null ? new LinkedHashSet<>()
                : options.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
