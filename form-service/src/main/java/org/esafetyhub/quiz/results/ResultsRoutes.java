package org.esafetyhub.quiz.results;

import org.esafetyhub.account.AcademyScope;
import org.esafetyhub.account.StaffSessions;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.quiz.ClassCodes;
import org.esafetyhub.quiz.QuizResults;
import org.esafetyhub.quiz.ResultsCsv;
import org.esafetyhub.trust.Trust;

import java.util.List;
import java.util.function.Function;

/**
 * Quiz results for teachers, DSLs and Principals (their academy) and the trust's eSafety officer (every
 * academy, or one chosen); the administrator of accounts gets 404. The scope comes from the session only.
 */
public final class ResultsRoutes {

    private final QuizResults results;
    private final ResultsPages pages;
    private final Trust trust;
    private final ClassCodes classCodes;

    public ResultsRoutes(QuizResults results, ResultsPages pages, Trust trust, ClassCodes classCodes) {
        this.results = results;
        this.pages = pages;
        this.trust = trust;
        this.classCodes = classCodes;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/staff/results", ctx -> ctx.html(pages.list(StaffSessions.signedIn(ctx), results.quizzes(scope(ctx, null)))));
        routes.get("/staff/results/strands", this::strands);
        routes.get("/staff/results/{quizId}", this::quiz);
        routes.get("/staff/results/{quizId}/attempts.csv", ctx -> csv(ctx, "attempts",
                officer(ctx) ? ResultsCsv::attemptsOfLargerClasses : ResultsCsv::attempts));
        routes.get("/staff/results/{quizId}/questions.csv", ctx -> csv(ctx, "questions",
                officer(ctx) ? ResultsCsv::questionsWithSmallCountsHidden : ResultsCsv::questions));
    }

    /** The officer is not an academy's own: the exports leave out small classes and hide small counts (issue 10). */
    private static boolean officer(Context ctx) {
        return StaffSessions.signedIn(ctx).scope().everyAcademy();
    }

    /** The officer may narrow to one academy; everyone else is held to their own, whatever the address says. */
    private static AcademyScope scope(Context ctx, ResultsFilter filter) {
        var staff = StaffSessions.signedIn(ctx);
        if (!staff.account().role().seesResults()) {
            throw new NotFoundResponse("No quiz results here");
        }
        return staff.scope().narrowedTo(filter == null ? null : filter.academy());
    }

    private ResultsFilter filter(Context ctx) {
        return ResultsFilter.read(ctx, trust, officer(ctx));
    }

    private List<ClassCodes.ClassCode> classes(AcademyScope scope) {
        return scope.everyAcademy() ? List.of() : classCodes.ofAcademy(scope.academy());
    }

    private void quiz(Context ctx) {
        var filter = filter(ctx);
        var scope = scope(ctx, filter);
        var quizId = ctx.pathParam("quizId");
        if (!filter.errors().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).html(pages.quiz(StaffSessions.signedIn(ctx), quizId, null, filter, classes(scope)));
            return;
        }
        var report = results.report(scope, quizId, ctx.queryParam("version"), filter.filter())
                .orElseThrow(() -> new NotFoundResponse("No such quiz or version"));
        ctx.html(pages.quiz(StaffSessions.signedIn(ctx), quizId, report, filter, classes(scope)));
    }

    private void strands(Context ctx) {
        var filter = filter(ctx);
        var scope = scope(ctx, filter);
        if (!filter.errors().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).html(pages.strands(StaffSessions.signedIn(ctx), null, filter));
            return;
        }
        ctx.html(pages.strands(StaffSessions.signedIn(ctx), results.strands(scope, filter.filter()), filter));
    }

    private void csv(Context ctx, String what, Function<QuizResults.Report, String> format) {
        var filter = filter(ctx);
        var scope = scope(ctx, filter);
        if (!filter.errors().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).contentType("text/plain; charset=utf-8").result(String.join("\n", filter.errors().values()));
            return;
        }
        var report = results.report(scope, ctx.pathParam("quizId"), ctx.queryParam("version"), filter.filter())
                .orElseThrow(() -> new NotFoundResponse("No such quiz or version"));
        var name = report.quiz().id() + "-" + report.version() + "-" + what + ".csv";
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "") + "\"")
                .result(format.apply(report));
    }
}
