package org.esafetyhub.cases;

import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.account.StaffAccount;
import io.javalin.http.Context;
import org.esafetyhub.metadata.FileType;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * Evidence downloads: the clean copy (without hidden details) for anyone who sees the case; the
 * original only for the DSL and the trust's eSafety officer, after they type why they need it.
 */
public final class EvidenceRoutes {

    private static final String FILE = "/staff/cases/{reference}/evidence/{position}";

    private final Cases cases;
    private final CasePages pages;
    private final CaseAudit audit;

    public EvidenceRoutes(Cases cases, CasePages pages, CaseAudit audit) {
        this.cases = cases;
        this.pages = pages;
        this.audit = audit;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(FILE, this::clean);
        routes.get(FILE + "/original", ctx -> ctx.html(pages.original(StaffSessions.signedIn(ctx), reference(ctx),
                cases.evidenceRow(allowedOriginals(ctx), reference(ctx), position(ctx)), "", "")));
        routes.post(FILE + "/original", this::original);
    }

    private void clean(Context ctx) {
        var file = cases.evidence(staff(ctx), reference(ctx), position(ctx));
        audit.downloaded(staff(ctx), cases.get(staff(ctx), reference(ctx)), position(ctx), file);
        send(ctx, file, "");
    }

    private void original(Context ctx) {
        var staff = allowedOriginals(ctx);
        var reason = ctx.formParam("reason") == null ? "" : ctx.formParam("reason").strip();
        var problem = reason.isEmpty() ? "Say why you need the original file"
                : reason.length() > OriginalDownloads.MAX_REASON
                ? "Give the reason in " + OriginalDownloads.MAX_REASON + " characters or fewer" : "";
        if (!problem.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(pages.original(StaffSessions.signedIn(ctx), reference(ctx),
                    cases.evidenceRow(staff, reference(ctx), position(ctx)), reason, problem));
            return;
        }
        send(ctx, cases.original(staff, reference(ctx), position(ctx), reason), "-original");
    }

    private static StaffAccount allowedOriginals(Context ctx) {
        var staff = staff(ctx);
        if (!Cases.mayOpenOriginals(staff)) {
            throw new ForbiddenResponse("Only the DSL and the trust's eSafety officer may download original files");
        }
        return staff;
    }

    /**
     * Sends a file under a name the service makes, with the type its bytes show: never the name or the type the
     * sender chose ("screenshot.hta"), which staff see only as text on the case page.
     */
    private static void send(Context ctx, CaseStore.EvidenceContent file, String suffix) {
        var type = FileType.detect(file.content()).orElse("application/octet-stream");
        ctx.contentType(type)
                .header("Content-Disposition", Attachment.disposition(downloadName(file, type, suffix)))
                .header("X-Content-Type-Options", "nosniff")
                .result(file.content());
    }

    static String downloadName(CaseStore.EvidenceContent file, String type, String suffix) {
        return "evidence-" + file.position() + "-of-" + file.files() + suffix + "." + FileType.extension(type);
    }

    private static StaffAccount staff(Context ctx) {
        return StaffSessions.signedIn(ctx).account();
    }

    private static String reference(Context ctx) {
        return ctx.pathParam("reference");
    }

    private static int position(Context ctx) {
        return ctx.pathParamAsClass("position", Integer.class).get();
    }
}
