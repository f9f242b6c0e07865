-- Opt-in reply alerts (issue 10): the e-mail address a reporter may leave only to be told "you have a
-- reply, use your code". One row a report, so forgetting it is one statement (when the case closes;
-- a purged report takes it with it). The address is only ever here, AES-256-GCM encrypted under a key
-- kept outside the database: nonce and ciphertext are Base64 text. last_alert_at (epoch millis, staff
-- side) keeps alerts to one a report an hour.
CREATE TABLE reply_alert (
    report_id     VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    nonce         VARCHAR(24)  NOT NULL,
    ciphertext    VARCHAR(600) NOT NULL,
    last_alert_at BIGINT
);

-- An alert waits in the outbox like any e-mail, but names its report instead of holding the address:
-- the sender decrypts the address from reply_alert when it sends, so the address never sits in the
-- outbox, and an alert whose address was deleted meanwhile is dropped unsent. Its recipient is ''.
ALTER TABLE outbox ADD COLUMN alert_report_id VARCHAR(36);
CREATE INDEX outbox_by_alert_report ON outbox (alert_report_id);
