package org.esafetyhub.cases;

import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.account.StaffAccount;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.audit.AuditEntry;
import org.esafetyhub.report.ReportChoices;

import java.util.List;
import java.util.Map;

/**
 * The case list with its filters, the case page, and the forms that work a case: triage, the
 * checklist, closing, messages to the reporter, internal notes and assignment. Every form posts to
 * its own path, redirects to the case page when done and shows the page again with its problems when not.
 */
public final class CaseRoutes {

    /** One change to a case, given the member of staff, the case they may change and the form. */
    private interface Change {
        Map<String, String> apply(StaffAccount staff, CaseStore.Detail report, Context ctx);
    }

    private final Cases cases;
    private final CaseWork work;
    private final CasePeople people;
    private final CasePage casePage;
    private final CasePages pages;
    private final CaseAudit audit;

    public CaseRoutes(Cases cases, CaseWork work, CasePage casePage, CasePages pages, CaseAudit audit) {
        this.cases = cases;
        this.work = work;
        this.people = casePage.people();
        this.casePage = casePage;
        this.pages = pages;
        this.audit = audit;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/staff/", this::list);
        routes.get("/staff/cases/{reference}", ctx -> show(ctx, Map.of(), Map.of(), HttpStatus.OK));
        post(routes, "triage", (staff, report, ctx) -> work.triage(staff, report, ctx.formParams("sections")));
        post(routes, "actions/{number}", (staff, report, ctx) -> work.record(staff, report, ctx.pathParam("number"),
                text(ctx, "state"), text(ctx, "note-" + ctx.pathParam("number").replace('.', '-'))));
        post(routes, "close", (staff, report, ctx) -> work.close(staff, report, text(ctx, "outcome"), text(ctx, "outcome-note")));
        post(routes, "messages", (staff, report, ctx) -> work.message(staff, report, text(ctx, "message")));
        post(routes, "notes", (staff, report, ctx) -> work.note(staff, report, text(ctx, "internal-note")));
        post(routes, "assign", (staff, report, ctx) -> work.assign(staff, report, text(ctx, "assignee")));
        post(routes, "people", (staff, report, ctx) -> people.add(staff, report, text(ctx, "person-name"), text(ctx, "person-role"),
                text(ctx, "person-class")));
        post(routes, "people/{person}/measures", (staff, report, ctx) -> people.measure(staff, report, ctx.pathParam("person"),
                text(ctx, "measure-kind-" + ctx.pathParam("person")), text(ctx, "measure-intention-" + ctx.pathParam("person")),
                text(ctx, "measure-note-" + ctx.pathParam("person"))));
        post(routes, "finding", (staff, report, ctx) -> people.finding(staff, report, text(ctx, "finding"), text(ctx, "finding-note")));
    }

    private void post(JavalinDefaultRoutingApi routes, String form, Change change) {
        routes.post("/staff/cases/{reference}/" + form, ctx -> {
            var staff = StaffSessions.signedIn(ctx).account();
            var report = work.changeable(staff, ctx.pathParam("reference"));
            var errors = change.apply(staff, report, ctx);
            if (errors.isEmpty()) {
                audit.onCase(staff, report, AuditEntry.Action.CASE_CHANGED, changeDetail(form, ctx));
                ctx.redirect("/staff/cases/" + report.reference() + "?saved=" + form.replaceAll("/\\{\\w+}", "").replace('/', '-'));
            } else {
                show(ctx, errors, ctx.formParamMap(), HttpStatus.UNPROCESSABLE_CONTENT);
            }
        });
    }

    private void show(Context ctx, Map<String, String> errors, Map<String, List<String>> typed, HttpStatus status) {
        var staff = StaffSessions.signedIn(ctx);
        var view = new java.util.HashMap<>(audit.viewed(staff.account(), cases.view(staff.account(), ctx.pathParam("reference"))));
        view.putAll(casePage.model(staff.account(), (CaseStore.Detail) view.get("report"), errors, typed));
        view.put("saved", errors.isEmpty() ? String.valueOf(ctx.queryParam("saved") == null ? "" : ctx.queryParam("saved")) : "");
        ctx.status(status).html(pages.caseView(staff, view));
    }

    /** What the audit trail says was changed: the form, and for the checklist the action and its state; never what was written. */
    private static String changeDetail(String form, Context ctx) {
        return switch (form) {
            case "triage" -> "triaged: sections " + String.join(", ", ctx.formParams("sections"));
            case "actions/{number}" -> "action " + ctx.pathParam("number") + ": " + text(ctx, "state").toLowerCase(java.util.Locale.ROOT);
            case "close" -> "closed: " + text(ctx, "outcome");
            case "messages" -> "message sent to the reporter";
            case "notes" -> "internal note added";
            case "people" -> "person added: " + CasePeopleWords.ROLES.getOrDefault(text(ctx, "person-role"), "?").toLowerCase(java.util.Locale.ROOT);
            case "people/{person}/measures" -> text(ctx, "measure-kind-" + ctx.pathParam("person")).toLowerCase(java.util.Locale.ROOT)
                    + " recorded for person " + ctx.pathParam("person") + ", aim "
                    + text(ctx, "measure-intention-" + ctx.pathParam("person")).toLowerCase(java.util.Locale.ROOT);
            case "finding" -> "finding: " + text(ctx, "finding").toLowerCase(java.util.Locale.ROOT);
            default -> form + ": " + text(ctx, "assignee");
        };
    }

    private void list(Context ctx) {
        var staff = StaffSessions.signedIn(ctx);
        var filter = new CaseStore.Filter(
                staff.scope().everyAcademy() ? chosen(ctx, "academy", pages.academyNames()) : "",
                chosen(ctx, "status", CaseWords.STATUSES),
                chosen(ctx, "category", ReportChoices.CATEGORIES),
                chosen(ctx, "urgency", CaseWords.URGENCY));
        ctx.html(pages.cases(staff, cases.list(staff, filter), cases.counts(staff, filter), filter));
    }

    /** The query parameter if it is one of the choices, else empty: an unknown value does not filter. */
    private static String chosen(Context ctx, String name, Map<String, String> choices) {
        var value = ctx.queryParam(name);
        return value != null && choices.containsKey(value) ? value : "";
    }

    private static String text(Context ctx, String name) {
        var value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
