-- one row per appendix found in a loaded file, appended once and never changed: which of them is in force is the
-- rule in Supersession/ (materialized in submission_status)
CREATE SEQUENCE IF NOT EXISTS submission_id_seq START 1;
CREATE TABLE IF NOT EXISTS load_submission (
    submission_id   BIGINT PRIMARY KEY, -- in load order: files and sheets as they were applied
    load_id         BIGINT NOT NULL,
    appendix_code   VARCHAR NOT NULL,
    unit_code       VARCHAR NOT NULL,
    department_code VARCHAR,            -- the department that answered it, when one did
    sheet           VARCHAR NOT NULL,
    report_date     DATE,               -- as written in the workbook, if it was
    effective_date  DATE NOT NULL,      -- report_date, else the file's modified date (UTC)
    is_sample       BOOLEAN NOT NULL
);
