-- one row per validation rule broken by a unit's values in force for a year: validation_breach (Validation/)
-- materialized for the units each load touches, and whole when the catalogue (and so the rules) changes
CREATE TABLE IF NOT EXISTS rule_breach (
    rule_code       VARCHAR NOT NULL,
    unit_code       VARCHAR NOT NULL,
    year            INTEGER NOT NULL,
    indicator_code  VARCHAR NOT NULL,
    value           DOUBLE NOT NULL,
    compared_value  DOUBLE,
    limit_value     DOUBLE,
    source_file     VARCHAR,
    source_sheet    VARCHAR,
    source_cell     VARCHAR,
    compared_source VARCHAR,
    is_sample       BOOLEAN,
    is_partial_year BOOLEAN,
    submission_id   BIGINT
);
