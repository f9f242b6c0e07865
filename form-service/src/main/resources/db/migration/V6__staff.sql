-- Staff accounts and their sessions. Sessions live here, not in one process's memory, so that a
-- sign-in, a sign-out or a lockout holds on every node. Times are epoch milliseconds (UTC).
CREATE TABLE staff_account (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    email           VARCHAR(320) NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    academy_slug    VARCHAR(64)  REFERENCES academy (slug),
    password_hash   VARCHAR(200),
    disabled        BOOLEAN      NOT NULL,
    failed_attempts INTEGER      NOT NULL,
    locked_until    BIGINT       NOT NULL
);

-- A one-time link to set a password: for a new account or a reset, or (with no account) to create
-- the first admin. Only its hash is kept.
CREATE TABLE staff_password_token (
    token_hash CHAR(64)    NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) REFERENCES staff_account (id) ON DELETE CASCADE,
    expires_at BIGINT      NOT NULL
);

CREATE TABLE staff_session (
    token_hash   CHAR(64)    NOT NULL PRIMARY KEY,
    account_id   VARCHAR(36) NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    csrf_token   CHAR(43)    NOT NULL,
    last_seen_at BIGINT      NOT NULL,
    expires_at   BIGINT      NOT NULL
);
CREATE INDEX staff_session_by_account ON staff_session (account_id);
