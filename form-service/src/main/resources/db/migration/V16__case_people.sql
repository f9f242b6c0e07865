-- The people involved in a case, added by staff during the investigation (policy sections 8 and 10).
-- Each row names its case's academy as well as the case, so that a lookup by id is scoped like the case.
-- role: PERSON_HARMED, ALLEGED_PERPETRATOR, WITNESS or BYSTANDER; the pages and exports say "alleged"
-- until the case records a finding of UPHELD (policy 10.1: innocent until it is established).
CREATE TABLE case_person (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    report_id    VARCHAR(36)  NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    academy_slug VARCHAR(60)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    role         VARCHAR(30)  NOT NULL,
    class_year   VARCHAR(40),
    added_by     VARCHAR(36)  NOT NULL REFERENCES staff_account (id),
    added_at     BIGINT       NOT NULL
);
CREATE INDEX case_person_by_report ON case_person (report_id);

-- Sanctions and restorative work for one pupil, each against one of the intentions of policy 10.2.
-- kind: SANCTION or RESTORATIVE.
CREATE TABLE case_measure (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id   VARCHAR(36) NOT NULL REFERENCES case_person (id) ON DELETE CASCADE,
    report_id   VARCHAR(36) NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    kind        VARCHAR(20) NOT NULL,
    intention   VARCHAR(30) NOT NULL,
    note        TEXT        NOT NULL,
    recorded_by VARCHAR(36) NOT NULL REFERENCES staff_account (id),
    recorded_at BIGINT      NOT NULL
);
CREATE INDEX case_measure_by_report ON case_measure (report_id);

-- Whether the allegation was established: UPHELD, NOT_UPHELD or UNCLEAR. Apart from the outcome
-- given at closing (how the case ended); recorded while the case is open, and may be changed until it closes.
CREATE TABLE case_finding (
    report_id   VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    finding     VARCHAR(20) NOT NULL,
    note        TEXT        NOT NULL,
    recorded_by VARCHAR(36) NOT NULL REFERENCES staff_account (id),
    recorded_at BIGINT      NOT NULL
);
