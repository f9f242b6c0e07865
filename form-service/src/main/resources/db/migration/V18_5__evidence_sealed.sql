-- Evidence sealed at rest (issue 19). Each evidence file's original (content) and clean copy (clean_content)
-- are stored as AES-256-GCM ciphertext (a 12-byte nonce, then the ciphertext and its tag) under a random data
-- key of its own; data_key is that key wrapped (AES-256-GCM) by the evidence key, which is kept outside the
-- database (evidence.key or ESAFETY_EVIDENCE_KEY), as Base64 text; key_id names the evidence key it was wrapped
-- by, so `evidence rekey` can re-wrap the data keys alone and resume. A row whose data_key is null is still in
-- the clear (made before this migration) until `evidence seal` seals it. sha256 and clean_sha256 stay those of
-- the files as sent and as cleaned.
ALTER TABLE evidence ADD COLUMN data_key VARCHAR(200);
ALTER TABLE evidence ADD COLUMN key_id VARCHAR(32);
