package org.esafetyhub.quiz;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import java.util.List;

/**
 * Quiz attempts: quiz, version, academy and class (if given), before or after the lesson, score and the hour it was taken. Nothing that
 * could identify a pupil: no name, address, browser or exact time.
 */
interface AttemptStore {

    record Attempt(String id, String quizId, String quizVersion, String academySlug, String classCode, String stage,
                   String takenHour, int score, int maxScore) {
    }

    record Answer(String attemptId, String questionId, String optionIds, boolean correct) {
    }

    @SqlUpdate("""
            INSERT INTO quiz_attempt (id, quiz_id, quiz_version, academy_slug, class_code, stage, taken_hour, score, max_score)
            VALUES (:id, :quizId, :quizVersion, :academySlug, :classCode, :stage, :takenHour, :score, :maxScore)""")
    void insert(@BindMethods Attempt attempt);

    @SqlBatch("""
            INSERT INTO quiz_answer (attempt_id, question_id, option_ids, correct)
            VALUES (:attemptId, :questionId, :optionIds, :correct)""")
    void insert(@BindMethods List<Answer> answers);

    /** Keeps the version's questions the first time it is answered; later attempts find it there already. */
    @SqlUpdate("""
            INSERT INTO quiz_version (quiz_id, quiz_version, quiz_json) VALUES (:quizId, :version, :json)
            ON CONFLICT (quiz_id, quiz_version) DO NOTHING""")
    void keepVersion(@Bind("quizId") String quizId, @Bind("version") String version, @Bind("json") String quizJson);

    @Transaction
    default void save(Attempt attempt, List<Answer> answers, String quizJson) {
        keepVersion(attempt.quizId(), attempt.quizVersion(), quizJson);
        insert(attempt);
        insert(answers);
    }
}
