-- one row per submission, indicator and year as reported, every submission kept (append-only); the values in force
-- are fact_indicator_value
CREATE TABLE IF NOT EXISTS reported_indicator_value (
    submission_id   BIGINT NOT NULL,
    unit_code       VARCHAR NOT NULL,
    indicator_code  VARCHAR NOT NULL,
    year            INTEGER NOT NULL,
    value           DOUBLE NOT NULL,   -- percentages in 0–100, yes/no as 1/0
    is_partial_year BOOLEAN NOT NULL,  -- 2020 "tính đến 31/3": first quarter only
    raw_text        VARCHAR,
    source_cell     VARCHAR NOT NULL,
    PRIMARY KEY (submission_id, indicator_code, year)
);
