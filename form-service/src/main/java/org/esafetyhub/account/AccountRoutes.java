package org.esafetyhub.account;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.limits.Busy;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Signing in and out under /staff/: password, authenticator code, and setting a password from a one-time link. */
public final class AccountRoutes {

    private final StaffSessions sessions;
    private final TwoFactor twoFactor;
    private final PasswordLinks links;
    private final AccountPages pages;
    private final SignInAudit audit;

    /**
     * @param twoFactor the second factor, which holds the password check of the first (and who a sign-in is from)
     */
    public AccountRoutes(StaffSessions sessions, TwoFactor twoFactor, PasswordLinks links, AccountPages pages, SignInAudit audit) {
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.links = links;
        this.pages = pages;
        this.audit = audit;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/staff/sign-in", ctx -> ctx.html(pages.signIn("", "")));
        routes.before("/staff/sign-in", this::beforeTheBody);
        routes.post("/staff/sign-in", this::signIn);
        routes.post("/staff/sign-out", this::signOut);
        routes.get("/staff/two-factor", ctx -> ctx.html(pages.twoFactor(StaffSessions.signedIn(ctx),
                twoFactor.page(StaffSessions.signedIn(ctx).account()), "")));
        routes.post("/staff/two-factor", this::secondFactor);
        routes.get("/staff/set-password/{token}", ctx -> ctx.html(pages.setPassword(ctx.pathParam("token"),
                links.isFirstAdmin(ctx.pathParam("token")), Map.of(), Map.of())));
        routes.post("/staff/set-password/{token}", this::setPassword);
    }

    /**
     * A sign-in from another site's page (login CSRF: the victim signed in to the attacker's account) and a client
     * that has used up its wrong sign-ins are refused here, before the body is read.
     */
    private void beforeTheBody(Context ctx) {
        if (!"POST".equals(ctx.method().name())) {
            return;
        }
        if (fromAnotherSite(ctx)) {
            ctx.status(HttpStatus.FORBIDDEN).html(pages.signIn("", "This sign-in came from another website's page, so it was refused."
                    + " Open the sign-in page of this site and sign in there."));
            ctx.skipRemainingHandlers();
            return;
        }
        if (!twoFactor.signIn().clientMayTry(twoFactor.signIn().clientOf(ctx))) {
            tooMany(ctx, "");
            ctx.skipRemainingHandlers();
        }
    }

    /**
     * What browsers say of where a form was posted from: Sec-Fetch-Site where they send it (every current browser),
     * else Origin, which must then be this site (the Host header asked for). Our pages' {@code Referrer-Policy:
     * no-referrer} makes a browser send {@code Origin: null} from our own form, so "null" alone proves nothing.
     */
    static boolean fromAnotherSite(Context ctx) {
        var fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !Set.of("same-origin", "none").contains(fetchSite);
        }
        var origin = ctx.header("Origin");
        if (origin == null || origin.strip().equals("null")) {
            return false;
        }
        try {
            var host = URI.create(origin.strip()).getHost();
            var asked = ctx.host() == null ? "" : ctx.host().replaceFirst(":\\d+$", "").replaceAll("^\\[|]$", "");
            return host == null || !host.replaceAll("^\\[|]$", "").toLowerCase(Locale.ROOT).equals(asked.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private void tooMany(Context ctx, String email) {
        ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(SignIn.WINDOW.toSeconds()))
                .html(pages.signIn(email, SignIn.TOO_MANY));
    }

    private void signIn(Context ctx) {
        var email = String.valueOf(ctx.formParam("email") == null ? "" : ctx.formParam("email"));
        SignIn.Outcome outcome;
        try {
            outcome = twoFactor.signIn().attempt(email, ctx.formParam("password"), twoFactor.signIn().clientOf(ctx));
        } catch (Busy busy) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", Long.toString(busy.retryAfter().toSeconds()))
                    .html(pages.signIn(email, "Many people are signing in at this moment. Wait a few seconds and sign in again."));
            return;
        }
        if (outcome.tooMany()) {
            tooMany(ctx, email);
            return;
        }
        if (outcome.account() == null) {
            ctx.status(HttpStatus.UNAUTHORIZED).html(pages.signIn(email, outcome.problem()));
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
