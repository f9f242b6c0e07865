package org.esafetyhub.app;

import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.account.PasswordLinks;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.account.AccountPages;
import org.esafetyhub.account.AccountRoutes;
import org.esafetyhub.account.Secrets;
import org.esafetyhub.account.SignIn;
import org.esafetyhub.account.SignInAudit;
import org.esafetyhub.account.TwoFactor;
import org.esafetyhub.agreement.AgreementGate;
import org.esafetyhub.agreement.SignaturePages;
import org.esafetyhub.agreement.SignatureRoutes;
import org.esafetyhub.cases.AuditRoutes;
import org.esafetyhub.cases.CaseAudit;
import org.esafetyhub.cases.CasePage;
import org.esafetyhub.cases.CasePages;
import org.esafetyhub.cases.CasePeople;
import org.esafetyhub.cases.CaseRoutes;
import org.esafetyhub.cases.CaseSummary;
import org.esafetyhub.cases.CaseWork;
import org.esafetyhub.cases.Cases;
import org.esafetyhub.cases.Checklist;
import org.esafetyhub.cases.EvidenceRoutes;
import org.esafetyhub.cases.OriginalDownloads;
import org.esafetyhub.feedback.ReviewRoutes;
import org.esafetyhub.monitoring.DashboardRoutes;
import org.esafetyhub.monitoring.Monitoring;
import org.esafetyhub.quiz.ClassCodeRoutes;
import org.esafetyhub.quiz.Quiz;
import org.esafetyhub.quiz.QuizResults;
import org.esafetyhub.quiz.results.ResultsPages;
import org.esafetyhub.quiz.results.ResultsRoutes;
import org.esafetyhub.staff.StaffGuard;
import org.esafetyhub.staff.StaffHome;
import org.esafetyhub.staff.StaffPages;
import org.esafetyhub.staff.StaffUpdates;
import org.esafetyhub.training.CourseOfContent;
import org.esafetyhub.training.TrainingPages;
import org.esafetyhub.training.TrainingRecords;
import org.esafetyhub.training.TrainingRoutes;
import java.util.List;
import java.util.function.Consumer;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import org.esafetyhub.agreement.AgreementRoutes;
import org.esafetyhub.agreement.ParentSigning;
import org.esafetyhub.agreement.Agreements;
import org.esafetyhub.agreement.Signatures;
import org.esafetyhub.alerts.AlertKey;
import org.esafetyhub.evidence.EvidenceKey;
import org.esafetyhub.evidence.EvidenceSeal;
import org.esafetyhub.alerts.ReplyAlerts;
import org.esafetyhub.audit.AuditTrail;
import org.esafetyhub.db.Database;
import org.esafetyhub.feedback.Comments;
import org.esafetyhub.feedback.FeedbackRoutes;
import org.esafetyhub.db.DatabaseAddress;
import org.esafetyhub.db.Engine;
import org.esafetyhub.limits.BodiesInFlight;
import org.esafetyhub.limits.BodyRate;
import org.esafetyhub.limits.Busy;
import org.esafetyhub.limits.ClientKey;
import org.esafetyhub.language.Languages;
import org.esafetyhub.language.Messages;
import org.esafetyhub.limits.RateLimits;
import org.esafetyhub.mail.OutboxWorker;
import org.esafetyhub.policy.Policy;
import org.esafetyhub.quiz.ClassCodes;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.quiz.Attempts;
import org.esafetyhub.quiz.QuizRoutes;
import org.esafetyhub.help.HelpServicesFile;
import org.esafetyhub.language.Languages;
import org.esafetyhub.language.Messages;
import org.esafetyhub.report.ReceiptKey;
import org.esafetyhub.report.Codes;
import org.esafetyhub.report.Receipts;
import org.esafetyhub.report.ReportPages;
import org.esafetyhub.report.ReportRoutes;
import org.esafetyhub.report.Reports;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.AcademyStore;
import org.esafetyhub.trust.Trust;
import org.esafetyhub.trust.TrustFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The composition root: settings in, a wired service out. Tests start exactly this, on a random port.
 */
public final class App {

    /** The service's pages by path, with their titles: valid link targets for the bake, and breadcrumbs. */
    static final Map<String, String> SERVICE_PAGES = Map.of(
            AgreementRoutes.SIGN_URL, "Sign the agreement",
            "/report/", "Report bullying",
            "/report/form/", "Tell the school",
            "/report/follow-up/", "Check on a report",
            "/report/verify/", "Check a receipt",
            FeedbackRoutes.URL, "Comment on a code of conduct",
            "/staff/sign-in", "Sign in");

