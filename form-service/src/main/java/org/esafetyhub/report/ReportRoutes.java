package org.esafetyhub.report;

import org.esafetyhub.evidence.EvidenceSeal;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.forms.TypedText;
import org.esafetyhub.language.Words;
import org.esafetyhub.limits.ClientKey;
import org.esafetyhub.limits.RateLimiter;
import org.esafetyhub.limits.RateLimits;
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
 * Every page is also offered in each language with template words, at /<code>/report/… (English unprefixed): the
 * language is the address's, so every link, form, redirect and page shown again stays in it without JavaScript,
 * and a report remembers the language it was written in.
 */
public final class ReportRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRoutes.class);

    /**
     * Wrong follow-up codes are counted per client and reference: five an hour, then that client waits. Counted per
     * reference alone, five wrong codes from anywhere locked the real reporter out for an hour (issue 19, finding 7).
     * A code has 80 random bits, so the limits are there against noise, not guessing: the per-reference ceiling is
     * high, reached only by many clients together, and then only refuses for the rest of the hour.
     */
    static final int WRONG_CODES_PER_CLIENT_AND_REFERENCE = 5;
    static final int WRONG_CODES_PER_REFERENCE = 200;

    private final Reports reports;
    private final ReportPages pages;
    private final ReceiptRoutes receipts;
    private final Trust trust;
    private final ClientKey clients;
    private final RateLimiter reportsByClient;
    private final RateLimiter followUpsByClient;
    private final RateLimiter wrongCodesByClientAndReference;
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
        this.receipts = new ReceiptRoutes(receiptTexts, pages, clients, limits, pages.english());
        this.reportsByClient = limits.limiter("reports", trust.service().reportsPerClient(), Duration.ofMinutes(10));
        this.followUpsByClient = limits.limiter("follow-ups", trust.service().followUpsPerClient(), Duration.ofMinutes(10));
        this.wrongCodesByClientAndReference = limits.limiter("wrong-codes-client", WRONG_CODES_PER_CLIENT_AND_REFERENCE,
                Duration.ofHours(1));
        this.wrongCodesByReference = limits.limiter("wrong-codes", WRONG_CODES_PER_REFERENCE, Duration.ofHours(1));
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/reports", this::submitJson);
        receipts.registerApi(routes);
        for (var words : pages.languages()) {
            routes.get(words.url(ReportPages.START_URL), ctx -> ctx.html(pages.start(words)));
            routes.get(words.url(ReportPages.FORM_URL), ctx -> ctx.html(pages.form(words, ReportForm.empty(), Map.of())));
            routes.post(words.url(ReportPages.FORM_URL), ctx -> submitForm(ctx, words));
            receipts.register(routes, words);
            routes.get(words.url(ReportPages.FOLLOW_UP_URL), ctx -> ctx.html(pages.followUp(words, "", "")));
            routes.post(words.url(ReportPages.FOLLOW_UP_URL), ctx -> followUp(ctx, words));
            routes.post(words.url(ReportPages.FOLLOW_UP_URL + "add"), ctx -> addInformation(ctx, words));
        }
    }

    /** The form and its files, or null when the request could not be read as a form (the answer is then sent). */
    private record Submission(ReportForm form, List<UploadedFile> files) {
    }

    private Submission read(Context ctx, boolean json, Words words) {
        try {
            return new Submission(ReportForm.from(ctx), ctx.isMultipartFormData() ? ctx.uploadedFiles("evidence") : List.of());
        } catch (Exception e) {
            // a broken or oversized multipart body (Jetty's IOException reaches us unchecked, through Kotlin):
            // the reporter's fault or their connection's, never a 500
            LOG.info("report form could not be read: {}", e.getClass().getSimpleName());
            boolean tooBig = String.valueOf(e.getMessage()).toLowerCase().contains("max");
            var status = tooBig ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
            var message = words.text(tooBig ? "report.error.filesTooBig" : "report.error.unreadable");
            if (json) {
                ctx.status(status).json(Map.of("error", message));
            } else {
                ctx.status(status).html(pages.problem(words, message));
            }
            return null;
        }
    }

    static boolean tooMany(Context ctx, RateLimiter limiter, String key, boolean json, ReportPages pages, Words words) {
        if (limiter.allow(key)) {
            return false;
        }
        var message = words.text("form.error.tooManyAttempts");
        ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "600");
        if (json) {
            ctx.json(Map.of("error", message));
        } else {
            ctx.html(pages.problem(words, message));
        }
        return true;
    }

    private void submitForm(Context ctx, Words words) {
        if (tooMany(ctx, reportsByClient, clients.of(ctx), false, pages, words)) {
            return;
        }
        var submission = read(ctx, false, words);
        if (submission == null) {
            return;
        }
        var checked = ReportCheck.check(submission.form(), submission.files(), trust, words);
        if (!checked.errors().isEmpty()) {
            // the form shown again holds what the child wrote: no browser or proxy may keep a copy (issue 19, finding 7)
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).header("Cache-Control", "no-store")
                    .html(pages.form(words, submission.form(), checked.errors()));
            return;
        }
        var receipt = reports.save(submission.form(), checked.evidence(), words.code());
        ctx.header("Cache-Control", "no-store").html(pages.receipt(words, receipt));
    }

    private void submitJson(Context ctx) {
        var english = pages.english();
        if (tooMany(ctx, reportsByClient, clients.of(ctx), true, pages, english)) {
            return;
        }
        var submission = read(ctx, true, english);
        if (submission == null) {
            return;
        }
        var checked = ReportCheck.check(submission.form(), submission.files(), trust, english);
        if (!checked.errors().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(Map.of("errors", checked.errors()));
            return;
        }
        var receipt = reports.save(submission.form(), checked.evidence(), english.code());
        ctx.status(HttpStatus.CREATED).header("Cache-Control", "no-store").json(Map.of("reference", receipt.reference(),
                "followUpCode", receipt.followUpCode(), "receipt", receipt.text()));
    }

    /**
     * The report for the reference and code in the form, or empty when refused (the answer is then sent). The
     * client's allowance is counted before, by the caller, before the body is read.
     */
    private Optional<ReportStore.Found> authorised(Context ctx, Words words) {
        var reference = ctx.formParam("reference") == null ? "" : ctx.formParam("reference").strip();
        var code = ctx.formParam("code");
        if (reference.isEmpty() || code == null || code.isBlank()) {
            // nothing to look up, so nothing guessed: not counted against the reference or the client's wrong codes
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.followUp(words, reference, words.text("report.error.notFound")));
            return Optional.empty();
        }
        var referenceKey = Reports.normaliseReference(reference);
        var clientAndReference = clients.of(ctx) + " " + referenceKey;
        if ((!wrongCodesByClientAndReference.hasRoom(clientAndReference)
                    && tooMany(ctx, wrongCodesByClientAndReference, clientAndReference, false, pages, words))
                || (!wrongCodesByReference.hasRoom(referenceKey)
                    && tooMany(ctx, wrongCodesByReference, referenceKey, false, pages, words))) {
            return Optional.empty();
        }
        var found = reports.find(reference, ctx.formParam("code"));
        if (found.isEmpty()) {
            wrongCodesByClientAndReference.allow(clientAndReference);
            wrongCodesByReference.allow(referenceKey);
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.followUp(words, reference, words.text("report.error.notFound")));
        }
        return found;
    }

    private void followUp(Context ctx, Words words) {
        if (tooMany(ctx, followUpsByClient, clients.of(ctx), false, pages, words)) {
            return;
        }
        authorised(ctx, words).ifPresent(report -> ctx.header("Cache-Control", "no-store")
                .html(pages.status(words, report, reports.history(report), ctx.formParam("code"), Map.of(), "", "")));
    }

    private void addInformation(Context ctx, Words words) {
        if (tooMany(ctx, followUpsByClient, clients.of(ctx), false, pages, words)) {
            return;
        }
        var submission = read(ctx, false, words);
        if (submission == null) {
            return;
        }
        var found = authorised(ctx, words);
        if (found.isEmpty()) {
            return;
        }
        var report = found.get();
        var message = TypedText.field(ctx, "message");
        var checked = ReportCheck.checkAddition(message, submission.files(), reports.fileCount(report), words);
        ctx.header("Cache-Control", "no-store");
        if (!checked.errors().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.status(words, report, reports.history(report),
                    ctx.formParam("code"), checked.errors(), message, ""));
            return;
        }
        reports.addFromReporter(report, message, checked.evidence());
        ctx.html(pages.status(words, report, reports.history(report), ctx.formParam("code"), Map.of(), "",
                words.text("followUp.added")));
    }
}
