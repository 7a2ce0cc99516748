-- one row per row of an indicator appendix (chỉ tiêu), headings included
CREATE TABLE IF NOT EXISTS dim_indicator (
    indicator_code  VARCHAR PRIMARY KEY,
    appendix_code   VARCHAR NOT NULL,
    stt             VARCHAR,            -- as printed: '1', '1.', '-' or empty
    label           VARCHAR NOT NULL,
    parent_code     VARCHAR,
    area_code       VARCHAR NOT NULL,
    unit_of_measure VARCHAR NOT NULL,   -- 'count' | 'percent' (0–100) | 'yesno' (1/0) | 'group'
    department_code VARCHAR,
    applies_to      VARCHAR NOT NULL,   -- 'province' | 'district' | 'both'
    sort_order      INTEGER NOT NULL
);
