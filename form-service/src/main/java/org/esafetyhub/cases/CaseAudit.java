package org.esafetyhub.cases;

import org.esafetyhub.account.AcademyScope;
import org.esafetyhub.account.StaffAccount;
import io.javalin.http.NotFoundResponse;
import org.esafetyhub.audit.AuditEntry;
import org.esafetyhub.audit.AuditEntry.Action;
import org.esafetyhub.audit.AuditTrail;
import org.esafetyhub.audit.Verification;
import org.esafetyhub.crypto.Sha256;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What staff do, put on the audit trail in their name, and the entries each of them may read. */
public final class CaseAudit {

    /** How many of the newest entries the audit page lists. */
    static final int LATEST = 100;

    private final AuditTrail trail;

    public CaseAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Records the view and gives the case page's model with the case's entries, this view included. */
    Map<String, Object> viewed(StaffAccount staff, Map<String, Object> caseView) {
        var report = (CaseStore.Detail) caseView.get("report");
        onCase(staff, report, Action.CASE_VIEWED, "");
        var withEntries = new HashMap<>(caseView);
        withEntries.put("auditEntries", trail.ofCase(report.reference()));
        return withEntries;
    }

    void downloaded(StaffAccount staff, CaseStore.Detail report, int position, CaseStore.EvidenceContent file) {
        onCase(staff, report, Action.EVIDENCE_DOWNLOADED,
                "file " + position + ", SHA-256 " + Sha256.hex(file.content()));
    }

    void onCase(StaffAccount staff, CaseStore.Detail report, Action action, String detail) {
        trail.record(new AuditEntry.Draft(staff.id(), staff.name(), staff.email(), report.academySlug(), report.id(),
                report.reference(), action, detail));
    }


    List<AuditEntry> ofCase(CaseStore.Detail report) {
        return trail.ofCase(report.reference());
    }

    /**
     * The newest entries a member of staff may read: a DSL's or Principal's academy's, or, for the
     * trust's eSafety officer and the administrator, everyone's. Teachers have no audit page.
     */
    List<AuditEntry> latestFor(StaffAccount staff) {
        if (!staff.role().readsTrail()) {
            throw new NotFoundResponse("No such page");
        }
        return trail.latest(AcademyScope.of(staff).academy(), LATEST);
    }


    Verification verify() {
        return trail.verify();
    }
}
