package org.esafetyhub.retention;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import java.util.List;

/**
 * The rows past their retention. Times are compared as the stored UTC strings (hour or minute),
 * whose text order is their time order.
 */
interface PurgeStore {

    @SqlQuery("SELECT COUNT(*) FROM quiz_attempt WHERE taken_hour < :before")
    int countQuizAttempts(@Bind("before") String hour);

    @SqlUpdate("DELETE FROM quiz_answer WHERE attempt_id IN (SELECT id FROM quiz_attempt WHERE taken_hour < :before)")
    void deleteQuizAnswers(@Bind("before") String hour);

    @SqlUpdate("DELETE FROM quiz_attempt WHERE taken_hour < :before")
    int deleteQuizAttemptRows(@Bind("before") String hour);

    @Transaction
    default int deleteQuizAttempts(String hour) {
        deleteQuizAnswers(hour);
        return deleteQuizAttemptRows(hour);
    }

    // Until cases record when they were closed, a closed case's age is counted from when it was received.
    record ClosedCase(String id, String reference, String academySlug, String closedMinute) {
    }

    @SqlQuery("SELECT COUNT(*) FROM report WHERE status = 'CLOSED' AND closed_minute < :before")
    int countClosedCases(@Bind("before") String minute);

    @SqlQuery("SELECT id, reference, academy_slug, closed_minute FROM report WHERE status = 'CLOSED' AND closed_minute < :before")
    @RegisterConstructorMapper(ClosedCase.class)
    List<ClosedCase> closedCases(@Bind("before") String minute);

    // evidence, links, categories, messages, the checklist, notes and a reply-alert address go with the report
    // (ON DELETE CASCADE); the audit trail keeps its entries, which name the case by reference only
    @SqlUpdate("DELETE FROM report WHERE status = 'CLOSED' AND closed_minute < :before")
    int deleteClosedCaseRows(@Bind("before") String minute);

    // reply alerts in the outbox name their report without a foreign key (closing a case already deletes them)
    @SqlUpdate("""
            DELETE FROM outbox WHERE alert_report_id IN
              (SELECT id FROM report WHERE status = 'CLOSED' AND closed_minute < :before)""")
    void deleteAlertMails(@Bind("before") String minute);

    @Transaction
    default int deleteClosedCases(String minute) {
        deleteAlertMails(minute);
        return deleteClosedCaseRows(minute);
    }
    /** How many of an academy's agreement signatures were made before a time (epoch millis). */
    record AcademyCount(String academySlug, int count) {
    }

    @SqlQuery("""
            SELECT academy_slug, COUNT(*) AS count FROM agreement_signature WHERE signed_at < :before
            GROUP BY academy_slug ORDER BY academy_slug""")
    @RegisterConstructorMapper(AcademyCount.class)
    List<AcademyCount> signaturesByAcademy(@Bind("before") long millis);

    @SqlUpdate("DELETE FROM agreement_signature WHERE signed_at < :before")
    int deleteSignatures(@Bind("before") long millis);
}
