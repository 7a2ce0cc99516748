-- one row per file rejected whole, or per row or cell of a loaded file that could not be loaded
CREATE SEQUENCE IF NOT EXISTS reject_id_seq START 1;
CREATE TABLE IF NOT EXISTS load_reject (
    reject_id    BIGINT PRIMARY KEY DEFAULT nextval('reject_id_seq'),
    load_id      BIGINT NOT NULL,
    source_file  VARCHAR NOT NULL,
    source_sheet VARCHAR,
    source_cell  VARCHAR,
    reason       VARCHAR NOT NULL,
    submission_id  BIGINT,   -- the submission of a rejected row or cell; null for a file rejected whole
    unit_code      VARCHAR,  -- that submission's unit
    indicator_code VARCHAR,  -- for a rejected value cell: whose value it would have been …
    year           INTEGER   -- … and of which year
);
