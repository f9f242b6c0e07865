-- Messages on a report between the reporter and staff, in the order they were written. Like the
-- report itself, a message keeps its time only to the minute (UTC).
CREATE TABLE report_message (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    report_id   VARCHAR(36) NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position    INTEGER     NOT NULL,
    author      VARCHAR(10) NOT NULL,
    body        TEXT        NOT NULL,
    sent_minute VARCHAR(16) NOT NULL,
    UNIQUE (report_id, position)
);
