-- one row per reform area (lĩnh vực cải cách)
CREATE TABLE IF NOT EXISTS dim_area (
    area_code  VARCHAR PRIMARY KEY,
    area_name  VARCHAR NOT NULL,
    sort_order INTEGER NOT NULL
);
