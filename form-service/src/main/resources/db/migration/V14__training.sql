-- Staff training (issue 11, policy 3.3): one row each time a member of staff completes the training
-- quiz. The academy is the account's when it was taken (none for trust-wide staff); the day is UTC;
-- whether it passed is decided by the trust file's pass mark at the time and kept, so that changing
-- the pass mark later does not rewrite the record; course_version is the course's content hash.
CREATE TABLE training_completion (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id     VARCHAR(36)  NOT NULL REFERENCES staff_account (id),
    academy_slug   VARCHAR(64)  REFERENCES academy (slug),
    completed_on   VARCHAR(10)  NOT NULL,
    score          INTEGER      NOT NULL,
    max_score      INTEGER      NOT NULL,
    passed         BOOLEAN      NOT NULL,
    course_version VARCHAR(64)  NOT NULL
);
CREATE INDEX training_completion_by_account ON training_completion (account_id, completed_on);
CREATE INDEX training_completion_by_academy ON training_completion (academy_slug);
