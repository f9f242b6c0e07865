-- E-mails waiting to be sent, so that a report is saved even when the mail server is down and
-- its notification goes once the server is back. Deliberately no timestamps: a notification names
-- a report, and a send time would give away when the report was made.
CREATE TABLE outbox (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    recipient  VARCHAR(320) NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    attempts   INTEGER      NOT NULL,
    sent       BOOLEAN      NOT NULL,
    last_error VARCHAR(500)
);
CREATE INDEX outbox_unsent ON outbox (sent);
