package org.esafetyhub.report;

import org.esafetyhub.help.HelpServices;
import org.esafetyhub.help.HelpServicesFile;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Academy;
import org.esafetyhub.trust.Trust;

import java.util.HashMap;
import java.util.Map;

/** The report pages, rendered in the site's layout. */
public final class ReportPages {

    static final String START_URL = "/report/";
    static final String FORM_URL = "/report/form/";
    static final String FOLLOW_UP_URL = "/report/follow-up/";
    static final String VERIFY_URL = "/report/verify/";

    private final PageRenderer renderer;
    private final Trust trust;
    private final Map<String, Object> help;

    public ReportPages(PageRenderer renderer, Trust trust, HelpServices help) {
        this.renderer = renderer;
        this.trust = trust;
        this.help = HelpServicesFile.dangerStepModel(help);
    }

    /** The first step: who can help straight away if someone is in danger, then the way on to the form. */
    String start() {
        return renderer.render("service/report-start.ftl", START_URL, "Report bullying", Map.of("help", help));
    }

    String form(ReportForm form, Map<String, String> errors) {
        var academies = new java.util.LinkedHashMap<String, String>();
        trust.academies().forEach(a -> academies.put(a.slug(), a.name()));
        var values = new HashMap<String, Object>();
        values.put("form", form.asModel());
        values.put("errors", errors);
        values.put("academyChoices", academies);
        values.put("roles", ReportChoices.ROLES);
        values.put("categories", ReportChoices.CATEGORIES);
        values.put("ongoingChoices", ReportChoices.ONGOING);
        values.put("dangerChoices", ReportChoices.DANGER);
        values.put("maxDescription", ReportCheck.MAX_DESCRIPTION);
        var hours = trust.academies().stream().map(Academy::hours).distinct().toList();
        values.put("sameHours", hours.size() == 1 ? hours.get(0) : "");
        values.put("academyHours", trust.academies().stream().map(a -> Map.of("name", a.name(), "hours", a.hours())).toList());
        return renderer.render("service/report.ftl", FORM_URL, "Tell the school", values);
    }

    String receipt(Reports.Receipt receipt) {
        var academy = trust.academy(receipt.academySlug()).orElseThrow();
        return renderer.render("service/report-receipt.ftl", FORM_URL, "Your report has been sent", Map.of(
                "reference", receipt.reference(), "code", receipt.followUpCode(), "urgent", receipt.urgent(),
                "academyName", academy.name(), "hours", academy.hours(), "receipt", receipt.text()));
    }

    /** The receipt check: what was pasted, and the verdict once checked (null before). */
    String verify(String pasted, Receipts.Verdict verdict, String error) {
        var values = new HashMap<String, Object>();
        values.put("receipt", pasted);
        values.put("checked", verdict != null);
        values.put("error", error);
        if (verdict != null) {
            values.putAll(Map.of("genuine", verdict.genuine(), "unchanged", verdict.unchanged(), "reference", verdict.reference()));
        }
        return renderer.render("service/report-verify.ftl", VERIFY_URL, "Check a receipt", values);
    }

    String followUp(String reference, String error) {
        return renderer.render("service/follow-up.ftl", FOLLOW_UP_URL, "Check on a report",
                Map.of("reference", reference, "error", error));
    }

    /**
     * @param code   the follow-up code as the reporter typed it: the form to add information carries it again
     * @param notice a confirmation to show above the history, or empty
     */
    String status(ReportStore.Found report, Map<String, Object> history, String code, Map<String, String> errors,
                  String message, String notice) {
        var status = Status.valueOf(report.status());
        var values = new HashMap<String, Object>(history);
        values.putAll(Map.of("reference", report.reference(), "statusLabel", status.label,
                "statusExplanation", status.explanation, "code", code == null ? "" : code, "errors", errors,
                "message", message, "notice", notice));
        return renderer.render("service/follow-up-status.ftl", FOLLOW_UP_URL, "Your report " + report.reference(), values);
    }

    String problem(String message) {
        return renderer.render("service/report-problem.ftl", FORM_URL, "There was a problem sending your report",
                Map.of("message", message));
    }
}
