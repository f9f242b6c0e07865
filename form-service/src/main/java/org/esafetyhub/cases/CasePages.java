package org.esafetyhub.cases;

import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.audit.AuditEntry;
import org.esafetyhub.audit.Verification;
import org.esafetyhub.language.Language;
import org.esafetyhub.language.Languages;
import org.esafetyhub.report.ReportChoices;
import org.esafetyhub.staff.StaffPages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The case list (the staff home), a case, the audit trail, the evidence bundle's summary and the original-file request. */
public final class CasePages {

    private final StaffPages pages;
    private final Languages languages = Languages.loadPackaged();

    public CasePages(StaffPages pages) {
        this.pages = pages;
    }

    /** The language a report was written in, as staff read it ("Urdu"), and its code for the reporter's words' lang=. */
    private Map<String, Object> writtenIn(CaseStore.Detail report) {
        var code = report.language() == null ? "en" : report.language();
        return Map.of("writtenIn", languages.byCode(code).map(Language::inEnglish).orElse(code), "reportLang", code);
    }

    Map<String, String> academyNames() {
        return pages.academyNames();
    }

    /** @param counts how many cases the member of staff may see, by status */
    String cases(StaffSessions.SignedIn staff, List<CaseStore.Summary> cases, Map<String, Integer> counts, CaseStore.Filter filter) {
        var values = new HashMap<String, Object>();
        values.put("cases", cases);
        values.put("counts", counts);
        values.put("statuses", CaseWords.STATUSES);
        values.put("categories", ReportChoices.CATEGORIES);
        values.put("urgencies", CaseWords.URGENCY);
        values.put("filter", filter);
        values.put("officer", staff.scope().everyAcademy());
        values.putAll(pages.home(staff.account()));
        return pages.render("staff/cases.ftl", "/staff/", "Cases", staff, values);
    }

    String caseView(StaffSessions.SignedIn staff, Map<String, Object> view) {
        var values = new HashMap<String, Object>(view);
        values.put("mayOpenOriginals", Cases.mayOpenOriginals(staff.account()));
        var report = (CaseStore.Detail) view.get("report");
        values.putAll(writtenIn(report));
        return pages.render("staff/case.ftl", "/staff/cases/" + report.reference(), "Case " + report.reference(), staff, values);
    }

    String audit(StaffSessions.SignedIn staff, Verification check, List<AuditEntry> entries) {
        return pages.render("staff/audit.ftl", "/staff/audit", "Audit trail", staff, Map.of("check", check, "entries", entries));
    }

    /** The evidence bundle's printable summary: a page of its own, with its styles inside it. */
    String caseSummary(Map<String, Object> summary) {
        var report = (CaseStore.Detail) summary.get("report");
        return pages.render("staff/summary.ftl", "/staff/cases/" + report.reference() + "/bundle", "Case " + report.reference(), summary);
    }

    /** Asks the DSL or the eSafety officer why they need an original file; re-shown with the problem if none is given. */
    String original(StaffSessions.SignedIn staff, String reference, CaseStore.EvidenceRow file, String reason, String problem) {
        return pages.render("staff/evidence-original.ftl", "/staff/cases/" + reference + "/evidence/" + file.position() + "/original",
                "Download the original file", staff, Map.of("reference", reference, "file", file,
                        "reason", reason, "problem", problem, "maxReason", OriginalDownloads.MAX_REASON));
    }
}
