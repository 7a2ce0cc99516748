-- one row per appendix (phụ lục) of the plan or report
CREATE TABLE IF NOT EXISTS dim_appendix (
    appendix_code    VARCHAR PRIMARY KEY,  -- 'PL1' … 'PL9'
    number           INTEGER NOT NULL,
    title            VARCHAR NOT NULL,
    kind             VARCHAR NOT NULL,     -- 'indicator' | 'org_count' | 'target'
    programme        VARCHAR,              -- target appendices: '2011-2020' | '2011-2025'
    area_code        VARCHAR,
    department_codes VARCHAR[]             -- departments that answer it for the province
);
