-- Two-factor sign-in (TOTP, RFC 6238): the account's secret once enrolment has begun, whether it is
-- confirmed, and the last time step used (a code is never accepted twice). A session counts as
-- signed in only once its second factor is done.
ALTER TABLE staff_account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE staff_account ADD COLUMN totp_enrolled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE staff_account ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff_session ADD COLUMN second_factor_done BOOLEAN NOT NULL DEFAULT FALSE;
