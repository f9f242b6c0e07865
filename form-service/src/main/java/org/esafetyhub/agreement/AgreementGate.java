package org.esafetyhub.agreement;

import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.staff.StaffPages;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.site.PageRenderer;

import java.util.Map;
import java.util.Set;

/**
 * Staff accept the staff Acceptable Use Policy when they first sign in and again when its version changes:
 * until they have, every staff page answers with the policy to accept instead (and every POST is refused),
 * so that whatever page they asked for, they meet it first. Runs after the session guard. Each acceptance is
 * kept (account, version, time) in its own table rather than on the audit trail, which holds what staff do to cases.
 */
public final class AgreementGate {

    static final String URL = "/staff/agreement";
    private static final Set<String> ALWAYS = Set.of(URL, "/staff/sign-out", "/staff/two-factor", "/staff/sign-in");

    private final Agreements agreements;
    private final Signatures signatures;
    private final StaffPages pages;
    private final PageRenderer renderer;

    public AgreementGate(Agreements agreements, Signatures signatures, StaffPages pages, PageRenderer renderer) {
        this.agreements = agreements;
        this.signatures = signatures;
        this.pages = pages;
        this.renderer = renderer;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.before("/staff/*", this::gate);
        routes.get(URL, ctx -> ctx.html(page(StaffSessions.signedIn(ctx), "")));
        routes.post(URL, this::accept);
    }

    private void gate(Context ctx) {
        var staff = StaffSessions.signedIn(ctx);
        if (staff == null || ALWAYS.contains(ctx.path()) || ctx.path().startsWith("/staff/set-password/")) {
            return;
        }
        var version = agreements.current(Agreements.STAFF);
        if (version.isEmpty() || signatures.accepted(staff.account().id(), version.get())) {
            return;
        }
        if ("POST".equals(ctx.method().name())) {
            throw new ForbiddenResponse("Accept the staff Acceptable Use Policy first: open any staff page");
        }
        ctx.html(page(staff, ""));
        ctx.skipRemainingHandlers();
    }

    private void accept(Context ctx) {
        var staff = StaffSessions.signedIn(ctx);
        var version = agreements.current(Agreements.STAFF);
        if (version.isEmpty()) {
            ctx.redirect("/staff/");
            return;
        }
        if (!version.get().equals(ctx.formParam("version"))) {
            ctx.status(HttpStatus.CONFLICT).html(page(staff, "The policy changed while you were reading it: read this version and accept it"));
            return;
        }
        if (!"yes".equals(ctx.formParam("accept"))) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(page(staff, "Tick the box to say you accept the policy"));
            return;
        }
        signatures.accept(staff.account().id(), version.get());
        ctx.redirect("/staff/");
    }

    private String page(StaffSessions.SignedIn staff, String problem) {
        var version = agreements.current(Agreements.STAFF).orElse("");
        return renderer.render("staff/agreement.ftl", URL, "Staff Acceptable Use Policy", Map.of("staff", pages.staffModel(staff),
                "version", version, "accepted", signatures.accepted(staff.account().id(), version),
                "policyUrl", Agreements.url(Agreements.STAFF), "problem", problem));
    }
}
