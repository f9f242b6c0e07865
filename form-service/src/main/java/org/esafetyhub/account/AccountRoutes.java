package org.esafetyhub.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;

import java.util.HashMap;
import java.util.Map;

/** Signing in and out under /staff/: password, authenticator code, and setting a password from a one-time link. */
public final class AccountRoutes {

    private final StaffSessions sessions;
    private final TwoFactor twoFactor;
    private final PasswordLinks links;
    private final AccountPages pages;
    private final SignInAudit audit;

    /** @param twoFactor the second factor, which holds the password check of the first */
    public AccountRoutes(StaffSessions sessions, TwoFactor twoFactor, PasswordLinks links, AccountPages pages, SignInAudit audit) {
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.links = links;
        this.pages = pages;
        this.audit = audit;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/staff/sign-in", ctx -> ctx.html(pages.signIn("", "")));
        routes.post("/staff/sign-in", this::signIn);
        routes.post("/staff/sign-out", this::signOut);
        routes.get("/staff/two-factor", ctx -> ctx.html(pages.twoFactor(StaffSessions.signedIn(ctx),
                twoFactor.page(StaffSessions.signedIn(ctx).account()), "")));
        routes.post("/staff/two-factor", this::secondFactor);
        routes.get("/staff/set-password/{token}", ctx -> ctx.html(pages.setPassword(ctx.pathParam("token"),
                links.isFirstAdmin(ctx.pathParam("token")), Map.of(), Map.of())));
        routes.post("/staff/set-password/{token}", this::setPassword);
    }

    private void signIn(Context ctx) {
        var outcome = twoFactor.signIn().attempt(ctx.formParam("email"), ctx.formParam("password"));
        if (outcome.account() == null) {
            ctx.status(HttpStatus.UNAUTHORIZED).html(pages.signIn(String.valueOf(ctx.formParam("email")), outcome.problem()));
            return;
        }
        boolean secondFactor = twoFactor.needed(outcome.account());
        sessions.start(ctx, outcome.account(), !secondFactor);
        if (!secondFactor) {
            audit.signedIn(outcome.account(), "password");
        }
        ctx.redirect(secondFactor ? "/staff/two-factor" : "/staff/");
    }

    private void signOut(Context ctx) {
        var staff = StaffSessions.signedIn(ctx);
        if (staff.secondFactorDone()) {
            audit.signedOut(staff.account());
        }
        sessions.end(ctx);
        ctx.redirect("/staff/sign-in");
    }

    private void secondFactor(Context ctx) {
        var staff = StaffSessions.signedIn(ctx);
        var problem = twoFactor.check(staff.account(), ctx.formParam("code"));
        if (!problem.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.twoFactor(staff, twoFactor.page(staff.account()), problem));
            return;
        }
        sessions.completeSecondFactor(ctx);
        audit.signedIn(staff.account(), "password and authenticator code");
        ctx.redirect("/staff/");
    }

    private void setPassword(Context ctx) {
        var token = ctx.pathParam("token");
        var form = new HashMap<String, String>();
        for (var field : new String[] {"email", "name", "password", "confirm"}) {
            form.put(field, String.valueOf(ctx.formParam(field) == null ? "" : ctx.formParam(field)));
        }
        var errors = links.use(token, form);
        if (!errors.isEmpty()) {
            form.remove("password");
            form.remove("confirm");
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.setPassword(token, links.isFirstAdmin(token), form, errors));
            return;
        }
        ctx.redirect("/staff/sign-in?password=set");
    }
}
