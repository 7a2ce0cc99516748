-- one row per unit, indicator and year in force: supersession_indicator_value (Supersession/) materialized for the
-- units each load touches; every reported value stays in reported_indicator_value
CREATE TABLE IF NOT EXISTS fact_indicator_value (
    submission_id   BIGINT NOT NULL,
    unit_code       VARCHAR NOT NULL,
    indicator_code  VARCHAR NOT NULL,
    year            INTEGER NOT NULL,
    value           DOUBLE NOT NULL,   -- percentages in 0–100, yes/no as 1/0
    is_partial_year BOOLEAN NOT NULL,  -- 2020 "tính đến 31/3": first quarter only
    raw_text        VARCHAR,
    source_cell     VARCHAR NOT NULL,
    PRIMARY KEY (unit_code, indicator_code, year)
);