    /** The service's pages also offered at /<code>/… in every language with template words (issue 18). */
    static final Set<String> TRANSLATED_SERVICE_PAGES = Set.of(AgreementRoutes.SIGN_URL, "/report/", "/report/form/",
            "/report/follow-up/", "/report/verify/");

    /** Those pages' addresses in every language but English that the packaged data/messages has words for: /ur/report/… */
    static List<String> translatedServicePages() {
        var languages = Languages.loadPackaged();
        var words = Messages.loadPackaged(languages);
        return languages.all().stream().skip(1).filter(language -> words.has(language.code()))
                .flatMap(language -> TRANSLATED_SERVICE_PAGES.stream().sorted().map(url -> "/" + language.code() + url))
                .toList();
    }

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    /**
     * @param quizzes        the quizzes the service scores, asked for on every request: those the site was
     *                       baked with, read once by {@code serve}, replaced after each good re-bake by {@code preview}
     * @param outboxInterval how often waiting e-mails are sent
     * @param outboxClaim    how long a node holds a mail it sends before another node may take it (if it died)
     * @param policy         the policy whose sections 4 and 5 are the cases' checklists
     */
    public record Settings(Path site, Supplier<QuizBank> quizzes, DatabaseAddress database, Trust trust, Clock clock,
                           Duration outboxInterval, Duration outboxClaim, Policy policy) {

        /** With the outbox's usual claim. */
        public Settings(Path site, Supplier<QuizBank> quizzes, DatabaseAddress database, Trust trust, Clock clock,
                        Duration outboxInterval, Policy policy) {
            this(site, quizzes, database, trust, clock, outboxInterval, OutboxWorker.CLAIM, policy);
        }

        /** On the SQLite file. */
        public Settings(Path site, Supplier<QuizBank> quizzes, Path database, Trust trust, Clock clock, Duration outboxInterval,
                        Policy policy) {
            this(site, quizzes, DatabaseAddress.sqlite(database), trust, clock, outboxInterval, policy);
        }
    }

    private final Javalin javalin;
    private final OutboxWorker outbox;
    private final PasswordLinks firstAdmin;
    private final ReceiptKey receiptKey;
    private final AlertKey alertKey;
    private final EvidenceKey evidenceKey;
    private final Database database;

    private App(Javalin javalin, OutboxWorker outbox, PasswordLinks firstAdmin, ReceiptKey receiptKey, AlertKey alertKey,
                EvidenceKey evidenceKey, Database database) {
        this.javalin = javalin;
        this.outbox = outbox;
        this.firstAdmin = firstAdmin;
        this.receiptKey = receiptKey;
        this.alertKey = alertKey;
        this.evidenceKey = evidenceKey;
        this.database = database;
    }

