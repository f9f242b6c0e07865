package org.esafetyhub.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One entry of the audit trail as stored. {@code academySlug}, {@code reportId} and
 * {@code caseReference} are null for what concerns no case (a sign-in); {@code atMillis} is epoch
 * milliseconds (UTC); {@code action} is the code an {@link Action} was stored under.
 */
public record AuditEntry(long sequence, long atMillis, String actorId, String actorName, String actorEmail,
                         String academySlug, String reportId, String caseReference, String action, String detail,
                         String previousHash, String hash) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /** The entry's time to the second, such as {@code 2026-11-27 19:40:12 UTC}. */
    public String time() {
        return timeOf(atMillis);
    }

    static String timeOf(long atMillis) {
        return UTC.format(Instant.ofEpochMilli(atMillis));
    }

    /** What happened, as stored in the trail. */
    public enum Action {
        CASE_VIEWED("case.viewed"),
        CASE_CHANGED("case.changed"),
        EVIDENCE_DOWNLOADED("evidence.downloaded"),
        ORIGINAL_DOWNLOADED("evidence.original-downloaded"),
        BUNDLE_EXPORTED("bundle.exported"),
        CASE_PURGED("case.purged"),
        PURGED("retention.purged"),
        SIGNED_IN("staff.signed-in"),
        SIGNED_OUT("staff.signed-out"),
        TRAINING_REMINDED("training.reminders-sent"),
        PAPER_SIGNATURE_RECORDED("agreement.paper-signature-recorded");

        public final String code;

        Action(String code) {
            this.code = code;
        }
    }

    /**
     * An entry still to be recorded: who (the account's id, and its name and e-mail at the time), which
     * academy and case (null for none), what and a short detail (at most 500 characters, never what a
     * reporter wrote).
     */
    public record Draft(String actorId, String actorName, String actorEmail, String academySlug, String reportId,
                        String caseReference, Action action, String detail) {
    }
}
