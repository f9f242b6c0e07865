package org.esafetyhub.staff;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.account.Secrets;
import org.esafetyhub.account.StaffSessions;

import java.util.Set;

/**
 * The staff area's door: every page under /staff/ but sign-in and set-password needs a session, every POST its
 * CSRF token, and a session whose second factor is not done reaches only the two-factor page and sign-out.
 */
public final class StaffGuard {

    private static final Set<String> OPEN = Set.of("/staff/sign-in");
    /** What a session may reach before its second factor is done. */
    private static final Set<String> SECOND_FACTOR = Set.of("/staff/two-factor", "/staff/sign-out");

    private final StaffSessions sessions;

    public StaffGuard(StaffSessions sessions) {
        this.sessions = sessions;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        // the staff home's route "/staff/" also answers "/staff" (trailing slashes are ignored), which "/staff/*" does not
        // match: that one address is sent to the staff home, so that every filter of the staff area runs on it
        routes.before("/staff", StaffGuard::toStaffHome);
        routes.before("/staff/*", this::guard);
    }

    private static void toStaffHome(Context ctx) {
        if ("/staff".equals(ctx.path())) {
            ctx.header("Cache-Control", "no-store");
            ctx.redirect("/staff/");
            ctx.skipRemainingHandlers();
        }
    }

    private void guard(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        var path = ctx.path();
        if (OPEN.contains(path) || path.startsWith("/staff/set-password/")) {
            return;
        }
        var current = sessions.current(ctx);
        if (current.isEmpty()) {
            if ("POST".equals(ctx.method().name())) {
                throw new ForbiddenResponse("Your session has ended: sign in again");
            }
            ctx.redirect("/staff/sign-in");
            ctx.skipRemainingHandlers();
            return;
        }
        if ("POST".equals(ctx.method().name()) && !Secrets.same(ctx.formParam("csrf"), current.get().csrfToken())) {
            throw new ForbiddenResponse("This form has expired: go back, reload the page and try again");
        }
        if (!current.get().secondFactorDone() && !SECOND_FACTOR.contains(path)) {
            if ("POST".equals(ctx.method().name())) {
                throw new ForbiddenResponse("Enter the code from your authenticator app first");
            }
            ctx.redirect("/staff/two-factor");
            ctx.skipRemainingHandlers();
            return;
        }
        StaffSessions.remember(ctx, current.get());
    }
}