    /**
     * The staff area under /staff/, feature by feature, in the order their routes register: the guard first, then
     * signing in, the staff AUP gate, cases and their evidence and audit, class codes, quiz results, the dashboard,
     * training, reviews with parents and parents' agreement signatures.
     */
    private static List<Consumer<JavalinDefaultRoutingApi>> staffArea(Settings settings, Database database, PageRenderer renderer,
                                                                      AuditTrail audit, ReplyAlerts alerts, Agreements agreements,
                                                                      ClassCodes classCodes, EvidenceSeal seal, RateLimits limits,
                                                                      ClientKey clients, Comments comments) {
        var jdbi = database.jdbi();
        var trust = settings.trust();
        var clock = settings.clock();
        var quizzes = settings.quizzes();
        var random = new SecureRandom();
        var secrets = new Secrets(random);
        var sessions = new StaffSessions(jdbi, secrets, clock);
        var twoFactor = new TwoFactor(jdbi, random, clock, trust, new SignIn(jdbi, clock, limits, clients));

        var training = new TrainingRecords(jdbi, trust, clock, audit);
        var pages = new StaffPages(renderer, trust, new StaffHome(account -> TrainingPages.statusModel(training.statusOf(account)),
                new StaffUpdates(settings.site())));

        var cases = new Cases(jdbi, new OriginalDownloads(clock, audit), seal);
        var caseAudit = new CaseAudit(audit);
        var checklist = new Checklist(settings.policy());
        var casePage = new CasePage(jdbi, checklist, new CasePeople(jdbi, clock));
        var casePages = new CasePages(pages);

        var signatures = new Signatures(jdbi, clock);
        var signaturePages = new SignaturePages(renderer, pages);
        var monitoring = new Monitoring(jdbi, pages.academyNames(), quizId -> quizzes.get().quiz(quizId).map(Quiz::title).orElse(quizId));
        return List.of(
                new StaffGuard(sessions)::register,
                new AccountRoutes(sessions, twoFactor, new PasswordLinks(jdbi, secrets, clock, trust),
                        new AccountPages(renderer, pages.academyNames()), new SignInAudit(audit))::register,
                new AgreementGate(agreements, signatures, pages, renderer)::register,
                new CaseRoutes(cases, new CaseWork(jdbi, cases, checklist, clock, alerts), casePage, casePages, caseAudit)::register,
                new EvidenceRoutes(cases, casePages, caseAudit)::register,
                new ClassCodeRoutes(classCodes, pages)::register,
                new AuditRoutes(cases, caseAudit, new CaseSummary(jdbi, casePage), casePages, clock)::register,
                new ResultsRoutes(new QuizResults(jdbi, quizzes), new ResultsPages(renderer, pages, trust), trust, classCodes)::register,
                new DashboardRoutes(monitoring, pages, renderer, clock)::register,
                new TrainingRoutes(training, new CourseOfContent(quizzes), new TrainingPages(renderer, pages, trust), pages.academyNames())::register,
                new ReviewRoutes(comments, pages, clock, settings.site(), checklist.reviewNotes())::register,
                new SignatureRoutes(signatures, agreements, classCodes, signaturePages, audit)::register);
    }

