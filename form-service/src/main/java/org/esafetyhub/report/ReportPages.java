package org.esafetyhub.report;

import org.esafetyhub.help.HelpServices;
import org.esafetyhub.help.HelpServicesFile;
import org.esafetyhub.language.Words;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Academy;
import org.esafetyhub.trust.Trust;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report pages, rendered in the site's layout in the reporter's language: every page of a report made in Urdu is at
 * /ur/report/…, in Urdu, with its links and forms staying there. A page's address here is its English one.
 */
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

    /** The languages the report path is served in (the routes register each). */
    java.util.Collection<Words> languages() {
        return renderer.languages();
    }

    Words english() {
        return renderer.english();
    }

    /** The first step: who can help straight away if someone is in danger, then the way on to the form. */
    String start(Words words) {
        return renderer.render(words, "service/report-start.ftl", START_URL, words.text("report.start.title"),
                Map.of("help", help), true);
    }

    String form(Words words, ReportForm form, Map<String, String> errors) {
        var academies = new LinkedHashMap<String, String>();
        trust.academies().forEach(a -> academies.put(a.slug(), a.name()));
        var values = new HashMap<String, Object>();
        values.put("form", form.asModel());
        values.put("errors", errors);
        values.put("academyChoices", academies);
        values.put("roles", choices(words, "report.form.role.", ReportChoices.ROLES));
        values.put("categories", choices(words, "report.form.category.", ReportChoices.CATEGORIES));
        values.put("ongoingChoices", choices(words, "report.form.ongoing.", ReportChoices.ONGOING));
        values.put("dangerChoices", choices(words, "report.form.danger.", ReportChoices.DANGER));
        values.put("maxDescription", ReportCheck.MAX_DESCRIPTION);
        var hours = trust.academies().stream().map(Academy::hours).distinct().toList();
        values.put("sameHours", hours.size() == 1 ? hours.get(0) : "");
        values.put("academyHours", trust.academies().stream().map(a -> Map.of("name", a.name(), "hours", a.hours())).toList());
        return renderer.render(words, "service/report.ftl", FORM_URL, words.text("report.form.title"), values, errors.isEmpty());
    }

    /** The fixed answers' labels in the reporter's language, value to label, in the form's order. */
    private static Map<String, String> choices(Words words, String keyPrefix, Map<String, String> english) {
        var labels = new LinkedHashMap<String, String>();
        english.keySet().forEach(value -> labels.put(value, words.text(keyPrefix + value)));
        return labels;
    }

    String receipt(Words words, Reports.Receipt receipt) {
        var academy = trust.academy(receipt.academySlug()).orElseThrow();
        return renderer.render(words, "service/report-receipt.ftl", FORM_URL, words.text("report.receipt.title"), Map.of(
                "reference", receipt.reference(), "code", receipt.followUpCode(), "urgent", receipt.urgent(),
                "academyName", academy.name(), "hours", academy.hours(), "receipt", receipt.text()), false);
    }

    /** The receipt check: what was pasted, and the verdict once checked (null before). */
    String verify(Words words, String pasted, Receipts.Verdict verdict, String error) {
        var values = new HashMap<String, Object>();
        values.put("receipt", pasted);
        values.put("checked", verdict != null);
        values.put("error", error);
        if (verdict != null) {
            values.putAll(Map.of("genuine", verdict.genuine(), "unchanged", verdict.unchanged(), "reference", verdict.reference()));
        }
        return renderer.render(words, "service/report-verify.ftl", VERIFY_URL, words.text("report.verify.title"), values,
                verdict == null && error.isEmpty());
    }

    String followUp(Words words, String reference, String error) {
        return renderer.render(words, "service/follow-up.ftl", FOLLOW_UP_URL, words.text("followUp.title"),
                Map.of("reference", reference, "error", error), error.isEmpty());
    }

    /**
     * @param code   the follow-up code as the reporter typed it: the form to add information carries it again
     * @param notice a confirmation to show above the history, or empty
     */
    String status(Words words, ReportStore.Found report, Map<String, Object> history, String code, Map<String, String> errors,
                  String message, String notice) {
        var status = Status.valueOf(report.status());
        var values = new HashMap<String, Object>(history);
        values.putAll(Map.of("reference", report.reference(), "statusLabel", words.text("followUp.status." + status.name()),
                "statusExplanation", words.text("followUp.status." + status.name() + ".explanation"),
                "code", code == null ? "" : code, "errors", errors, "message", message, "notice", notice));
        return renderer.render(words, "service/follow-up-status.ftl", FOLLOW_UP_URL,
                words.text("followUp.status.title", report.reference()), values, false);
    }

    String problem(Words words, String message) {
        return renderer.render(words, "service/report-problem.ftl", FORM_URL, words.text("report.problem.title"),
                Map.of("message", message), false);
    }
}
