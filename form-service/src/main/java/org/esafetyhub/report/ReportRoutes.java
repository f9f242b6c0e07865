package org.esafetyhub.report;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Trust;
import org.esafetyhub.trust.TrustFile;

import java.util.Map;

/** The report pages. For now: how to report, and to whom, at each academy. */
public final class ReportRoutes {

    private final PageRenderer pages;
    private final Map<String, Object> trust;

    public ReportRoutes(PageRenderer pages, Trust trust) {
        this.pages = pages;
        this.trust = TrustFile.asTemplateModel(trust);
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/report/", this::howToReport);
    }

    private void howToReport(Context ctx) {
        ctx.html(pages.render("service/report.ftl", "/report/", "Report bullying",
                Map.of("academies", trust.get("academies"))));
    }
}
