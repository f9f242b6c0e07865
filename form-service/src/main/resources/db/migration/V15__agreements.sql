-- Acceptable use agreements (issue 11, policy 3.6 and 3.7). A parent's or carer's signature, made online with
-- a class code from the teacher (which fixes the academy and the class) or recorded by staff from paper, against
-- the version (a hash of the wording) that was signed. No client address or browser is kept. Times: epoch millis.
CREATE TABLE agreement_signature (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    academy_slug    VARCHAR(64)  NOT NULL REFERENCES academy (slug),
    class_code      VARCHAR(12)  NOT NULL REFERENCES class_code (code),
    child_name      VARCHAR(100) NOT NULL,
    signer_name     VARCHAR(100) NOT NULL,
    relationship    VARCHAR(60)  NOT NULL,
    typed_signature VARCHAR(100) NOT NULL,
    version         VARCHAR(12)  NOT NULL,
    signed_at       BIGINT       NOT NULL,
    on_paper        BOOLEAN      NOT NULL,
    recorded_by     VARCHAR(36)  REFERENCES staff_account (id)
);
CREATE INDEX agreement_signature_by_class ON agreement_signature (class_code, signed_at);
CREATE INDEX agreement_signature_by_age ON agreement_signature (signed_at);

-- Each member of staff's acceptance of each version of the staff Acceptable Use Policy.
CREATE TABLE staff_agreement_acceptance (
    account_id  VARCHAR(36) NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    version     VARCHAR(12) NOT NULL,
    accepted_at BIGINT      NOT NULL,
    PRIMARY KEY (account_id, version)
);
