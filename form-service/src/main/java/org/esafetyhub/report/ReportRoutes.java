package org.esafetyhub.report;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.limits.ClientKey;
import org.esafetyhub.limits.RateLimiter;
import org.esafetyhub.limits.RateLimits;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Trust;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Anonymous reports: the form (works without JavaScript), its JSON twin, the receipt with the
 * reference and the follow-up code, and the follow-up page where a reporter sees where things stand.
 */
public final class ReportRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRoutes.class);

    /** Wrong follow-up codes are also counted per case reference, which guards the code itself. */
    private static final int WRONG_CODES_PER_REFERENCE = 5;

    private final Reports reports;
    private final ReportPages pages;
    private final ReceiptRoutes receipts;
    private final Trust trust;
    private final ClientKey clients;
    private final RateLimiter reportsByClient;
    private final RateLimiter followUpsByClient;
    private final RateLimiter wrongCodesByReference;

    /**
     * @param receiptTexts the receipts, signed and checked (also what {@code reports} gives reporters)
     * @param limits       where the abuse allowances are counted
     */
    public ReportRoutes(Reports reports, Receipts receiptTexts, ReportPages pages, Trust trust, RateLimits limits) {
        this.reports = reports;
        this.pages = pages;
        this.trust = trust;
        this.clients = new ClientKey(trust.service().trustedProxies());
        this.receipts = new ReceiptRoutes(receiptTexts, pages, clients, limits);
        this.reportsByClient = limits.limiter("reports", trust.service().reportsPerClient(), Duration.ofMinutes(10));
        this.followUpsByClient = limits.limiter("follow-ups", trust.service().followUpsPerClient(), Duration.ofMinutes(10));
        this.wrongCodesByReference = limits.limiter("wrong-codes", WRONG_CODES_PER_REFERENCE, Duration.ofHours(1));
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(ReportPages.START_URL, ctx -> ctx.html(pages.start()));
        routes.get(ReportPages.FORM_URL, ctx -> ctx.html(pages.form(ReportForm.empty(), Map.of())));
        routes.post(ReportPages.FORM_URL, this::submitForm);
        routes.post("/api/reports", this::submitJson);
        receipts.register(routes);
        routes.get("/report/follow-up/", ctx -> ctx.html(pages.followUp("", "")));
        routes.post("/report/follow-up/", this::followUp);
        routes.post("/report/follow-up/add", this::addInformation);
    }

    /** The form and its files, or null when the request could not be read as a form (the answer is then sent). */
    private record Submission(ReportForm form, List<UploadedFile> files) {
    }

    private Submission read(Context ctx, boolean json) {
        try {
            return new Submission(ReportForm.from(ctx), ctx.isMultipartFormData() ? ctx.uploadedFiles("evidence") : List.of());
        } catch (Exception e) {
            // a broken or oversized multipart body (Jetty's IOException reaches us unchecked, through Kotlin):
            // the reporter's fault or their connection's, never a 500
            LOG.info("report form could not be read: {}", e.getClass().getSimpleName());
            boolean tooBig = String.valueOf(e.getMessage()).toLowerCase().contains("max");
            var status = tooBig ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
            var message = tooBig ? "The files are too big. Send up to 5 files of 10 MB or less each."
                    : "We could not read the form that was sent. Please go back and send it again.";
            if (json) {
                ctx.status(status).json(Map.of("error", message));
            } else {
                ctx.status(status).html(pages.problem(message));
            }
            return null;
        }
    }

    static boolean tooMany(Context ctx, RateLimiter limiter, String key, boolean json, ReportPages pages) {
        if (limiter.allow(key)) {
            return false;
        }
        var message = "There have been too many attempts from here. Please wait a few minutes and try again.";
        ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "600");
        if (json) {
            ctx.json(Map.of("error", message));
        } else {
            ctx.html(pages.problem(message));
        }
        return true;
    }

    private void submitForm(Context ctx) {
        if (tooMany(ctx, reportsByClient, clients.of(ctx), false, pages)) {
            return;
        }
        var submission = read(ctx, false);
        if (submission == null) {
            return;
        }
        var checked = ReportCheck.check(submission.form(), submission.files(), trust);
        if (!checked.errors().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.form(submission.form(), checked.errors()));
            return;
        }
        var receipt = reports.save(submission.form(), checked.evidence());
        ctx.header("Cache-Control", "no-store").html(pages.receipt(receipt));
    }

    private void submitJson(Context ctx) {
        if (tooMany(ctx, reportsByClient, clients.of(ctx), true, pages)) {
            return;
        }
        var submission = read(ctx, true);
        if (submission == null) {
            return;
        }
        var checked = ReportCheck.check(submission.form(), submission.files(), trust);
        if (!checked.errors().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(Map.of("errors", checked.errors()));
            return;
        }
        var receipt = reports.save(submission.form(), checked.evidence());
        ctx.status(HttpStatus.CREATED).header("Cache-Control", "no-store").json(Map.of("reference", receipt.reference(),
                "followUpCode", receipt.followUpCode(), "receipt", receipt.text()));
    }

    /** The report for the reference and code in the form, or empty when refused (the answer is then sent). */
    private Optional<ReportStore.Found> authorised(Context ctx) {
        var reference = String.valueOf(ctx.formParam("reference")).strip();
        var referenceKey = Reports.normaliseReference(reference);
        if (tooMany(ctx, followUpsByClient, clients.of(ctx), false, pages)
                || (!wrongCodesByReference.hasRoom(referenceKey) && tooMany(ctx, wrongCodesByReference, referenceKey, false, pages))) {
            return Optional.empty();
        }
        var found = reports.find(reference, ctx.formParam("code"));
        if (found.isEmpty()) {
            wrongCodesByReference.allow(referenceKey);
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.followUp(reference,
                    "We could not find a report with that reference and code. Check both and try again."));
        }
        return found;
    }

    private void followUp(Context ctx) {
        authorised(ctx).ifPresent(report -> ctx.header("Cache-Control", "no-store")
                .html(pages.status(report, reports.history(report), ctx.formParam("code"), Map.of(), "", "")));
    }

    private void addInformation(Context ctx) {
        var submission = read(ctx, false);
        if (submission == null) {
            return;
        }
        var found = authorised(ctx);
        if (found.isEmpty()) {
            return;
        }
        var report = found.get();
        var message = String.valueOf(ctx.formParam("message") == null ? "" : ctx.formParam("message")).strip();
        var checked = ReportCheck.checkAddition(message, submission.files(), reports.fileCount(report));
        ctx.header("Cache-Control", "no-store");
        if (!checked.errors().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.status(report, reports.history(report),
                    ctx.formParam("code"), checked.errors(), message, ""));
            return;
        }
        reports.addFromReporter(report, message, checked.evidence());
        ctx.html(pages.status(report, reports.history(report), ctx.formParam("code"), Map.of(), "",
                "Thank you. What you added has been sent to the school."));
    }
}
