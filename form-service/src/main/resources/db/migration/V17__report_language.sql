-- The language a report was written in (issue 18): its code from data/languages.yaml, such as ur. Staff read the
-- report as written and see "Written in: Urdu"; the follow-up page answers the reporter in that language. Reports
-- made before languages were offered were all in English.
ALTER TABLE report ADD COLUMN language VARCHAR(16) NOT NULL DEFAULT 'en';
