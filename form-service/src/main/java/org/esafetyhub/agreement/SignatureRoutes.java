package org.esafetyhub.agreement;

import org.esafetyhub.account.AcademyScope;
import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.account.Role;
import org.esafetyhub.account.StaffAccount;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.audit.AuditEntry;
import org.esafetyhub.audit.AuditTrail;
import org.esafetyhub.quiz.ClassCodes;

import java.util.ArrayList;
import java.util.Map;

/**
 * Who has signed the parents' agreement, per class: teachers, DSLs and Principals see their own academy's
 * classes (a teacher every class of the academy: class codes are not tied to one teacher), the trust's eSafety
 * officer every academy's; the administrator of accounts gets 404, as does any class or signature of another
 * academy. Staff of the academy record a signature made on paper (the officer reads only).
 */
public final class SignatureRoutes {

    private final Signatures signatures;
    private final Agreements agreements;
    private final ClassCodes classCodes;
    private final SignaturePages pages;
    private final AuditTrail audit;

    public SignatureRoutes(Signatures signatures, Agreements agreements, ClassCodes classCodes, SignaturePages pages, AuditTrail audit) {
        this.signatures = signatures;
        this.agreements = agreements;
        this.classCodes = classCodes;
        this.pages = pages;
        this.audit = audit;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/staff/agreements", this::classes);
        routes.get("/staff/agreements/classes/{code}", this::sheet);
        routes.get("/staff/agreements/classes/{code}/signatures.csv", this::csv);
        routes.get("/staff/agreements/classes/{code}/paper", ctx -> ctx.html(pages.paper(StaffSessions.signedIn(ctx), recordable(ctx),
                SigningForm.empty(), current(), Map.of())));
        routes.post("/staff/agreements/classes/{code}/paper", this::recordPaper);
        routes.get("/staff/agreements/signatures/{id}", this::signature);
    }

    private String current() {
        return agreements.current(Agreements.PARENTS).orElse("");
    }

    private static StaffAccount account(Context ctx) {
        var account = StaffSessions.signedIn(ctx).account();
        if (account.role() == Role.ADMIN) {
            throw new NotFoundResponse("No agreements here");
        }
        return account;
    }

    private static AcademyScope scope(Context ctx) {
        account(ctx);
        return StaffSessions.signedIn(ctx).scope();
    }

    private ClassCodes.ClassCode inScope(Context ctx) {
        var scope = scope(ctx);
        return classCodes.find(ctx.pathParam("code")).filter(c -> scope.includes(c.academySlug()))
                .orElseThrow(() -> new NotFoundResponse("No such class"));
    }

    private static boolean mayRecord(Context ctx) {
        return !scope(ctx).everyAcademy();
    }

    private ClassCodes.ClassCode recordable(Context ctx) {
        var inClass = inScope(ctx);
        if (!mayRecord(ctx)) {
            throw new NotFoundResponse("Paper signatures are recorded by the academy's staff");
        }
        return inClass;
    }

    private void classes(Context ctx) {
        var scope = scope(ctx);
        var classes = new ArrayList<ClassCodes.ClassCode>();
        scope.academiesOf(pages.academies()).forEach(slug -> classes.addAll(classCodes.ofAcademy(slug)));
        ctx.html(pages.classes(StaffSessions.signedIn(ctx), signatures.summaries(classes, scope, current()), current()));
    }

    private void sheet(Context ctx) {
        var inClass = inScope(ctx);
        ctx.html(pages.sheet(StaffSessions.signedIn(ctx), inClass, signatures.sheet(inClass.code(), current()), current(),
                mayRecord(ctx), ctx.queryParam("recorded") != null));
    }

    private void csv(Context ctx) {
        var inClass = inScope(ctx);
        var name = "agreement-signatures-" + inClass.code() + ".csv";
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "") + "\"")
                .result(SignaturesCsv.of(signatures.sheet(inClass.code(), current())));
    }

    private void signature(Context ctx) {
        var scope = scope(ctx);
        Signature signature = signatures.find(ctx.pathParam("id")).filter(s -> scope.includes(s.academySlug()))
                .orElseThrow(() -> new NotFoundResponse("No such signature"));
        ctx.html(pages.signature(StaffSessions.signedIn(ctx), signature, current()));
    }

    private void recordPaper(Context ctx) {
        var inClass = recordable(ctx);
        var form = SigningForm.from(ctx);
        var errors = form.check(false, pages.english());
        var version = String.valueOf(ctx.formParam("version") == null ? "" : ctx.formParam("version")).strip().toLowerCase(java.util.Locale.ROOT);
        if (!version.matches("[0-9a-f]{12}")) {
            errors.put("version", "Type the version printed on the paper: 12 letters and digits, such as " + current());
        }
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.paper(StaffSessions.signedIn(ctx), inClass, form, version, errors));
            return;
        }
        var account = StaffSessions.signedIn(ctx).account();
        var paper = new SigningForm(form.childName(), form.signerName(), form.relationship(), "(signed on paper)", true, inClass.code());
        var signature = signatures.record(inClass, paper, version, account.id());
        audit.record(new AuditEntry.Draft(account.id(), account.name(), account.email(), inClass.academySlug(), null, null,
                AuditEntry.Action.PAPER_SIGNATURE_RECORDED, "signature " + signature.id() + " for class " + inClass.code()
                + ", version " + version));
        ctx.redirect("/staff/agreements/classes/" + inClass.code() + "?recorded=" + signature.id());
    }
}
