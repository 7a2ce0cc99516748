-- one row per file rejected whole, or per row or cell of a loaded file that could not be loaded
CREATE SEQUENCE IF NOT EXISTS reject_id_seq START 1;
CREATE TABLE IF NOT EXISTS load_reject (
    reject_id    BIGINT PRIMARY KEY DEFAULT nextval('reject_id_seq'),
    load_id      BIGINT NOT NULL,
    source_file  VARCHAR NOT NULL,
    source_sheet VARCHAR,
    source_cell  VARCHAR,
    reason       VARCHAR NOT NULL
);
