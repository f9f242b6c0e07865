-- Anonymous reports. Nothing here identifies the reporter: no client address, browser or exact
-- time (received_minute is the UTC minute, such as 2026-11-27T17:42). The follow-up code is kept
-- only as a slow hash.
CREATE TABLE report (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    reference       VARCHAR(12)  NOT NULL UNIQUE,
    follow_up_hash  VARCHAR(200) NOT NULL,
    academy_slug    VARCHAR(64)  NOT NULL REFERENCES academy (slug),
    reporter_role   VARCHAR(20)  NOT NULL,
    urgent          BOOLEAN      NOT NULL,
    location        VARCHAR(200),
    started         VARCHAR(100),
    ongoing         VARCHAR(10)  NOT NULL,
    description     TEXT         NOT NULL,
    people_involved TEXT,
    status          VARCHAR(20)  NOT NULL,
    received_minute VARCHAR(16)  NOT NULL
);

CREATE TABLE report_category (
    report_id VARCHAR(36) NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    category  VARCHAR(40) NOT NULL,
    PRIMARY KEY (report_id, category)
);

CREATE TABLE report_link (
    report_id VARCHAR(36)   NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position  INTEGER       NOT NULL,
    url       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (report_id, position)
);

-- Evidence is kept in the database with its SHA-256, so that one backup holds everything (policy 4.3, 5.3).
CREATE TABLE evidence (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    report_id    VARCHAR(36)  NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    media_type   VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      BLOB         NOT NULL
);
CREATE INDEX evidence_by_report ON evidence (report_id);
