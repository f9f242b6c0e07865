package org.esafetyhub.retention;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

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
    @SqlQuery("SELECT COUNT(*) FROM report WHERE status = 'CLOSED' AND received_minute < :before")
    int countClosedCases(@Bind("before") String minute);

    // evidence, links, categories and messages go with the report (ON DELETE CASCADE)
    @SqlUpdate("DELETE FROM report WHERE status = 'CLOSED' AND received_minute < :before")
    int deleteClosedCases(@Bind("before") String minute);
}
