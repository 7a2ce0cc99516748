-- one row per unit and target in force: supersession_target_evaluation (Supersession/) materialized for the units each
-- load touches; every reported verdict stays in reported_target_evaluation
CREATE TABLE IF NOT EXISTS fact_target_evaluation (
    submission_id BIGINT NOT NULL,
    unit_code     VARCHAR NOT NULL,
    target_code   VARCHAR NOT NULL,
    achieved      BOOLEAN NOT NULL,
    result_text   VARCHAR,
    verdict_text  VARCHAR NOT NULL,
    source_cell   VARCHAR NOT NULL,  -- where the verdict (Đạt/Không đạt) was read
    text_cell     VARCHAR,           -- where the result text was read
    PRIMARY KEY (unit_code, target_code)
);
