package org.esafetyhub.report;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Trust;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Anonymous reports: the form (works without JavaScript), its JSON twin, the receipt with the
 * reference and the follow-up code, and the follow-up page where a reporter sees where things stand.
 */
public final class ReportRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ReportRoutes.class);

    private final Reports reports;
    private final ReportPages pages;
    private final Trust trust;

    public ReportRoutes(PageRenderer renderer, Trust trust, Jdbi jdbi, Clock clock) {
        this.reports = new Reports(jdbi, new Codes(new SecureRandom()), clock);
        this.pages = new ReportPages(renderer, trust);
        this.trust = trust;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/report/", ctx -> ctx.html(pages.form(ReportForm.empty(), Map.of())));
        routes.post("/report/", this::submitForm);
        routes.post("/api/reports", this::submitJson);
        routes.get("/report/follow-up/", ctx -> ctx.html(pages.followUp("", "")));
        routes.post("/report/follow-up/", this::followUp);
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

    private void submitForm(Context ctx) {
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
        ctx.status(HttpStatus.CREATED).header("Cache-Control", "no-store")
                .json(Map.of("reference", receipt.reference(), "followUpCode", receipt.followUpCode()));
    }

    private void followUp(Context ctx) {
        var reference = String.valueOf(ctx.formParam("reference")).strip();
        var found = reports.find(reference, ctx.formParam("code"));
        if (found.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.followUp(reference,
                    "We could not find a report with that reference and code. Check both and try again."));
            return;
        }
        ctx.header("Cache-Control", "no-store").html(pages.status(found.get()));
    }
}
