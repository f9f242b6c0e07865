-- Case work on a report. What the reporter side also reads stays to the minute (UTC, like
-- received_minute): when the case was first acted on (triaged) and when it was closed, so that a
-- dashboard can take the median time from report to first action and to closure. Who did what is
-- staff-side and keeps epoch milliseconds.
ALTER TABLE report ADD COLUMN triaged_minute VARCHAR(16);
ALTER TABLE report ADD COLUMN closed_minute VARCHAR(16);
ALTER TABLE report ADD COLUMN outcome VARCHAR(30);
ALTER TABLE report ADD COLUMN outcome_note TEXT;
ALTER TABLE report ADD COLUMN assigned_to VARCHAR(36) REFERENCES staff_account (id);

-- The policy checklist of a case: the required actions of the sections chosen at triage, copied
-- from the policy as it stood then (so a later edit of the policy does not rewrite a closed case).
-- state: OPEN, DONE (note: what was done, optional) or NOT_APPLICABLE (note: the reason, required).
CREATE TABLE case_action (
    report_id   VARCHAR(36)  NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    number      VARCHAR(10)  NOT NULL,
    section     VARCHAR(10)  NOT NULL,
    position    INTEGER      NOT NULL,
    label       VARCHAR(200) NOT NULL,
    who         VARCHAR(100) NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    note        TEXT,
    recorded_by VARCHAR(36)  REFERENCES staff_account (id),
    recorded_at BIGINT,
    PRIMARY KEY (report_id, number)
);

-- Staff-only notes on a case, never shown to the reporter.
CREATE TABLE case_note (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    report_id  VARCHAR(36) NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    author_id  VARCHAR(36) NOT NULL REFERENCES staff_account (id),
    body       TEXT        NOT NULL,
    written_at BIGINT      NOT NULL
);
CREATE INDEX case_note_by_report ON case_note (report_id);
CREATE INDEX report_by_academy_status ON report (academy_slug, status);
