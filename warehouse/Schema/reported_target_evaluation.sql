-- one row per submission and target as reported, every submission kept (append-only); the verdicts in force are
-- fact_target_evaluation
CREATE TABLE IF NOT EXISTS reported_target_evaluation (
    submission_id BIGINT NOT NULL,
    unit_code     VARCHAR NOT NULL,
    target_code   VARCHAR NOT NULL,
    achieved      BOOLEAN NOT NULL,
    result_text   VARCHAR,
    verdict_text  VARCHAR NOT NULL,
    source_cell   VARCHAR NOT NULL,  -- where the verdict (Đạt/Không đạt) was read
    text_cell     VARCHAR,           -- where the result text was read
    PRIMARY KEY (submission_id, target_code)
);
