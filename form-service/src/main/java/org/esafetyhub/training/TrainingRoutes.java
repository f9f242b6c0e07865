package org.esafetyhub.training;

import org.esafetyhub.account.StaffSessions;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Staff training (policy 3.3): the course and one's own records for every member of staff, the quiz as a
 * plain form that needs no JavaScript, one record by id, and the matrix with its CSV and reminders for
 * the DSL, the Principal (their academy) and the trust's eSafety officer. Anyone else gets 404.
 */
public final class TrainingRoutes {

    private final TrainingRecords training;
    private final Supplier<Optional<TrainingCourse>> course;
    private final TrainingPages pages;
    private final Map<String, String> academyNames;

    public TrainingRoutes(TrainingRecords training, Supplier<Optional<TrainingCourse>> course, TrainingPages pages, Map<String, String> academyNames) {
        this.training = training;
        this.course = course;
        this.pages = pages;
        this.academyNames = academyNames;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/staff/training", ctx -> {
            var staff = StaffSessions.signedIn(ctx);
            ctx.html(pages.overview(staff, course(), training.statusOf(staff.account()), training.completionsOf(staff.account())));
        });
        routes.get("/staff/training/quiz", ctx -> ctx.html(pages.quiz(StaffSessions.signedIn(ctx), course(), Map.of(), Map.of(), "")));
        routes.post("/staff/training/quiz", this::submit);
        routes.get("/staff/training/records/{id}", ctx -> {
            var completion = training.completion(StaffSessions.signedIn(ctx).account(), ctx.pathParam("id"));
            ctx.html(pages.record(StaffSessions.signedIn(ctx), completion, training.accountOf(completion)));
        });
        routes.get("/staff/training/matrix", ctx -> {
            var scope = training.matrixScope(StaffSessions.signedIn(ctx), ctx.queryParam("academy"));
            var reminded = ctx.queryParam("reminded");
            ctx.html(pages.matrix(StaffSessions.signedIn(ctx), training.matrix(scope), reminded == null ? "" : reminded));
        });
        routes.get("/staff/training/matrix.csv", this::csv);
        routes.post("/staff/training/reminders", ctx -> {
            var staff = StaffSessions.signedIn(ctx);
            var scope = training.matrixScope(staff, ctx.formParam("academy"));
            int queued = training.remind(staff.account(), scope);
            ctx.redirect("/staff/training/matrix?" + (scope.everyAcademy() ? "" : "academy=" + scope.academy() + "&") + "reminded=" + queued);
        });
    }

    private TrainingCourse course() {
        return course.get().orElseThrow(() -> new NotFoundResponse("This site has no staff training course"));
    }

    private void submit(Context ctx) {
        var staff = StaffSessions.signedIn(ctx);
        var course = course();
        var answers = new HashMap<String, Set<String>>();
        course.questionIds().forEach(id -> answers.put(id, new LinkedHashSet<>(ctx.formParams(id))));
        if (!course.version().equals(ctx.formParam("version"))) {
            ctx.status(HttpStatus.CONFLICT).html(pages.quiz(staff, course, Map.of(), Map.of(),
                    "The course was changed after you opened the quiz. Please read the changes and answer the questions again."));
            return;
        }
        var problems = course.problems(answers);
        if (!problems.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.quiz(staff, course, problems, answers, ""));
            return;
        }
        var marked = course.mark(answers);
        ctx.html(pages.result(staff, course, marked, training.record(staff.account(), course, marked)));
    }

    private void csv(Context ctx) {
        var scope = training.matrixScope(StaffSessions.signedIn(ctx), ctx.queryParam("academy"));
        var name = "training-" + (scope.everyAcademy() ? "all-academies" : scope.academy()) + "-" + training.today() + ".csv";
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "\"")
                .result(TrainingCsv.of(training.matrix(scope), academyNames));
    }
}
