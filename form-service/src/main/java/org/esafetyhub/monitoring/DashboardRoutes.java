package org.esafetyhub.monitoring;

import org.esafetyhub.account.AcademyScope;
import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.staff.StaffPages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.site.PageRenderer;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;

/**
 * The monitoring dashboard (policy 3.1) and its CSV: the DSL and Principal see their academy's exact counts; the
 * trust's eSafety officer sees every academy, or one chosen, with small counts hidden (issue 10); teachers and the
 * administrator of accounts get 404, as for cases. The scope comes from the session only.
 */
public final class DashboardRoutes {

    private final Monitoring monitoring;
    private final StaffPages pages;
    private final PageRenderer renderer;
    private final Clock clock;

    public DashboardRoutes(Monitoring monitoring, StaffPages pages, PageRenderer renderer, Clock clock) {
        this.monitoring = monitoring;
        this.pages = pages;
        this.renderer = renderer;
        this.clock = clock;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/staff/dashboard", this::page);
        routes.get("/staff/dashboard.csv", this::csv);
    }

    /** What was asked for: the period, and the officer's academy ("" for every academy); with a message for each bad field. */
    private record Request(Period.Typed period, String academy, AcademyScope scope, boolean suppress,
                           java.util.Map<String, String> errors) {
    }

    private Request request(Context ctx) {
        var staff = StaffSessions.signedIn(ctx);
        if (!staff.account().role().seesCases) {
            throw new NotFoundResponse("The dashboard is for safeguarding staff");
        }
        var period = Period.read(ctx.queryParam("from"), ctx.queryParam("to"), YearMonth.now(clock.withZone(ZoneOffset.UTC)));
        var errors = new LinkedHashMap<>(period.errors());
        var own = staff.scope();
        if (!own.everyAcademy()) {
            return new Request(period, "", own, false, errors);
        }
        var academy = ctx.queryParam("academy") == null ? "" : ctx.queryParam("academy").strip();
        if (!academy.isEmpty() && !pages.academyNames().containsKey(academy)) {
            errors.put("academy", "Choose an academy from the list");
            academy = "";
        }
        return new Request(period, academy, own.narrowedTo(academy), true, errors);
    }

    private void page(Context ctx) {
        var staff = StaffSessions.signedIn(ctx);
        var asked = request(ctx);
        var values = new HashMap<String, Object>();
        values.put("staff", pages.staffModel(staff));
        values.put("officer", staff.scope().everyAcademy());
        values.put("academies", pages.academyNames());
        values.put("typed", java.util.Map.of("from", asked.period().from(), "to", asked.period().to(), "academy", asked.academy()));
        values.put("errors", asked.errors());
        values.put("scopeName", scopeName(asked));
        values.put("query", ctx.queryString() == null || !asked.errors().isEmpty() ? "" : "?" + ctx.queryString());
        values.put("dashboard", monitoring.dashboard(asked.scope(), asked.period().period(), asked.suppress(), clock.instant()));
        ctx.status(asked.errors().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .html(renderer.render("staff/dashboard.ftl", "/staff/dashboard", "Dashboard", values));
    }

    private void csv(Context ctx) {
        var asked = request(ctx);
        if (!asked.errors().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).contentType("text/plain; charset=utf-8").result(String.join("\n", asked.errors().values()));
            return;
        }
        var dashboard = monitoring.dashboard(asked.scope(), asked.period().period(), asked.suppress(), clock.instant());
        var name = "dashboard-" + (asked.scope().everyAcademy() ? "trust" : asked.scope().academy()) + "-" + dashboard.period().from()
                + "-to-" + dashboard.period().to() + ".csv";
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "") + "\"")
                .result(DashboardCsv.of(dashboard, scopeName(asked)));
    }

    private String scopeName(Request asked) {
        return asked.scope().everyAcademy() ? "All academies" : pages.academyNames().getOrDefault(asked.scope().academy(), "");
    }
}
