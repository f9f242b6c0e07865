package org.esafetyhub.report;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.limits.ClientKey;
import org.esafetyhub.limits.RateLimiter;
import org.esafetyhub.limits.RateLimits;

import java.time.Duration;
import java.util.Map;

/**
 * Receipts after a report: "Save receipt" (the receipt as a text file, sent back from the page's own
 * form so it works without JavaScript and nothing is stored), and the public check of a receipt,
 * as a page and as JSON. Checks are limited per client address like the follow-up page.
 */
final class ReceiptRoutes {

    private static final int CHECKS_PER_ADDRESS = 30;

    private final Receipts receipts;
    private final ReportPages pages;
    private final ClientKey clients;
    private final RateLimiter checksByClient;

    ReceiptRoutes(Receipts receipts, ReportPages pages, ClientKey clients, RateLimits limits) {
        this.checksByClient = limits.limiter("receipt-checks", CHECKS_PER_ADDRESS, Duration.ofMinutes(10));
        this.receipts = receipts;
        this.pages = pages;
        this.clients = clients;
    }

    void register(JavalinDefaultRoutingApi routes) {
        routes.post("/report/receipt", this::save);
        routes.get(ReportPages.VERIFY_URL, ctx -> ctx.html(pages.verify("", null, "")));
        routes.post(ReportPages.VERIFY_URL, this::verifyPage);
        routes.post("/api/receipts/verify", this::verifyJson);
    }

    private void save(Context ctx) {
        if (ReportRoutes.tooMany(ctx, checksByClient, clients.of(ctx), false, pages)) {
            return;
        }
        var text = String.valueOf(ctx.formParam("receipt"));
        var verdict = receipts.verify(text);
        if (!verdict.genuine()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.problem(
                    "This receipt could not be saved. Go back to your receipt page, or write your reference and code down."));
            return;
        }
        ctx.header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"receipt-" + verdict.reference() + ".txt\"")
                .contentType("text/plain; charset=utf-8")
                .result(text.replace("\r\n", "\n"));
    }

    private void verifyPage(Context ctx) {
        if (ReportRoutes.tooMany(ctx, checksByClient, clients.of(ctx), false, pages)) {
            return;
        }
        var pasted = ctx.formParam("receipt") == null ? "" : ctx.formParam("receipt");
        if (pasted.isBlank()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.verify("", null, "Paste the whole receipt, from its first line to its last"));
            return;
        }
        if (pasted.length() > Receipts.MAX_LENGTH) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.verify(pasted.substring(0, Receipts.MAX_LENGTH), null,
                    "A receipt is shorter than " + Receipts.MAX_LENGTH + " characters: paste only the receipt"));
            return;
        }
        ctx.header("Cache-Control", "no-store").html(pages.verify(pasted, receipts.verify(pasted), ""));
    }

    private void verifyJson(Context ctx) {
        if (ReportRoutes.tooMany(ctx, checksByClient, clients.of(ctx), true, pages)) {
            return;
        }
        var verdict = receipts.verify(ctx.body());
        ctx.header("Cache-Control", "no-store").json(Map.of("genuine", verdict.genuine(), "unchanged", verdict.unchanged(),
                "reference", verdict.reference()));
    }
}
