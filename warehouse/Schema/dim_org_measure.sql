-- one row per counted column of Phụ lục 4 (số lượng tổ chức)
CREATE TABLE IF NOT EXISTS dim_org_measure (
    measure_code  VARCHAR PRIMARY KEY,
    section       VARCHAR NOT NULL,  -- 'I' | 'II' | 'III'
    section_title VARCHAR NOT NULL,
    label         VARCHAR NOT NULL,
    sector        VARCHAR,
    owner_level   VARCHAR,
    sort_order    INTEGER NOT NULL
);
