package org.esafetyhub.quiz;

import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import java.util.List;

/**
 * Quiz attempts: quiz, version, academy (if given), score and the hour it was taken. Nothing that
 * could identify a pupil: no name, address, browser or exact time.
 */
interface AttemptStore {

    record Attempt(String id, String quizId, String quizVersion, String academySlug, String classCode, String takenHour,
                   int score, int maxScore) {
    }

    record Answer(String attemptId, String questionId, String optionIds, boolean correct) {
    }

    @SqlUpdate("""
            INSERT INTO quiz_attempt (id, quiz_id, quiz_version, academy_slug, class_code, taken_hour, score, max_score)
            VALUES (:id, :quizId, :quizVersion, :academySlug, :classCode, :takenHour, :score, :maxScore)""")
    void insert(@BindMethods Attempt attempt);

    @SqlBatch("""
            INSERT INTO quiz_answer (attempt_id, question_id, option_ids, correct)
            VALUES (:attemptId, :questionId, :optionIds, :correct)""")
    void insert(@BindMethods List<Answer> answers);

    @Transaction
    default void save(Attempt attempt, List<Answer> answers) {
        insert(attempt);
        insert(answers);
    }
}
