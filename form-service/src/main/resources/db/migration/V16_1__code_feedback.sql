-- Anonymous comments from parents and pupils on a code of conduct (policy 3.4), read by the Principal
-- and the trust's eSafety officer when preparing its review. Nothing identifies the writer: no address,
-- no browser, no time finer than the day. academy_slug is null when the comment is about the whole trust.
CREATE TABLE code_feedback (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    document_url  VARCHAR(200) NOT NULL,
    academy_slug  VARCHAR(64)  REFERENCES academy (slug),
    writer        VARCHAR(10)  NOT NULL,
    body          TEXT         NOT NULL,
    received_day  VARCHAR(10)  NOT NULL,
    considered_by VARCHAR(36)  REFERENCES staff_account (id),
    considered_at BIGINT
);
CREATE INDEX code_feedback_by_document ON code_feedback (document_url);
