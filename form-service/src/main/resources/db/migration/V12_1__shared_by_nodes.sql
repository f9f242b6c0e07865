-- What several service nodes on one database share (issue 9); portable, so one file for both engines.

-- A node claims a mail before sending it: claimed_by names the node's run and claimed_until ends the
-- claim (epoch milliseconds). Another node takes the mail only once the claim has run out (its node
-- died). Both are cleared when the mail is sent, so no send time is kept (see V4).
ALTER TABLE outbox ADD COLUMN claimed_by VARCHAR(36);
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT NOT NULL DEFAULT 0;

-- Rate limits every node counts in: requests per fixed window under a keyed hash (HMAC-SHA-256) of
-- the client's address or the case reference, never the address itself. A row is deleted once its
-- window has passed, so none outlives an hour.
CREATE TABLE rate_counter (
    counter_key  CHAR(64) NOT NULL PRIMARY KEY,
    window_start BIGINT   NOT NULL,
    hits         INTEGER  NOT NULL,
    expires_at   BIGINT   NOT NULL
);
CREATE INDEX rate_counter_by_expiry ON rate_counter (expires_at);
