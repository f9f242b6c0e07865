-- Whether an attempt was a baseline taken before the lesson or an endpoint after it.
ALTER TABLE quiz_attempt ADD COLUMN stage VARCHAR(6) NOT NULL DEFAULT 'after' CHECK (stage IN ('before', 'after'));

-- Each quiz version as it was when first answered (its questions, options, strands and misconceptions, as JSON),
-- so that the statistics of an old version still name its questions after the quiz file has changed.
CREATE TABLE quiz_version (
    quiz_id      VARCHAR(100) NOT NULL,
    quiz_version VARCHAR(20)  NOT NULL,
    quiz_json    TEXT         NOT NULL,
    PRIMARY KEY (quiz_id, quiz_version)
);

-- The results pages read attempts by academy, quiz and version.
CREATE INDEX quiz_attempt_by_academy ON quiz_attempt (academy_slug, quiz_id, quiz_version);
