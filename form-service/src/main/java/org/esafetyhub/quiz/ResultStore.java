package org.esafetyhub.quiz;

import org.esafetyhub.account.AcademyScope;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;
import java.util.Optional;

/**
 * Stored attempts as the results pages read them. Every query is limited to what the member of staff
 * may see, in the SQL: their {@link AcademyScope}.
 */
interface ResultStore {

    /** Held to the reader's {@link AcademyScope}. */
    String SCOPE = " (:scope.everyAcademy OR a.academy_slug = :scope.academy)";
    String FILTERS = " AND (:classCode IS NULL OR a.class_code = :classCode) AND (:stage IS NULL OR a.stage = :stage)"
            + " AND a.taken_hour >= :fromHour AND a.taken_hour <= :toHour";

    /** What to read, from the page's filters (null: no filter); the scope, from the session, is bound beside it. */
    record Query(String quizId, String version, String classCode, String stage,
                 String fromHour, String toHour) {
    }

    record AnswerRow(String attemptId, String academySlug, String classCode, String classLabel, String stage, String takenHour,
                     int score, int maxScore, String questionId, String optionIds, boolean correct) {
    }

    record VersionCount(String quizId, String quizVersion, int attempts, String firstHour, String lastHour) {
    }

    record QuestionCount(String quizId, String quizVersion, String questionId, int answers, int correct) {
    }

    @SqlQuery("""
            SELECT a.id AS attempt_id, a.academy_slug, a.class_code, c.label AS class_label, a.stage, a.taken_hour,
                   a.score, a.max_score, q.question_id, q.option_ids, q.correct
            FROM quiz_attempt a JOIN quiz_answer q ON q.attempt_id = a.id LEFT JOIN class_code c ON c.code = a.class_code
            WHERE a.quiz_id = :quizId AND a.quiz_version = :version AND""" + SCOPE + FILTERS + " ORDER BY a.taken_hour, a.id, q.question_id")
    @RegisterConstructorMapper(AnswerRow.class)
    List<AnswerRow> answers(@BindMethods("scope") AcademyScope scope, @BindMethods Query query);

    @SqlQuery("""
            SELECT a.quiz_id, a.quiz_version, COUNT(*) AS attempts, MIN(a.taken_hour) AS first_hour, MAX(a.taken_hour) AS last_hour
            FROM quiz_attempt a WHERE""" + SCOPE + " GROUP BY a.quiz_id, a.quiz_version ORDER BY a.quiz_id, MIN(a.taken_hour)")
    @RegisterConstructorMapper(VersionCount.class)
    List<VersionCount> versions(@BindMethods("scope") AcademyScope scope);

    @SqlQuery("""
            SELECT a.quiz_id, a.quiz_version, q.question_id, COUNT(*) AS answers,
                   SUM(CASE WHEN q.correct THEN 1 ELSE 0 END) AS correct
            FROM quiz_attempt a JOIN quiz_answer q ON q.attempt_id = a.id
            WHERE""" + SCOPE + FILTERS + " GROUP BY a.quiz_id, a.quiz_version, q.question_id")
    @RegisterConstructorMapper(QuestionCount.class)
    List<QuestionCount> questionCounts(@BindMethods("scope") AcademyScope scope, @BindMethods Query query);

    @SqlQuery("SELECT quiz_json FROM quiz_version WHERE quiz_id = :quizId AND quiz_version = :version")
    Optional<String> keptVersion(@Bind("quizId") String quizId, @Bind("version") String version);
}
