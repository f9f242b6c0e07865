package org.esafetyhub.agreement;

import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.staff.StaffPages;
import org.esafetyhub.quiz.ClassCodes;
import org.esafetyhub.site.PageRenderer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The staff pages of the parents' agreement: classes, a class's sheet, one signature, a paper signature to record. */
public final class SignaturePages {

    private final PageRenderer renderer;
    private final StaffPages staffPages;

    public SignaturePages(PageRenderer renderer, StaffPages staffPages) {
        this.renderer = renderer;
        this.staffPages = staffPages;
    }

    private Map<String, Object> common(StaffSessions.SignedIn staff, String current) {
        var values = new HashMap<String, Object>();
        values.put("staff", staffPages.staffModel(staff));
        values.put("current", current);
        values.put("academyNames", staffPages.academyNames());
        values.put("agreementUrl", Agreements.url(Agreements.PARENTS));
        return values;
    }

    String classes(StaffSessions.SignedIn staff, List<Signatures.ClassSummary> classes, String current) {
        var values = common(staff, current);
        values.put("classes", classes);
        values.put("officer", staff.scope().everyAcademy());
        return renderer.render("staff/agreements.ftl", "/staff/agreements", "Agreement signatures", values);
    }

    String sheet(StaffSessions.SignedIn staff, ClassCodes.ClassCode inClass, List<Signatures.ChildRow> rows, String current,
                 boolean mayRecord, boolean recorded) {
        var values = common(staff, current);
        values.put("inClass", inClass);
        values.put("rows", rows);
        values.put("mayRecord", mayRecord);
        values.put("recorded", recorded);
        return renderer.render("staff/agreements-class.ftl", "/staff/agreements/classes/" + inClass.code(),
                "Agreement signatures: " + inClass.label(), values);
    }

    String signature(StaffSessions.SignedIn staff, Signature signature, String current) {
        var values = common(staff, current);
        values.put("signature", signature);
        return renderer.render("staff/agreement-signature.ftl", "/staff/agreements/signatures/" + signature.id(),
                "Signature for " + signature.childName(), values);
    }

    String paper(StaffSessions.SignedIn staff, ClassCodes.ClassCode inClass, SigningForm form, String version,
                 Map<String, String> errors) {
        var values = common(staff, version);
        values.put("inClass", inClass);
        values.put("form", form.model());
        values.put("version", version);
        values.put("errors", errors);
        values.put("relationships", SigningForm.RELATIONSHIPS);
        return renderer.render("staff/agreement-paper.ftl", "/staff/agreements/classes/" + inClass.code() + "/paper",
                "Record a paper signature", values);
    }

    /** The staff pages' words, for their forms' messages. */
    org.esafetyhub.language.Words english() {
        return renderer.english();
    }

    /** Every academy's slug, in the trust file's order. */
    java.util.Collection<String> academies() {
        return staffPages.academyNames().keySet();
    }
}
