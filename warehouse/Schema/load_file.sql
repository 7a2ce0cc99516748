-- one row per distinct source file (by content) the ETL has applied, loaded or rejected whole
CREATE SEQUENCE IF NOT EXISTS load_id_seq START 1;
CREATE TABLE IF NOT EXISTS load_file (
    load_id       BIGINT PRIMARY KEY,
    file_name     VARCHAR NOT NULL,         -- the name only, never the client's path
    content_hash  VARCHAR NOT NULL UNIQUE,  -- SHA-256 hex: the same bytes load once
    size_bytes    BIGINT NOT NULL,
    modified_utc  TIMESTAMP NOT NULL,
    loaded_at     TIMESTAMP NOT NULL,       -- UTC
    status        VARCHAR NOT NULL CHECK (status IN ('loaded', 'rejected')),
    reject_reason VARCHAR
);
