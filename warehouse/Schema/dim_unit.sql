-- one row per reporting unit: the province (52) and its district-level units (540–551)
CREATE TABLE IF NOT EXISTS dim_unit (
    unit_code VARCHAR PRIMARY KEY,
    unit_name VARCHAR NOT NULL,
    level     VARCHAR NOT NULL,  -- 'province' | 'district'
    terrain   VARCHAR,           -- 'urban' | 'plain' | 'mountain'
    aliases   VARCHAR[]          -- the names clerks write for it, as matched by the ETL
);
