-- One row per quiz attempt and one per answered question. Deliberately no name, client address,
-- user agent or exact time: taken_hour is the UTC hour, such as 2026-11-27T17.
CREATE TABLE quiz_attempt (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    quiz_id      VARCHAR(100) NOT NULL,
    quiz_version VARCHAR(20)  NOT NULL,
    academy_slug VARCHAR(64)  REFERENCES academy (slug),
    taken_hour   VARCHAR(13)  NOT NULL,
    score        INTEGER      NOT NULL,
    max_score    INTEGER      NOT NULL
);
CREATE INDEX quiz_attempt_by_quiz ON quiz_attempt (quiz_id, quiz_version);

CREATE TABLE quiz_answer (
    attempt_id  VARCHAR(36)  NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    question_id VARCHAR(50)  NOT NULL,
    option_ids  VARCHAR(200) NOT NULL,
    correct     BOOLEAN      NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);
