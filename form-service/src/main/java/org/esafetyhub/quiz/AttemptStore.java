package org.esafetyhub.quiz;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;

import java.util.List;

/**
 * Quiz attempts: quiz, version, academy (if given), score and the hour it was taken. Nothing that
 * could identify a pupil: no name, address, browser or exact time. Attempts are only ever written
 * in batches, by the group commit (see {@link Attempts}): a new column goes into the record and
 * into the one INSERT below.
 */
interface AttemptStore {

    record Attempt(String id, String quizId, String quizVersion, String academySlug, String classCode, String takenHour,
                   int score, int maxScore) {
    }

    record Answer(String attemptId, String questionId, String optionIds, boolean correct) {
    }

    /** One marked attempt with its answers: what a request hands the group commit. */
    record Recorded(Attempt attempt, List<Answer> answers) {
    }

    @SqlBatch("""
            INSERT INTO quiz_attempt (id, quiz_id, quiz_version, academy_slug, class_code, taken_hour, score, max_score)
            VALUES (:id, :quizId, :quizVersion, :academySlug, :classCode, :takenHour, :score, :maxScore)""")
    void insertAttempts(@BindMethods List<Attempt> attempts);

    @SqlBatch("""
            INSERT INTO quiz_answer (attempt_id, question_id, option_ids, correct)
            VALUES (:attemptId, :questionId, :optionIds, :correct)""")
    void insertAnswers(@BindMethods List<Answer> answers);

    /** Writes a batch of attempts, all of them before any answer (answers refer to their attempt). */
    static void writeBatch(Handle handle, List<Recorded> batch) {
        var store = handle.attach(AttemptStore.class);
        store.insertAttempts(batch.stream().map(Recorded::attempt).toList());
        store.insertAnswers(batch.stream().flatMap(recorded -> recorded.answers().stream()).toList());
    }
}
