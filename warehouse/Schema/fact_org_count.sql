-- one row per unit, Phụ lục 4 measure and period in force: supersession_org_count (Supersession/) materialized for the
-- units each load touches; every reported count stays in reported_org_count
CREATE TABLE IF NOT EXISTS fact_org_count (
    submission_id BIGINT NOT NULL,
    unit_code     VARCHAR NOT NULL,
    measure_code  VARCHAR NOT NULL,
    period        VARCHAR NOT NULL,  -- '2001-2010' | '2011-2020'
    value         DOUBLE NOT NULL,
    source_cell   VARCHAR NOT NULL,
    PRIMARY KEY (unit_code, measure_code, period)
);
