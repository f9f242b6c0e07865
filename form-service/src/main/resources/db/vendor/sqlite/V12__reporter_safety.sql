-- Reporter safety (issue 10).
-- Each evidence file keeps its original (content, sha256) and gains a clean copy without hidden
-- details (GPS position, camera, author...), with its own SHA-256 and what was removed in plain
-- words. A file that could not be cleaned safely has no clean copy and says why (clean_refusal).
ALTER TABLE evidence ADD COLUMN clean_content BLOB;
ALTER TABLE evidence ADD COLUMN clean_sha256 CHAR(64);
ALTER TABLE evidence ADD COLUMN clean_size_bytes BIGINT;
ALTER TABLE evidence ADD COLUMN metadata_removed VARCHAR(1000);
ALTER TABLE evidence ADD COLUMN clean_refusal VARCHAR(200);

-- The SHA-256 of the report as submitted (its canonical text, see report/SubmittedReport), which
-- the receipt's proof covers, and how many of its files came with it (later ones are additions).
ALTER TABLE report ADD COLUMN submitted_sha256 CHAR(64);
ALTER TABLE report ADD COLUMN submitted_files INTEGER;

-- Every download of an original evidence file, with the reason the member of staff typed.
CREATE TABLE evidence_original_download (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    report_id   VARCHAR(36)  NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    staff_id    VARCHAR(36)  NOT NULL REFERENCES staff_account (id),
    reason      VARCHAR(1000) NOT NULL,
    at_millis   BIGINT       NOT NULL
);
CREATE INDEX evidence_original_download_by_report ON evidence_original_download (report_id);
