-- The academies reports can be routed to, kept in step with the trust file at start-up.
-- An academy that leaves the trust file stays here, inactive, so that its past reports keep their academy.
CREATE TABLE academy (
    slug   VARCHAR(64)  NOT NULL PRIMARY KEY,
    name   VARCHAR(200) NOT NULL,
    active BOOLEAN      NOT NULL
);
