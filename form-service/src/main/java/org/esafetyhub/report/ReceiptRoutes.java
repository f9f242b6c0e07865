package org.esafetyhub.report;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.language.Words;
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
    /** The JSON check answers in English. */
    private final Words english;

    ReceiptRoutes(Receipts receipts, ReportPages pages, ClientKey clients, RateLimits limits, Words english) {
        this.english = english;
        this.checksByClient = limits.limiter("receipt-checks", CHECKS_PER_ADDRESS, Duration.ofMinutes(10));
        this.receipts = receipts;
        this.pages = pages;
        this.clients = clients;
    }

    void registerApi(JavalinDefaultRoutingApi routes) {
        routes.post("/api/receipts/verify", this::verifyJson);
    }

    /** The pages in one language; the receipt file itself is the same in every language, so that it can be checked. */
    void register(JavalinDefaultRoutingApi routes, Words words) {
        routes.post(words.url("/report/receipt"), ctx -> save(ctx, words));
        routes.get(words.url(ReportPages.VERIFY_URL), ctx -> ctx.html(pages.verify(words, "", null, "")));
        routes.post(words.url(ReportPages.VERIFY_URL), ctx -> verifyPage(ctx, words));
    }

    private void save(Context ctx, Words words) {
        if (ReportRoutes.tooMany(ctx, checksByClient, clients.of(ctx), false, pages, words)) {
            return;
        }
        var text = String.valueOf(ctx.formParam("receipt"));
        var verdict = receipts.verify(text);
        if (!verdict.genuine()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.problem(words, words.text("report.receipt.saveFailed")));
            return;
        }
        ctx.header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"receipt-" + verdict.reference() + ".txt\"")
                .contentType("text/plain; charset=utf-8")
                .result(text.replace("\r\n", "\n"));
    }

    private void verifyPage(Context ctx, Words words) {
        if (ReportRoutes.tooMany(ctx, checksByClient, clients.of(ctx), false, pages, words)) {
            return;
        }
        var pasted = ctx.formParam("receipt") == null ? "" : ctx.formParam("receipt");
        if (pasted.isBlank()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.verify(words, "", null, words.text("report.verify.error.empty")));
            return;
        }
        if (pasted.length() > Receipts.MAX_LENGTH) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.verify(words, pasted.substring(0, Receipts.MAX_LENGTH), null,
                    words.text("report.verify.error.tooLong", Receipts.MAX_LENGTH)));
            return;
        }
        ctx.header("Cache-Control", "no-store").html(pages.verify(words, pasted, receipts.verify(pasted), ""));
    }

    private void verifyJson(Context ctx) {
        if (ReportRoutes.tooMany(ctx, checksByClient, clients.of(ctx), true, pages, english)) {
            return;
        }
        var verdict = receipts.verify(ctx.body());
        ctx.header("Cache-Control", "no-store").json(Map.of("genuine", verdict.genuine(), "unchanged", verdict.unchanged(),
                "reference", verdict.reference()));
    }
}
