package org.esafetyhub.quiz;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * Quiz attempts: quiz, version, academy and class (if given), before or after the lesson, score and
 * the hour it was taken. Nothing that could identify a pupil: no name, address, browser or exact
 * time. Attempts are only ever written in batches, by the group commit (see {@link Attempts}): a new
 * column goes into the record and into the one INSERT below.
 */
interface AttemptStore {

    record Attempt(String id, String quizId, String quizVersion, String academySlug, String classCode, String stage,
                   String takenHour, int score, int maxScore) {
    }

    record Answer(String attemptId, String questionId, String optionIds, boolean correct) {
    }

    /** One marked attempt with its answers and the quiz version it answered (as JSON): what a request hands the group commit. */
    record Recorded(Attempt attempt, List<Answer> answers, String quizJson) {
    }

    @SqlBatch("""
            INSERT INTO quiz_attempt (id, quiz_id, quiz_version, academy_slug, class_code, stage, taken_hour, score, max_score)
            VALUES (:id, :quizId, :quizVersion, :academySlug, :classCode, :stage, :takenHour, :score, :maxScore)""")
    void insertAttempts(@BindMethods List<Attempt> attempts);

    @SqlBatch("""
            INSERT INTO quiz_answer (attempt_id, question_id, option_ids, correct)
            VALUES (:attemptId, :questionId, :optionIds, :correct)""")
    void insertAnswers(@BindMethods List<Answer> answers);

    /** Keeps the version's questions the first time it is answered; later attempts find it there already. */
    @SqlUpdate("""
            INSERT INTO quiz_version (quiz_id, quiz_version, quiz_json) VALUES (:quizId, :version, :json)
            ON CONFLICT (quiz_id, quiz_version) DO NOTHING""")
    void keepVersion(@Bind("quizId") String quizId, @Bind("version") String version, @Bind("json") String quizJson);

    /**
     * Writes a batch: each quiz version answered in it (once a version, not once an attempt), then the
     * attempts, then their answers (answers refer to their attempt).
     */
    static void writeBatch(Handle handle, List<Recorded> batch) {
        var store = handle.attach(AttemptStore.class);
        var versions = new LinkedHashMap<List<String>, String>();
        batch.forEach(recorded -> versions.putIfAbsent(List.of(recorded.attempt().quizId(), recorded.attempt().quizVersion()),
                recorded.quizJson()));
        versions.forEach((version, json) -> store.keepVersion(version.get(0), version.get(1), json));
        store.insertAttempts(batch.stream().map(Recorded::attempt).toList());
        store.insertAnswers(batch.stream().flatMap(recorded -> recorded.answers().stream()).toList());
    }
}
