package org.esafetyhub.report;

import io.javalin.http.Context;
import org.esafetyhub.alerts.ReplyAlerts;
import org.esafetyhub.forms.TypedText;

import java.util.List;
import java.util.Map;

/**
 * What a reporter typed into the report form (files apart), kept as typed so a form with problems shows it again.
 * {@code replyAlertEmail} is not part of the report: it is kept encrypted apart, never hashed into the receipt.
 */
record ReportForm(String role, String academy, List<String> categories, String location, String started,
                  String ongoing, String description, String involved, String links, String danger, String website,
                  String replyAlertEmail) {

    static ReportForm empty() {
        return new ReportForm("", "", List.of(), "", "", "", "", "", "", "", "", "");
    }

    static ReportForm from(Context ctx) {
        // a box ticked twice (a replayed or hand-made form) is one category: stored once, never a key violation
        var categories = ctx.formParams("category").stream().map(TypedText::clean).distinct().toList();
        return new ReportForm(text(ctx, "role"), text(ctx, "academy"), categories, text(ctx, "location"),
                text(ctx, "started"), text(ctx, "ongoing"), text(ctx, "description"), text(ctx, "involved"),
                text(ctx, "links"), text(ctx, "danger"), text(ctx, "website"), text(ctx, ReplyAlerts.FIELD));
    }

    private static String text(Context ctx, String name) {
        return TypedText.field(ctx, name);
    }

    boolean urgent() {
        return "yes".equals(danger);
    }

    /** The evidence links, one a line, blank lines left out. */
    List<String> linkList() {
        return links.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The form as the template reads it. */
    Map<String, Object> asModel() {
        return Map.ofEntries(Map.entry("role", role), Map.entry("academy", academy), Map.entry("categories", categories),
                Map.entry("location", location), Map.entry("started", started), Map.entry("ongoing", ongoing),
                Map.entry("description", description), Map.entry("involved", involved), Map.entry("links", links),
                Map.entry("danger", danger), Map.entry("replyAlertEmail", replyAlertEmail));
    }
}
