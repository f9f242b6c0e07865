package org.esafetyhub.monitoring;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;

/**
 * What the dashboard counts, in portable SQL: stored minutes (2026-03-02T09:15) and hours sort as text, so a month
 * is their first seven characters and a period two text bounds. Every query is held to the reader's scope.
 */
interface MonitoringStore {

    String REPORTS = " FROM report r WHERE (:everyAcademy OR r.academy_slug = :academy)";
    String IN_PERIOD = " AND r.received_minute >= :start AND r.received_minute < :end";
    String MONTH = "SUBSTR(r.received_minute, 1, 7)";

    /** The reader's {@link org.esafetyhub.account.AcademyScope} and the period's bounds. */
    record Window(boolean everyAcademy, String academy, String start, String end) {
    }

    record MonthCategory(String month, String category, long reports) {
    }

    record MonthUrgency(String month, boolean urgent, long reports) {
    }

    /** @param triagedMinute null until first acted on; {@code closedMinute} null while open */
    record CaseTimes(String academySlug, String receivedMinute, String triagedMinute, String closedMinute, String status) {
    }

    record QuizCount(String quizId, String stage, long attempts, long score, long maxScore) {
    }

    @SqlQuery("SELECT " + MONTH + " AS month, c.category, COUNT(*) AS reports FROM report r JOIN report_category c ON c.report_id = r.id"
            + " WHERE (:everyAcademy OR r.academy_slug = :academy)" + IN_PERIOD + " GROUP BY " + MONTH + ", c.category")
    @RegisterConstructorMapper(MonthCategory.class)
    List<MonthCategory> byCategory(@BindMethods Window window);

    @SqlQuery("SELECT " + MONTH + " AS month, r.urgent, COUNT(*) AS reports" + REPORTS + IN_PERIOD + " GROUP BY " + MONTH + ", r.urgent")
    @RegisterConstructorMapper(MonthUrgency.class)
    List<MonthUrgency> byUrgency(@BindMethods Window window);

    @SqlQuery("SELECT r.academy_slug, r.received_minute, r.triaged_minute, r.closed_minute, r.status" + REPORTS + IN_PERIOD)
    @RegisterConstructorMapper(CaseTimes.class)
    List<CaseTimes> received(@BindMethods Window window);

    /** Every case not closed, whenever it came in: how old the open cases are is a picture of now. */
    @SqlQuery("SELECT r.academy_slug, r.received_minute, r.triaged_minute, r.closed_minute, r.status" + REPORTS
            + " AND r.status <> 'CLOSED'")
    @RegisterConstructorMapper(CaseTimes.class)
    List<CaseTimes> open(@BindMethods Window window);

    @SqlQuery("""
            SELECT a.quiz_id, a.stage, COUNT(*) AS attempts, SUM(a.score) AS score, SUM(a.max_score) AS max_score
            FROM quiz_attempt a WHERE (:everyAcademy OR a.academy_slug = :academy)
              AND a.taken_hour >= :start AND a.taken_hour < :end
            GROUP BY a.quiz_id, a.stage""")
    @RegisterConstructorMapper(QuizCount.class)
    List<QuizCount> quizzes(@BindMethods Window window);
}
