package org.esafetyhub.staff;

import org.esafetyhub.audit.AuditEntry;
import org.esafetyhub.audit.Verification;
import org.esafetyhub.quiz.ClassCodes;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Trust;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The staff area's pages, in the site's layout. */
final class StaffPages {

    private final PageRenderer renderer;
    private final StaffHome home;
    final Map<String, String> academyNames = new LinkedHashMap<>();

    StaffPages(PageRenderer renderer, Trust trust, StaffHome home) {
        this.renderer = renderer;
        this.home = home;
        trust.academies().forEach(a -> academyNames.put(a.slug(), a.name()));
    }

    String signIn(String email, String problem) {
        return renderer.render("staff/sign-in.ftl", "/staff/sign-in", "Sign in", Map.of("email", email, "problem", problem));
    }

    String setPassword(String token, boolean firstAdmin, Map<String, String> form, Map<String, String> errors) {
        return renderer.render("staff/set-password.ftl", "/staff/set-password/", "Set your password", Map.of(
                "token", token, "firstAdmin", firstAdmin, "form", form, "errors", errors, "minLength", Passwords.MIN_LENGTH));
    }

    String twoFactor(StaffSessions.SignedIn staff, Map<String, Object> page, String problem) {
        var values = new HashMap<String, Object>(page);
        values.put("staff", staffModel(staff));
        values.put("problem", problem);
        return renderer.render("staff/two-factor.ftl", "/staff/two-factor", "Two-factor sign-in", values);
    }

    Map<String, String> academyNames() {
        return academyNames;
    }

    /** @param counts how many cases the member of staff may see, by status */
    String cases(StaffSessions.SignedIn staff, List<CaseStore.Summary> cases, Map<String, Integer> counts, CaseStore.Filter filter) {
        var values = new HashMap<String, Object>();
        values.put("staff", staffModel(staff));
        values.put("cases", cases);
        values.put("academyNames", academyNames);
        values.put("counts", counts);
        values.put("statuses", CaseWords.STATUSES);
        values.put("categories", org.esafetyhub.report.ReportChoices.CATEGORIES);
        values.put("urgencies", CaseWords.URGENCY);
        values.put("filter", filter);
        values.put("officer", staff.account().role().allAcademies());
        values.putAll(home.of(staff.account()));
        return renderer.render("staff/cases.ftl", "/staff/", "Cases", values);
    }

    String classes(StaffSessions.SignedIn staff, List<ClassCodes.ClassCode> codes, ClassCodes.ClassCode made, String problem) {
        var values = new HashMap<String, Object>();
        values.put("staff", staffModel(staff));
        values.put("codes", codes);
        values.put("made", made == null ? "" : made.code());
        values.put("problem", problem);
        return renderer.render("staff/classes.ftl", "/staff/classes", "Class codes", values);
    }

    String caseView(StaffSessions.SignedIn staff, Map<String, Object> view) {
        var values = new HashMap<String, Object>(view);
        values.put("staff", staffModel(staff));
        values.put("academyNames", academyNames);
        values.put("mayOpenOriginals", Cases.mayOpenOriginals(staff.account()));
        var report = (CaseStore.Detail) view.get("report");
        return renderer.render("staff/case.ftl", "/staff/cases/" + report.reference(), "Case " + report.reference(), values);
    }

    String audit(StaffSessions.SignedIn staff, Verification check, List<AuditEntry> entries) {
        return renderer.render("staff/audit.ftl", "/staff/audit", "Audit trail", Map.of(
                "staff", staffModel(staff), "check", check, "entries", entries, "academyNames", academyNames));
    }

    /** The evidence bundle's printable summary: a page of its own, with its styles inside it. */
    String caseSummary(Map<String, Object> summary) {
        var values = new HashMap<String, Object>(summary);
        values.put("academyNames", academyNames);
        var report = (CaseStore.Detail) summary.get("report");
        return renderer.render("staff/summary.ftl", "/staff/cases/" + report.reference() + "/bundle",
                "Case " + report.reference(), values);
    }

    /** Asks the DSL or the eSafety officer why they need an original file; re-shown with the problem if none is given. */
    String original(StaffSessions.SignedIn staff, String reference, CaseStore.EvidenceRow file, String reason, String problem) {
        return renderer.render("staff/evidence-original.ftl", "/staff/cases/" + reference + "/evidence/" + file.position() + "/original",
                "Download the original file", Map.of("staff", staffModel(staff), "reference", reference, "file", file,
                        "reason", reason, "problem", problem, "maxReason", OriginalDownloads.MAX_REASON));
    }

    /** Documents due for review and the comments on the codes of conduct (staff/reviews.ftl). */
    String reviews(StaffSessions.SignedIn staff, Map<String, Object> review) {
        var values = new HashMap<String, Object>(review);
        values.put("staff", staffModel(staff));
        values.put("academyNames", academyNames);
        return renderer.render("staff/reviews.ftl", "/staff/reviews", "Reviews with parents", values);
    }

    Map<String, Object> staffModel(StaffSessions.SignedIn staff) {
        var account = staff.account();
        return Map.of("name", account.name(), "role", account.role().label, "seesCases", account.role().seesCases,
                "hasAcademy", account.academySlug() != null,
                "seesAudit", CaseAudit.readsTrail(account), "seesResults", account.role().seesResults(),
                "seesReviews", account.role().leadsReviews(),
                "academy", account.academySlug() == null ? "All academies" : academyNames.getOrDefault(account.academySlug(), ""),
                "csrf", staff.csrfToken());
    }
}
