-- one row per submission, Phụ lục 4 measure and period as reported, every submission kept (append-only); the counts
-- in force are fact_org_count
CREATE TABLE IF NOT EXISTS reported_org_count (
    submission_id BIGINT NOT NULL,
    unit_code     VARCHAR NOT NULL,
    measure_code  VARCHAR NOT NULL,
    period        VARCHAR NOT NULL,  -- '2001-2010' | '2011-2020'
    value         DOUBLE NOT NULL,
    source_cell   VARCHAR NOT NULL,
    PRIMARY KEY (submission_id, measure_code, period)
);
