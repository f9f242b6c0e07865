-- The audit trail: who did what to which case, and when. Append-only: each entry carries the hash
-- of the entry before it and its own hash over its fields and that previous hash, so a changed,
-- removed or inserted row breaks the chain (`audit verify`). Times are epoch milliseconds (UTC).
-- No foreign keys: an entry outlives what it names.
CREATE TABLE audit_entry (
    seq_no         BIGINT       NOT NULL PRIMARY KEY,
    at_millis      BIGINT       NOT NULL,
    actor_id       VARCHAR(36)  NOT NULL,
    actor_name     VARCHAR(200) NOT NULL,
    actor_email    VARCHAR(320) NOT NULL,
    academy_slug   VARCHAR(64),
    report_id      VARCHAR(36),
    case_reference VARCHAR(12),
    action         VARCHAR(40)  NOT NULL,
    detail         VARCHAR(500) NOT NULL,
    previous_hash  CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_by_case ON audit_entry (case_reference, seq_no);
CREATE INDEX audit_entry_by_academy ON audit_entry (academy_slug, seq_no);

-- The chain's one head row: every append updates it first, inside the append's transaction, so
-- appends from any number of connections or nodes queue on this row and never fork the chain.
CREATE TABLE audit_head (
    id            INTEGER  NOT NULL PRIMARY KEY,
    last_sequence BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
