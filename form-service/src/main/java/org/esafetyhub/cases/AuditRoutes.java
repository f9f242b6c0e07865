package org.esafetyhub.cases;

import org.esafetyhub.account.StaffSessions;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.audit.AuditEntry.Action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * What a case leaves on record: the audit page (the chain checked on every visit, and the newest
 * entries) and the evidence bundle of a case (policy 5.3, 5.6), a ZIP to hand to the police, CEOP or
 * the trust. Both are scoped like the case page: what a member of staff may not see is a 404.
 */
public final class AuditRoutes {

    private final Cases cases;
    private final CaseAudit audit;
    private final CaseSummary summary;
    private final CasePages pages;
    private final Clock clock;

    public AuditRoutes(Cases cases, CaseAudit audit, CaseSummary summary, CasePages pages, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.summary = summary;
        this.pages = pages;
        this.clock = clock;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/staff/audit", ctx -> {
            var staff = StaffSessions.signedIn(ctx);
            var entries = audit.latestFor(staff.account());
            ctx.html(pages.audit(staff, audit.verify(), entries));
        });
        routes.get("/staff/cases/{reference}/bundle", this::bundle);
    }

    private void bundle(Context ctx) throws IOException {
        var staff = StaffSessions.signedIn(ctx).account();
        var view = cases.view(staff, ctx.pathParam("reference"));
        var report = (CaseStore.Detail) view.get("report");
        @SuppressWarnings("unchecked")
        var evidence = (List<CaseStore.EvidenceRow>) view.get("evidence");
        // refused before anything is recorded or sent; the files are then read one at a time as the ZIP is written
        Cases.requireOriginals(staff);
        audit.onCase(staff, report, Action.BUNDLE_EXPORTED, evidence.size() + (evidence.size() == 1 ? " evidence file" : " evidence files"));
        var html = pages.caseSummary(summary.of(view, staff, clock.instant()));
        ctx.contentType("application/zip")
                .header("Content-Disposition", Attachment.disposition("case-" + report.reference() + ".zip"));
        try (var zip = new BundleZip(ctx.outputStream())) {
            zip.add("summary.html", html.getBytes(StandardCharsets.UTF_8));
            for (var file : evidence) {
                var copies = cases.bothCopies(staff, report, file.position());
                zip.add(BundleZip.evidencePath(file.position(), file.displayName(), file.mediaType()), copies.get(0).content());
                if (copies.size() > 1) {
                    zip.add(BundleZip.cleanPath(file.position(), file.displayName(), file.mediaType()), copies.get(1).content());
                }
            }
            zip.add("audit.csv", AuditCsv.of(audit.ofCase(report)).getBytes(StandardCharsets.UTF_8));
        }
    }
}
