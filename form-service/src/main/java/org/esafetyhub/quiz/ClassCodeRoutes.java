package org.esafetyhub.quiz;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.staff.StaffPages;

import java.util.List;
import java.util.Map;

/** Class codes at /staff/classes: a teacher names a class and gets the code its pupils type with their quiz answers. */
public final class ClassCodeRoutes {

    private final ClassCodes classCodes;
    private final StaffPages pages;

    public ClassCodeRoutes(ClassCodes classCodes, StaffPages pages) {
        this.classCodes = classCodes;
        this.pages = pages;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/staff/classes", ctx -> ctx.html(page(ctx, classCodes.ofAcademy(academyOf(ctx)), null, "")));
        routes.post("/staff/classes", this::newClassCode);
    }

    /** Class codes belong to one academy: staff of no single academy (the officer, the admin) have none. */
    private static String academyOf(Context ctx) {
        var academy = StaffSessions.signedIn(ctx).account().academySlug();
        if (academy == null) {
            throw new NotFoundResponse("Class codes belong to an academy");
        }
        return academy;
    }

    private void newClassCode(Context ctx) {
        var academy = academyOf(ctx);
        var label = String.valueOf(ctx.formParam("label") == null ? "" : ctx.formParam("label")).strip();
        if (label.isEmpty() || label.length() > 60) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(page(ctx, classCodes.ofAcademy(academy), null,
                    "Name the class in 60 characters or fewer, for example 7B or Year 5 Oak"));
            return;
        }
        var made = classCodes.create(academy, label, StaffSessions.signedIn(ctx).account().id());
        ctx.html(page(ctx, classCodes.ofAcademy(academy), made, ""));
    }

    private String page(Context ctx, List<ClassCodes.ClassCode> codes, ClassCodes.ClassCode made, String problem) {
        return pages.render("staff/classes.ftl", "/staff/classes", "Class codes", StaffSessions.signedIn(ctx), Map.of(
                "codes", codes, "made", made == null ? "" : made.code(), "problem", problem));
    }
}