    public static App create(Settings settings) {
        var database = Database.open(settings.database(), System.getenv());
        database.jdbi().onDemand(AcademyStore.class).syncWith(settings.trust());
        var help = HelpServicesFile.loadPackaged();
        var pages = new PageRenderer(TrustFile.asTemplateModel(settings.trust()),
                Map.of("helpServices", HelpServicesFile.asTemplateModel(help)), SERVICE_PAGES);
        var health = new HealthRoutes(database);
        var receiptKey = ReceiptKey.inFolder(settings.database().localFolder(), System.getenv());
        var alertKey = AlertKey.inFolder(settings.database().localFolder(), System.getenv());
        var evidenceKey = EvidenceKey.inFolder(settings.database().localFolder(), System.getenv());
        var seal = new EvidenceSeal(evidenceKey);
        var alerts = new ReplyAlerts(database.jdbi(), alertKey, settings.trust(), settings.clock());
        // one node on SQLite counts in memory; nodes sharing PostgreSQL count together in it
        var limits = database.engine() == Engine.SQLITE ? RateLimits.inMemory()
                : RateLimits.inDatabase(database.jdbi(), receiptKey.derived("rate-limits"), settings.clock());
        var codes = new Codes(new SecureRandom(), receiptKey);
        var receipts = new Receipts(receiptKey, codes, database.jdbi(), settings.trust().siteUrl());
        var reports = new ReportRoutes(new Reports(database.jdbi(), codes, settings.clock(), settings.trust(), receipts, alerts, seal),
                receipts, new ReportPages(pages, settings.trust(), help), settings.trust(), limits);
        var classCodes = new ClassCodes(database.jdbi(), new SecureRandom());
        var audit = new AuditTrail(database.jdbi(), settings.clock());
        var agreements = new Agreements(settings.site());
        var clients = new ClientKey(settings.trust().service().trustedProxies());
        var comments = new Comments(database.jdbi(), settings.clock());
        var staffArea = staffArea(settings, database, pages, audit, alerts, agreements, classCodes, seal, limits, clients, comments);
        var bodiesInFlight = new BodiesInFlight(clients);
        var feedback = new FeedbackRoutes(pages, settings.trust(), comments, settings.site(), limits);
        var signing = new AgreementRoutes(pages, settings.trust(),
                new ParentSigning(agreements, new Signatures(database.jdbi(), settings.clock()), classCodes), limits);
        var quizzes = new QuizRoutes(settings.quizzes(), new Attempts(database, settings.clock(), classCodes), pages, settings.trust(),
                limits);
        var notFoundPage = settings.site().resolve("404.html");

        var javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson());
            // evidence is checked file by file (10 MB each, named in the message); these only stop abuse
            config.jetty.multipartConfig.maxFileSize(30, SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(80, SizeUnit.MB);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            // text fields up to 2 MB reach the checks, which answer with the field and its length
            config.jetty.modifyServletContextHandler(handler -> handler.setMaxFormContentSize(2 * 1024 * 1024));
            // a body must keep coming at a minimum rate (Javalin puts its handler inside this one)
            config.jetty.modifyServer(server -> server.setHandler(new BodyRate()));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.router.javaLangErrorHandler((response, error) -> {
                if (OutOfMemory.isOutOfMemory(error)) {
                    OutOfMemory.halt(error);
                }
                LOG.error("a request failed with {}", error.toString(), error);
                response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.getCode());
            });
            SiteDelivery.configure(config, settings.site());
            config.requestLogger.http(RequestLog::end);
            config.routes.before(RequestLog::begin);
            config.routes.before(SecurityHeaders::apply);
            bodiesInFlight.register(config.routes);
            config.routes.get("/healthz", health::health);
            reports.register(config.routes);
            quizzes.register(config.routes);
            feedback.register(config.routes);
            signing.register(config.routes);
            staffArea.forEach(feature -> feature.accept(config.routes));
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> notFound(ctx, notFoundPage));
            config.routes.exception(Busy.class, (busy, ctx) -> {
                LOG.warn("{} {} refused with 503: {}", ctx.method(), RequestLog.path(ctx), busy.getMessage());
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", Long.toString(busy.retryAfter().toSeconds()))
                        .contentType("text/plain; charset=utf-8")
                        .result("Many people are using the service at this moment. Please wait a few seconds and try again.");
            });
            // a path parameter that is not what its route reads (a file's position "abc"): that thing does not exist,
            // answered with the 404 page rather than Javalin's TYPE_CONVERSION_FAILED JSON (issue 19, finding 7)
            config.routes.exception(ValidationException.class, (e, ctx) -> {
                ctx.status(HttpStatus.NOT_FOUND);
                try {
                    notFound(ctx, notFoundPage);
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                var clientFault = UnreadableRequest.status(e);
                if (clientFault.isPresent()) {
                    UnreadableRequest.answer(ctx, clientFault.get());
                    return;
                }
                LOG.error("{} {} failed", ctx.method(), RequestLog.path(ctx), e);
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("text/plain; charset=utf-8")
                        .result("Sorry, something went wrong on our side. Please try again in a few minutes.");
            });
        });
        return new App(javalin, OutboxWorker.start(database.jdbi(), settings.trust().smtp(), settings.outboxInterval(),
                settings.outboxClaim(), alerts::address),
                PasswordLinks.of(database.jdbi(), settings.trust(), settings.clock()), receiptKey, alertKey, evidenceKey, database);
    }

    private static void notFound(Context ctx, Path notFoundPage) throws IOException {
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", "not found"));
        } else if (Files.isRegularFile(notFoundPage)) {
            ctx.html(Files.readString(notFoundPage));
        }
    }

    public App start(int port) {
        javalin.start(port);
        return this;
    }

    /** @param host the address to listen on, such as 127.0.0.1 behind a proxy on the same machine */
    public App start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    /** While no staff account exists: the one-time link that creates the first administrator, on the listening port. */
    public java.util.Optional<String> firstAdminLink() {
        return firstAdmin.firstAdminLink().map(link -> FirstAdminLink.onListeningPort(link, port()));
    }

    /** A route of the service: a method and a path pattern, as registered with Javalin. */
    public record Route(String method, String path) {
    }

    /**
     * Every route the service answers, from Javalin's own route table: what a proxy in front of it must pass on
     * (NginxSamplesIT walks them through the shipped nginx samples). The baked site's files are not routes.
     */
    public List<Route> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> new Route(endpoint.method.name(), endpoint.path)).distinct().toList();
    }

    /** When the receipt key file was made at this start: where it is, to be said once. */
    public java.util.Optional<String> receiptKeyNotice() {
        return receiptKey.notice();
    }

    /** When the reply-alert key file was made at this start: where it is, to be said once. */
    public java.util.Optional<String> alertKeyNotice() {
        return alertKey.notice();
    }

    /** Said once at start when the evidence key file was made. */
    public java.util.Optional<String> evidenceKeyNotice() {
        return evidenceKey.notice();
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
        outbox.close();
        database.close();
    }
}
