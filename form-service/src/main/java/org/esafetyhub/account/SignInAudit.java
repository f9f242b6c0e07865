package org.esafetyhub.account;

import org.esafetyhub.audit.AuditEntry.Action;
import org.esafetyhub.audit.AuditEntry;
import org.esafetyhub.audit.AuditTrail;

/** Sign-ins and sign-outs in the audit trail. */
public final class SignInAudit {

    private final AuditTrail trail;

    public SignInAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void signedIn(StaffAccount staff, String how) {
        trail.record(new AuditEntry.Draft(staff.id(), staff.name(), staff.email(), staff.academySlug(), null, null,
                Action.SIGNED_IN, how));
    }

    void signedOut(StaffAccount staff) {
        trail.record(new AuditEntry.Draft(staff.id(), staff.name(), staff.email(), staff.academySlug(), null, null,
                Action.SIGNED_OUT, ""));
    }
}
