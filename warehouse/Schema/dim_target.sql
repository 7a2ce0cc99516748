-- one row per target (mục tiêu) of a programme
CREATE TABLE IF NOT EXISTS dim_target (
    target_code   VARCHAR PRIMARY KEY,
    programme     VARCHAR NOT NULL,  -- '2011-2020' | '2011-2025'
    appendix_code VARCHAR NOT NULL,
    target_no     INTEGER NOT NULL,
    target_text   VARCHAR NOT NULL,
    area_code     VARCHAR
);
