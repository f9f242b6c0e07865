-- Class codes a teacher gives out so that quiz attempts count for a class, never for a pupil.
CREATE TABLE class_code (
    code         VARCHAR(12)  NOT NULL PRIMARY KEY,
    academy_slug VARCHAR(64)  NOT NULL REFERENCES academy (slug),
    label        VARCHAR(60)  NOT NULL,
    created_by   VARCHAR(36)  NOT NULL REFERENCES staff_account (id)
);
ALTER TABLE quiz_attempt ADD COLUMN class_code VARCHAR(12) REFERENCES class_code (code);
