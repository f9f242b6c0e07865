package org.esafetyhub.staff;

import org.esafetyhub.alerts.ReplyAlerts;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.agreement.Agreements;
import org.esafetyhub.agreement.Signatures;
import org.esafetyhub.policy.Policy;
import org.esafetyhub.audit.AuditTrail;
import org.esafetyhub.quiz.ClassCodes;
import org.esafetyhub.monitoring.Monitoring;
import org.esafetyhub.quiz.Quiz;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.quiz.QuizResults;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Trust;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The staff area under /staff/: sign in, set a password from a one-time link, the case list and
 * case pages, class codes, quiz results, the monitoring dashboard and staff training. Every page but sign-in and set-password needs a session; every POST a CSRF token.
 */
public final class StaffRoutes {

    private static final Set<String> OPEN = Set.of("/staff/sign-in");
    private static final String SIGNED_IN = "staff.signedIn";
    /** What a session may reach before its second factor is done. */
    private static final Set<String> SECOND_FACTOR = Set.of("/staff/two-factor", "/staff/sign-out");

    private final StaffSessions sessions;
    private final SignIn signIn;
    private final Cases cases;
    private final PasswordLinks links;
    private final StaffPages pages;
    private final TwoFactor twoFactor;
    private final ClassCodes classCodes;
    private final CaseRoutes caseRoutes;
    private final CaseAudit audit;
    private final AuditRoutes auditRoutes;
    private final ResultsRoutes results;
    private final EvidenceRoutes evidence;
    private final DashboardRoutes dashboard;
    private final TrainingRoutes training;
    private final ReviewRoutes reviews;
    private final AgreementGate agreementGate;
    private final SignatureRoutes signatures;

    /**
     * @param quizzes    the quizzes as the service scores them, for the results pages, and the staff training course
     * @param alerts     the reporters' reply alerts: sent when staff write to them, forgotten when a case closes
     * @param site       the baked site: the Atom feed of staff updates the staff home lists, and the documents' review dates
     * @param agreements the acceptable use agreements' current versions: staff accept theirs, and see parents' signatures
     */
    public StaffRoutes(Jdbi jdbi, PageRenderer renderer, Trust trust, Clock clock, ClassCodes classCodes, Policy policy,
                       AuditTrail auditTrail, Supplier<QuizBank> quizzes, ReplyAlerts alerts, Path site, Agreements agreements) {
        this.classCodes = classCodes;
        var random = new SecureRandom();
        var secrets = new Secrets(random);
        this.sessions = new StaffSessions(jdbi, secrets, clock);
        this.signIn = new SignIn(jdbi, clock);
        this.twoFactor = new TwoFactor(jdbi, random, clock, trust, signIn);
        this.cases = new Cases(jdbi, new OriginalDownloads(clock, auditTrail));
        this.links = new PasswordLinks(jdbi, secrets, clock, trust);
        var records = new TrainingRecords(jdbi, trust, clock, auditTrail);
        this.pages = new StaffPages(renderer, trust, new StaffHome(records, new StaffUpdates(site)));
        this.training = new TrainingRoutes(records, quizzes, new TrainingPages(renderer, pages, trust), pages.academyNames());
        this.audit = new CaseAudit(auditTrail);
        var checklist = new Checklist(policy);
        var people = new CasePeople(jdbi, clock);
        var casePage = new CasePage(jdbi, checklist, people);
        this.auditRoutes = new AuditRoutes(cases, audit, new CaseSummary(jdbi, casePage), pages, clock);
        this.caseRoutes = new CaseRoutes(cases, new CaseWork(jdbi, cases, checklist, clock, alerts), people, casePage, pages, audit);
        this.results = new ResultsRoutes(new QuizResults(jdbi, quizzes), new ResultsPages(renderer, pages, trust), trust, classCodes);
        this.evidence = new EvidenceRoutes(cases, pages, audit);
        this.dashboard = new DashboardRoutes(new Monitoring(jdbi, pages.academyNames(),
                quizId -> quizzes.get().quiz(quizId).map(Quiz::title).orElse(quizId)), pages, renderer, clock);
        this.reviews = new ReviewRoutes(jdbi, pages, clock, site, checklist.reviewNotes());
        var signed = new Signatures(jdbi, clock);
        this.agreementGate = new AgreementGate(agreements, signed, pages, renderer);
        this.signatures = new SignatureRoutes(signed, agreements, classCodes, new SignaturePages(renderer, pages), trust, auditTrail);
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.before("/staff/*", this::guard);
        agreementGate.register(routes);
        routes.get("/staff/sign-in", ctx -> ctx.html(pages.signIn("", "")));
        routes.post("/staff/sign-in", this::signIn);
        routes.post("/staff/sign-out", ctx -> {
            if (signedIn(ctx).secondFactorDone()) {
                audit.signedOut(signedIn(ctx).account());
            }
            sessions.end(ctx);
            ctx.redirect("/staff/sign-in");
        });
        routes.get("/staff/two-factor", ctx -> ctx.html(pages.twoFactor(signedIn(ctx), twoFactor.page(signedIn(ctx).account()), "")));
        routes.post("/staff/two-factor", this::secondFactor);
        routes.get("/staff/set-password/{token}", ctx -> ctx.html(pages.setPassword(ctx.pathParam("token"),
                links.isFirstAdmin(ctx.pathParam("token")), Map.of(), Map.of())));
        routes.post("/staff/set-password/{token}", this::setPassword);
        caseRoutes.register(routes);
        evidence.register(routes);
        routes.get("/staff/classes", ctx -> ctx.html(pages.classes(signedIn(ctx), classCodes.ofAcademy(academyOf(ctx)), null, "")));
        routes.post("/staff/classes", this::newClassCode);
        auditRoutes.register(routes);
        results.register(routes);
        dashboard.register(routes);
        training.register(routes);
        reviews.register(routes);
        signatures.register(routes);
    }

    static StaffSessions.SignedIn signedIn(Context ctx) {
        return ctx.attribute(SIGNED_IN);
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
        ctx.attribute(SIGNED_IN, current.get());
    }

    private void signIn(Context ctx) {
        var outcome = signIn.attempt(ctx.formParam("email"), ctx.formParam("password"));
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

    private void secondFactor(Context ctx) {
        var staff = signedIn(ctx);
        var problem = twoFactor.check(staff.account(), ctx.formParam("code"));
        if (!problem.isEmpty()) {
            var account = sessions.current(ctx).orElseThrow().account();
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.twoFactor(staff, twoFactor.page(account), problem));
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

    /** Class codes belong to one academy: staff of no single academy (the officer, the admin) have none. */
    private static String academyOf(Context ctx) {
        var academy = signedIn(ctx).account().academySlug();
        if (academy == null) {
            throw new NotFoundResponse("Class codes belong to an academy");
        }
        return academy;
    }

    private void newClassCode(Context ctx) {
        var academy = academyOf(ctx);
        var label = String.valueOf(ctx.formParam("label") == null ? "" : ctx.formParam("label")).strip();
        if (label.isEmpty() || label.length() > 60) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.classes(signedIn(ctx), classCodes.ofAcademy(academy), null,
                    "Name the class in 60 characters or fewer, for example 7B or Year 5 Oak"));
            return;
        }
        var made = classCodes.create(academy, label, signedIn(ctx).account().id());
        ctx.html(pages.classes(signedIn(ctx), classCodes.ofAcademy(academy), made, ""));
    }
}
