package org.esafetyhub.cases;

import org.esafetyhub.account.StaffAccount;
import org.esafetyhub.audit.AuditEntry;
import org.esafetyhub.audit.AuditTrail;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Clock;
import java.util.UUID;

/**
 * The record of every download of an original evidence file (hidden details and all): who, which
 * file, when and the reason they typed. Kept in {@code evidence_original_download}; this is also
 * the one place to add an entry to the case's audit trail.
 */
public final class OriginalDownloads {

    interface Store {
        @SqlUpdate("""
                INSERT INTO evidence_original_download (id, report_id, position, staff_id, reason, at_millis)
                VALUES (:id, :reportId, :position, :staffId, :reason, :atMillis)""")
        void insert(@Bind("id") String id, @Bind("reportId") String reportId, @Bind("position") int position,
                    @Bind("staffId") String staffId, @Bind("reason") String reason, @Bind("atMillis") long atMillis);
    }

    public static final int MAX_REASON = 400;

    private final Clock clock;
    private final AuditTrail trail;

    public OriginalDownloads(Clock clock, AuditTrail trail) {
        this.clock = clock;
        this.trail = trail;
    }

    /** Records one download of an original, and its audit entry, in the caller's transaction, so the file is never sent unrecorded. */
    void recordOriginalDownload(Handle handle, StaffAccount staff, CaseStore.Detail report, int position, String reason) {
        handle.attach(Store.class).insert(UUID.randomUUID().toString(), report.id(), position, staff.id(), reason, clock.millis());
        trail.record(handle, new AuditEntry.Draft(staff.id(), staff.name(), staff.email(), report.academySlug(), report.id(),
                report.reference(), AuditEntry.Action.ORIGINAL_DOWNLOADED, "file " + position + ", reason: " + reason));
    }
}
